import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { Conv2dPanels } from '../../src/scenes/conv2d/view/Conv2dPanels.tsx';
import { conv2dModel } from '../../src/scenes/conv2d/model.ts';
import { conv2dSchema } from '../../src/scenes/conv2d/schema.ts';
import type { Conv2dValues } from '../../src/scenes/conv2d/schema.ts';
import { useAppStore } from '../../src/store/store.ts';
import { applyHash } from '../../src/store/urlSync.ts';
import { defaults } from '../../src/url/schema.ts';

const values = (p: Partial<Conv2dValues>): Conv2dValues => ({ ...defaults(conv2dSchema), ...p });

function renderPanels(p: Partial<Conv2dValues>) {
  const v = values(p);
  return render(<Conv2dPanels model={conv2dModel(v)} values={v} />);
}

describe('conv2d panels', () => {
  it('defaults (5×5, 3×3, bias): shape [1,5,5] → [1,3,3], 9 weights + 1 bias = 10, 81 MACs', () => {
    renderPanels({});
    expect(screen.getByTestId('output-shape')).toHaveTextContent('[1, 5, 5] → [1, 3, 3]');
    expect(screen.getByTestId('param-count')).toHaveTextContent('1 × 1 × 3 × 3 = 9 weights + 1 bias = 10');
    expect(screen.getByTestId('mac-count')).toHaveTextContent('1·3·3 × 1·3·3 = 81');
  });

  it('groups=2, 4→6 channels, rectangular 3×5 kernel, stride (2, 1), no bias', () => {
    renderPanels({ size: [8, 9], inChannels: 4, outChannels: 6, groups: 2, kernelSize: [3, 5], stride: [2, 1], padding: [1, 2], bias: false });
    // H: ⌊(8 + 2 − 2 − 1)/2⌋ + 1 = 4; W: ⌊(9 + 4 − 4 − 1)/1⌋ + 1 = 9
    expect(screen.getByTestId('output-shape')).toHaveTextContent('[4, 8, 9] → [6, 4, 9]');
    const shape = screen.getByRole('region', { name: 'Output shape' });
    expect(within(shape).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Hout = ⌊(8 + 2·1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 4',
      'Wout = ⌊(9 + 2·2 − 1·(5 − 1) − 1) / 1⌋ + 1 = 9',
    ]);
    expect(screen.getByTestId('param-count')).toHaveTextContent('6 × 2 × 3 × 5 = 180 weights = 180');
    expect(screen.getByTestId('mac-count')).toHaveTextContent('6·4·9 × 2·3·5 = 6,480');
    expect(screen.getByRole('region', { name: 'PyTorch' })).toHaveTextContent(
      'nn.Conv2d(in_channels=4, out_channels=6, kernel_size=(3, 5), stride=(2, 1), padding=(1, 2), groups=2, bias=False)',
    );
  });

  it("padding='same' with an even kernel shows PyTorch's asymmetric split", () => {
    renderPanels({ size: [6, 6], kernelSize: [4, 4], padding: 'same', outChannels: 2 });
    expect(screen.getByTestId('output-shape')).toHaveTextContent('[1, 6, 6] → [2, 6, 6]');
    expect(screen.getByRole('region', { name: 'Output shape' })).toHaveTextContent('⌊(6 + 1 + 2 − 1·(4 − 1) − 1) / 1⌋ + 1 = 6');
    expect(screen.getByTestId('param-count')).toHaveTextContent('2 × 1 × 4 × 4 = 32 weights + 2 biases = 34');
    expect(screen.getByRole('region', { name: 'PyTorch' })).toHaveTextContent("padding='same'");
  });

  it('numbers are grouped in the learner’s language: 24 → 48, 3×3 on 32×32 has 10,416 parameters', () => {
    renderPanels({ size: [32, 32], inChannels: 8, outChannels: 8, kernelSize: [11, 11] });
    expect(screen.getByTestId('param-count')).toHaveTextContent('8 × 8 × 11 × 11 = 7,744 weights + 8 biases = 7,752');
  });
});

describe('conv2d controls', () => {
  it('changing a parameter updates the panels at once', async () => {
    act(() => applyHash('#/conv2d'));
    render(<App />);
    const stride = screen.getByRole('group', { name: 'Stride · stride' });
    const [strideH, strideW] = within(stride).getAllByRole('spinbutton');
    await userEvent.clear(strideH);
    await userEvent.type(strideH, '2');
    await userEvent.clear(strideW);
    await userEvent.type(strideW, '2');
    expect(screen.getByTestId('output-shape')).toHaveTextContent('[1, 5, 5] → [1, 2, 2]');
    expect(useAppStore.getState().params).toMatchObject({ stride: [2, 2] });
  });

  it('a typed value out of range is not applied and the field says which parameter and why', async () => {
    act(() => applyHash('#/conv2d'));
    render(<App />);
    const field = screen.getByLabelText('Input channels · in_channels');
    await userEvent.clear(field);
    await userEvent.type(field, '12');
    expect(screen.getByRole('alert')).toHaveTextContent('in_channels must be a whole number from 1 to 8.');
    expect(useAppStore.getState().params).toMatchObject({ inChannels: 1 });
  });

  it('impossible groups: an alert in the page, the panels keep the last valid setting', async () => {
    act(() => applyHash('#/conv2d?in_channels=2&out_channels=2'));
    render(<App />);
    const groups = screen.getByLabelText('Groups · groups');
    await userEvent.clear(groups);
    await userEvent.type(groups, '3');
    expect(screen.getByRole('alert')).toHaveTextContent('groups=3 does not divide in_channels=2');
    expect(screen.getByRole('alert')).toHaveTextContent('The picture below shows a setting that works, not this one.');
    expect(screen.getByTestId('output-shape')).toHaveTextContent('[2, 5, 5] → [2, 3, 3]');
  });

  it('typed cell values are dropped with a new in_channels (they name cells of the old input), kept with other changes', async () => {
    act(() => applyHash('#/conv2d?edits=x0.0.0:-1'));
    render(<App />);
    const stride = within(screen.getByRole('group', { name: 'Stride · stride' })).getAllByRole('spinbutton')[0];
    await userEvent.clear(stride);
    await userEvent.type(stride, '2');
    expect(useAppStore.getState().params).toMatchObject({ stride: [2, 1], edits: [{ tensor: 'input', index: [0, 0, 0], value: -1 }] });
    const channels = screen.getByLabelText('Input channels · in_channels');
    await userEvent.clear(channels);
    await userEvent.type(channels, '2');
    expect(useAppStore.getState().params).toMatchObject({ inChannels: 2, edits: [] });
  });

  it('the kernel preset and “new values” change the values; Sobel on a 5×5 kernel says it is 3×3 only', async () => {
    act(() => applyHash('#/conv2d?kernel_size=5'));
    render(<App />);
    await userEvent.selectOptions(screen.getByLabelText('Kernel preset'), 'sobelX');
    expect(screen.getByRole('status')).toHaveTextContent('exists only as 3×3');
    const seed = useAppStore.getState().params.seed;
    await userEvent.click(screen.getByRole('button', { name: 'New values' }));
    expect(useAppStore.getState().params.seed).toBe((seed as number) + 1);
  });
});

/** Cell (r, c) of a grid drawn as an image. */
const cell = (grid: HTMLElement, r: number, c: number) => grid.querySelector(`[data-r="${r}"][data-c="${c}"]`) as Element;

describe('conv2d explanation', () => {
  it('writes each product as the transposed scene does: a real minus, a negative first factor leading (−1×1, 0×(−1))', () => {
    act(() => applyHash('#/conv2d?edits=x0.0.0:-1'));
    render(<App />);
    const panel = screen.getByRole('region', { name: /Hover or click any cell/ });
    expect(within(panel).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['−1×1', '0×(−1)', '5×(−1)', '2×1', '6×0', '7×1', '4×(−2)', '4×1', '1×0']);
  });

  it('a weight lists every multiply it takes part in, padding taps muted, past 48 only counted', async () => {
    // Weight (0, 0) typed as −1; on 9×9 with padding 1 it meets 81 input cells, the first on padding.
    act(() => applyHash('#/conv2d?size=9&padding=1&edits=w0.0.0.0:-1'));
    render(<App />);
    const kernel = screen.getByRole('img', { name: /^kernel 0, slice 0/ });
    await userEvent.hover(cell(kernel, 0, 0));
    const panel = screen.getByRole('region', { name: /Hover or click any cell/ });
    expect(panel).toHaveTextContent('weight[0, 0, 0, 0] = -1 multiplies 81 input cells');
    const lines = within(panel).getAllByRole('listitem');
    expect(lines).toHaveLength(48);
    expect(lines[0]).toHaveTextContent(/^input\[0, -1, -1\] 0×\(−1\) → output\[0, 0, 0\]$/);
    expect(lines[0]).toHaveClass('term-pad');
    expect(lines[10]).toHaveTextContent(/^input\[0, 0, 0\] 6×\(−1\) → output\[0, 1, 1\]$/);
    expect(lines[10]).not.toHaveClass('term-pad');
    expect(panel).toHaveTextContent('… +33');
  });
});

describe('dilation panel', () => {
  it('3×3 with dilation 2 against the dense 5×5: 9 vs 25 weights, the same 5×5 window and output size', async () => {
    act(() => applyHash('#/conv2d?size=9&dilation=2'));
    render(<App />);
    const panel = screen.getByRole('region', { name: 'Dilation: the same window, fewer weights' });
    expect(panel).toHaveTextContent('3×3 kernel, dilation 2×29 weights per channel pair, 5×5 windowoutput 5×5');
    expect(panel).toHaveTextContent('5×5 kernel, no dilation25 weights per channel pair, 5×5 windowoutput 5×5');
    await userEvent.click(within(panel).getByRole('button', { name: 'Show the dense 5×5' }));
    expect(useAppStore.getState().params).toMatchObject({ kernelSize: [5, 5], dilation: [1, 1] });
    expect(screen.getByTestId('param-count')).toHaveTextContent('1 × 1 × 5 × 5 = 25 weights');
  });
});

import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { useAppStore } from '../../src/store/store.ts';
import { applyHash } from '../../src/store/urlSync.ts';

describe('conv-transpose2d panels', () => {
  it('2×2, k=3, s=2, p=0 → 5×5: the formula, 9 weights + 1 bias, 36 MACs, the code', () => {
    act(() => applyHash('#/conv-transpose2d'));
    render(<App />);
    expect(screen.getByTestId('output-shape')).toHaveTextContent('[1, 2, 2] → [1, 5, 5]');
    const shape = screen.getByRole('region', { name: 'Output shape' });
    expect(within(shape).getAllByRole('listitem')[0]).toHaveTextContent('Hout = (2 − 1)·2 − 2·0 + 1·(3 − 1) + 0 + 1 = 5');
    expect(screen.getByTestId('param-count')).toHaveTextContent('1 × 1 × 3 × 3 = 9 weights + 1 bias = 10');
    expect(screen.getByTestId('mac-count')).toHaveTextContent('1·2·2 × 1·3·3 = 36');
  });

  it('groups=2, 4 → 6 channels, rectangular kernel, output_padding: I × O/g × kH × kW', () => {
    act(() => applyHash('#/conv-transpose2d?in_channels=4&out_channels=6&groups=2&kernel_size=3x2&stride=2x3&output_padding=1x2&bias=0'));
    render(<App />);
    // H: (2 − 1)·2 + 2 + 1 + 1 = 6; W: (2 − 1)·3 + 1 + 2 + 1 = 7
    expect(screen.getByTestId('output-shape')).toHaveTextContent('[4, 2, 2] → [6, 6, 7]');
    expect(screen.getByTestId('param-count')).toHaveTextContent('4 × 3 × 3 × 2 = 72 weights = 72');
    expect(screen.getByRole('region', { name: 'PyTorch' })).toHaveTextContent(
      'nn.ConvTranspose2d(in_channels=4, out_channels=6, kernel_size=(3, 2), stride=(2, 3), output_padding=(1, 2), groups=2, bias=False)',
    );
  });

  it('choosing the other restorable size in the undo panel sets output_padding', async () => {
    act(() => applyHash('#/conv-transpose2d?size=3&padding=1'));
    render(<App />);
    const undo = screen.getByRole('region', { name: 'Undo a convolution?' });
    await userEvent.click(within(undo).getAllByRole('button', { name: '6 (output_padding=1)' })[0]);
    expect(useAppStore.getState().params).toMatchObject({ outputPadding: [1, 0] });
    expect(screen.getByTestId('output-shape')).toHaveTextContent('[1, 3, 3] → [1, 6, 5]');
  });

  it('another view starts from its first step (scatter and gather count steps differently), paused', async () => {
    act(() => applyHash('#/conv-transpose2d?step=7'));
    render(<App />);
    expect(useAppStore.getState().position).toBe(6);
    act(() => useAppStore.getState().play());
    await userEvent.selectOptions(screen.getByLabelText('View'), 'scatter');
    expect(useAppStore.getState()).toMatchObject({ position: 0, playing: false, params: { view: 'scatter' } });
  });
});

describe('receptive-field table', () => {
  it('dilations 1, 2, 4: r = 3, 7, 15 with S = 1 and P = 0', async () => {
    act(() => applyHash('#/receptive-field?size=24&layers=conv:k3,conv:k3:d2,conv:k3:d4'));
    render(<App />);
    const rows = within(screen.getByRole('region', { name: 'Receptive field per layer' })).getAllByRole('row');
    expect(rows.slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['24×24', '1', '1', '0'],
      ['22×22', '3', '1', '0'],
      ['18×18', '7', '1', '0'],
      ['10×10', '15', '1', '0'],
    ]);
  });

  it('a stride-2 pool doubles S and the next layer grows r by (k − 1)·S', async () => {
    act(() => applyHash('#/receptive-field?size=16&layers=conv:k3:p1,pool:k2,conv:k3:p1'));
    render(<App />);
    const rows = within(screen.getByRole('region', { name: 'Receptive field per layer' })).getAllByRole('row');
    expect(within(rows[4]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['8×8', '8', '2', '3']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove layer 2' }));
    expect(useAppStore.getState().params).toMatchObject({ layers: [{ kind: 'conv', k: 3 }, { kind: 'conv', k: 3 }] });
  });
});

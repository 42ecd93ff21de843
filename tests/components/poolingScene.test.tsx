import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { applyHash } from '../../src/store/urlSync.ts';
import { useAppStore } from '../../src/store/store.ts';

const grid = (name: RegExp) => screen.getByRole('img', { name });
const cellOf = (svg: HTMLElement, r: number, c: number) => svg.querySelector(`[data-r="${r}"][data-c="${c}"]`) as Element;
const value = (svg: HTMLElement, r: number, c: number) => Number((cellOf(svg, r, c).textContent ?? 'NaN').replace('−', '-'));

describe('pooling scene', () => {
  it('x=[1,6,6] max k=2 s=2: pointing at an output cell writes out max(…) of its window, and pinning keeps it', async () => {
    act(() => applyHash('#/pooling'));
    render(<App />);
    act(() => useAppStore.getState().seek(44));
    const input = grid(/^input, channel 0,/);
    const output = grid(/^output, channel 0,/);
    const window = [value(input, 2, 2), value(input, 2, 3), value(input, 3, 2), value(input, 3, 3)];
    expect(value(output, 1, 1)).toBe(Math.max(...window));
    await userEvent.hover(cellOf(output, 1, 1));
    const explain = screen.getByTestId('pool-explain');
    expect(within(explain).getByRole('heading')).toHaveTextContent(`output[0, 1, 1] = ${String(Math.max(...window)).replace('-', '−')}`);
    expect(screen.getByTestId('pool-terms').querySelectorAll('li')).toHaveLength(4);
    await userEvent.click(cellOf(output, 1, 1));
    await userEvent.unhover(output);
    expect(screen.getByTestId('pool-explain')).toHaveTextContent('Pinned. Press Escape or click again to unpin.');
  });

  it('the part buttons switch the picture: part 2 shows VGG-16’s 123,642,856 against 513,000, and restarts the timeline', async () => {
    act(() => applyHash('#/pooling?step=9'));
    render(<App />);
    const parts = () => screen.getByRole('navigation', { name: 'Parts of the scene' });
    expect(within(parts()).getByRole('button', { name: /Max and average pooling/ })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(parts()).getByRole('button', { name: /Global average pooling vs FC head/ }));
    // The part's own view replaces the window part's, switch and all.
    expect(within(parts()).getByRole('button', { name: /Global average pooling vs FC head/ })).toHaveAttribute('aria-pressed', 'true');
    expect(within(parts()).getByRole('button', { name: /Global average pooling vs FC head/ })).toHaveFocus();
    expect(useAppStore.getState().params.view).toBe('gap');
    expect(useAppStore.getState().position).toBe(0);
    const heads = screen.getByTestId('pool-heads');
    expect(within(heads).getByRole('row', { name: /FC head total/ })).toHaveTextContent('123,642,856');
    expect(within(heads).getByRole('row', { name: /GAP head total/ })).toHaveTextContent('513,000');
  });

  it('padding 2 with kernel_size 3 is explained beside the field and in the alert; the picture stays on a valid setting', async () => {
    act(() => applyHash('#/pooling?kernel_size=3'));
    render(<App />);
    const field = screen.getByRole('spinbutton', { name: 'padding: width' });
    await userEvent.clear(field);
    await userEvent.type(field, '2');
    expect(screen.getByTestId('pool-pad-problem')).toHaveTextContent('padding=0×2 is more than half of kernel_size=3×3: PyTorch allows at most 1×1.');
    expect(screen.getByRole('alert')).toHaveTextContent('padding=2 in width is more than half of kernel_size=3');
    expect(screen.getByTestId('pool-shape')).toHaveTextContent('1×6×6 → 1×2×2');
  });
});

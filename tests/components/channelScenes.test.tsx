import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { applyHash } from '../../src/store/urlSync.ts';

const rowCells = (table: HTMLElement, i: number) => within(within(table).getAllByRole('row')[i]).getAllByRole('cell').map((c) => c.textContent);

describe('channel scenes: the preset numbers in their tables', () => {
  it('depthwise separable 3 → 256 and 16 → 32 (no bias): parameters and MACs per stage', async () => {
    act(() => applyHash('#/depthwise-separable?size=8'));
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: '3 → 256' }));
    const table = screen.getByTestId('dw-costs');
    expect(rowCells(table, 1)).toEqual(['6,912', '442,368']); // 256·64·3·9
    expect(rowCells(table, 2)).toEqual(['27', '1,728']);
    expect(rowCells(table, 3)).toEqual(['768', '49,152']);
    expect(rowCells(table, 4)).toEqual(['795', '50,880']);
    await userEvent.click(screen.getByRole('button', { name: '16 → 32' }));
    expect(rowCells(table, 1)[0]).toBe('4,608');
    expect(rowCells(table, 4)[0]).toBe('656');
    expect(screen.getByTestId('dw-approx')).toHaveTextContent('1/32 + 1/9 ≈ 0.142');
  });

  it('bottleneck presets: 589,824 vs 69,632; 10,416 vs 5,532 with biases', async () => {
    act(() => applyHash('#/pointwise'));
    render(<App />);
    const table = screen.getByTestId('pw-costs');
    expect(rowCells(table, 1)[0]).toBe('589,824');
    expect(rowCells(table, 5)[0]).toBe('69,632');
    await userEvent.click(screen.getByRole('button', { name: '24 → 12 → 48' }));
    expect(rowCells(table, 1)[0]).toBe('10,416');
    expect(rowCells(table, 4)[0]).toBe('5,532');
  });

  it('squeeze-excite: 2·C²/r + C/r + C parameters (C=16, r=4: 148)', () => {
    act(() => applyHash('#/squeeze-excite?channels=16&reduction=4'));
    render(<App />);
    expect(screen.getByTestId('se-param-count')).toHaveTextContent('2 × 16 × 4 + 4 + 16 = 148');
  });

  it('group-shuffle: the order 0,3,6,1,4,7,2,5,8 and (I/g)·O·k² weights; impossible groups alert in Chinese', () => {
    act(() => applyHash('#/group-shuffle'));
    const { unmount } = render(<App />);
    expect(screen.getByTestId('gs-order')).toHaveTextContent('0, 3, 6, 1, 4, 7, 2, 5, 8');
    expect(screen.getByTestId('gs-weights')).toHaveTextContent('(9/3)·9·3·3 = 243');
    unmount();
    act(() => applyHash('#/group-shuffle?in_channels=8&groups=3&lang=zh'));
    render(<App />);
    expect(screen.getByRole('alert')).toHaveTextContent('groups=3 不能整除 in_channels=8');
  });
});

describe('preset groups are named for what they hold', () => {
  it('depthwise and pointwise call theirs "Presets" (they used the receptive field’s "Classic stacks")', () => {
    for (const hash of ['#/depthwise-separable', '#/pointwise']) {
      act(() => applyHash(hash));
      const { unmount } = render(<App />);
      expect(screen.getByRole('group', { name: 'Presets' })).toBeInTheDocument();
      expect(screen.queryByRole('group', { name: 'Classic stacks' })).toBeNull();
      unmount();
    }
  });
});

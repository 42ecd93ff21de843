import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { useAppStore } from '../../src/store/store.ts';
import { applyHash } from '../../src/store/urlSync.ts';

const costRow = (name: RegExp | string) => within(screen.getByTestId('inc-costs')).getByRole('rowheader', { name }).closest('tr')!;
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('inception scene', () => {
  afterEach(() => act(() => useAppStore.getState().reset()));

  it('the table per branch and in total: 163,328 / 128,049,152 with reductions, 387,072 / 303,464,448 naive', async () => {
    act(() => applyHash('#/inception'));
    render(<App />);
    await screen.findByTestId('inc-costs');
    expect(cells(costRow('with reductions → 256 channels'))).toEqual(['163,328', '128,049,152']);
    expect(cells(costRow('naive total → 416 channels'))).toEqual(['387,072', '303,464,448']);
    expect(cells(costRow('③ 1×1 192 → 16, 5×5 16 → 32'))).toEqual(['15,872', '12,443,648']);
    expect(cells(costRow('④ max pool: 192 channels pass'))).toEqual(['0', '0']);
  });

  it('the 3b preset and the counted size: 388,096 weights on 28×28; a 14×14 map quarters the MACs', async () => {
    act(() => applyHash('#/inception'));
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'inception (3b)' }));
    expect(cells(costRow('with reductions → 480 channels'))).toEqual(['388,096', '304,267,264']);
    const height = screen.getByRole('spinbutton', { name: 'map: height' });
    fireEvent.change(height, { target: { value: '14' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'map: width' }), { target: { value: '14' } });
    expect(cells(costRow('with reductions → 480 channels'))).toEqual(['388,096', '76,066,816']);
  });

  it('pointing at a 1×1 output cell writes out its sum over 192 channels and marks the pixel on the input', async () => {
    act(() => applyHash('#/inception?step=12'));
    render(<App />);
    const deck = await screen.findByTestId('inc-deck-b1');
    const cell = deck.querySelector('[data-r="1"][data-c="3"]')!;
    await userEvent.hover(cell);
    const explain = screen.getByTestId('inc-explain');
    expect(explain).toHaveTextContent('y[0, 1, 3] = ReLU(Σ over 192 channels of the 1×1 window × kernel)');
    expect(explain).toHaveTextContent(/\+ \(186 more channels: −?[\d.]+\)\) = ReLU\(−?[\d.]+\) = /);
    expect(screen.getByTestId('inc-deck-input').querySelectorAll('.cell-current')).toHaveLength(1);
  });

  it('switching to the naive module draws the input padded for each k×k branch; the step list has 9 steps', async () => {
    act(() => applyHash('#/inception'));
    render(<App />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Module · module' }), 'naive');
    expect(screen.getByTestId('inc-deck-b3in')).toBeInTheDocument();
    expect(screen.queryByTestId('inc-deck-b3r')).toBeNull();
    expect(screen.getByTestId('inc-step')).toHaveTextContent('Step 1 of 9');
  });

  it('padding off: the alert names the four sizes and the picture still draws the shrunken branches (not stale)', async () => {
    act(() => applyHash('#/inception?padding=0&lang=zh'));
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('各分支分别得到 5×5、3×3、1×1 和 3×3');
    expect(document.querySelector('.scene-stale')).toBeNull();
    expect(screen.getByTestId('inc-concat')).toHaveTextContent('无法拼接');
  });
});

import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { Grid } from '../../src/components/Grid.tsx';
import { applyHash } from '../../src/store/urlSync.ts';

const cell = (grid: HTMLElement, r: number, c: number) => grid.querySelector(`[data-r="${r}"][data-c="${c}"]`) as Element;

function renderGrid() {
  const onHover = vi.fn();
  const onSelect = vi.fn();
  const onLeave = vi.fn();
  render(
    <Grid label="input, channel 0" rows={2} cols={3} pad={[1, 1, 1, 1]} cellSize={30} values={[1, 2, 3, 4, 5, 6]} color={() => '#fff'} format={String} onHover={onHover} onSelect={onSelect} onLeave={onLeave} />,
  );
  return { grid: screen.getByRole('img', { name: 'input, channel 0, 2×3' }), onHover, onSelect, onLeave };
}

describe('Grid', () => {
  it('hover and click report the cell under the pointer, padding cells with negative indices', async () => {
    const { grid, onHover, onSelect, onLeave } = renderGrid();
    await userEvent.hover(cell(grid, 1, 2));
    expect(onHover).toHaveBeenLastCalledWith(1, 2);
    await userEvent.click(cell(grid, -1, 0));
    expect(onSelect).toHaveBeenLastCalledWith(-1, 0);
    await userEvent.unhover(grid);
    expect(onLeave).toHaveBeenCalled();
  });

  it('keyboard: arrows move a cursor from (0, 0) as hover does, within the padded plane; Enter pins it', async () => {
    const { grid, onHover, onSelect } = renderGrid();
    act(() => grid.focus());
    await userEvent.keyboard('{ArrowRight}');
    expect(onHover).toHaveBeenLastCalledWith(0, 0);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowLeft}{ArrowLeft}');
    // Stops at the padding ring's corner (−1, −1): it cannot leave the plane.
    expect(onHover).toHaveBeenLastCalledWith(-1, -1);
    await userEvent.keyboard('{ArrowDown}{ArrowRight}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(0, 0);
    expect(grid.querySelector('.grid-cursor')).not.toBeNull();
  });
});

describe('the conv2d stage in jsdom (measured through the test ResizeObserver)', () => {
  it('pointing at an output cell explains it; clicking pins it; Escape unpins', async () => {
    act(() => applyHash('#/conv2d?stride=2'));
    render(<App />);
    const output = screen.getByRole('img', { name: /^output, channel 0, 2×2/ });
    await userEvent.hover(cell(output, 1, 1));
    const panel = screen.getByRole('region', { name: /Hover or click any cell/ });
    expect(panel).toHaveTextContent('output[0, 1, 1]');
    await userEvent.click(cell(output, 1, 0));
    await userEvent.unhover(output);
    expect(panel).toHaveTextContent('output[0, 1, 0]');
    expect(output.querySelector('.grid-pinned')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(output.querySelector('.grid-pinned')).toBeNull();
  });
});

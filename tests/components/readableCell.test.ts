import { describe, expect, it } from 'vitest';
import { GRID_FONT, PRESENT_GRID_FONT, readableCell } from '../../src/components/readableCell.ts';

/** The font the grid draws a cell's numbers at (Grid.tsx): at most 0.55 of the cell, the widest in 90 % of it. */
const drawnFont = (cell: number, chars: number) => Math.min(cell * 0.55, (cell * 0.9) / (chars * 0.62), 36);

describe('readableCell', () => {
  it('one-digit planes get the 22 px cell of a 12 px font; a wider number a wider cell', () => {
    expect(readableCell([[1, 2, 3]])).toBe(22);
    expect(readableCell([[1, -12, 3]])).toBe(25);
  });

  it('presented, the grid writes the widest number at 24 px or more', () => {
    for (const [plane, chars] of [[[7], 1], [[-8, 30], 2], [[-16, -18], 3]] as const) {
      const cell = readableCell([plane], PRESENT_GRID_FONT);
      expect(drawnFont(cell, chars)).toBeGreaterThanOrEqual(PRESENT_GRID_FONT);
      expect(drawnFont(readableCell([plane]), chars)).toBeGreaterThanOrEqual(GRID_FONT - 0.5);
    }
  });

  it('caps the cell at 44 px per 12 px of font: very wide numbers get a smaller font instead', () => {
    expect(readableCell([[-123456]])).toBe(44);
    expect(readableCell([[-123456]], PRESENT_GRID_FONT)).toBe(88);
  });
});

/* Sizes every grid shares: the smallest readable cell and the gutters of its row and column numbers. Pure layout arithmetic (no DOM). */

/** Smallest index font (px): row and column numbers stay readable at every cell size. */
export const INDEX_FONT_MIN = 10;
/** Smallest number font (px) a cell may use; a cell is never drawn smaller than it needs for it. */
export const MIN_FONT = 10;
/** Smallest readable cell (px), also a touch target's minimum (WCAG 2.5.8). */
export const MIN_CELL = 24;
/**
 * The row and column numbers around a grid of cells of `cellSize` px: their font size and the gutters
 * they take on the left (rows, up to three characters such as `−10`) and on top (columns).
 */
export function indexGutter(cellSize: number): { font: number; left: number; top: number } {
  const font = Math.max(INDEX_FONT_MIN, Math.min(16, Math.round(cellSize * 0.3)));
  return { font, left: Math.ceil(font * 2) + 8, top: font + 4 };
}

/**
 * The smallest cell that still shows a number of `chars` characters at `MIN_FONT` (bold tabular digits
 * are about 0.62em wide and a number may fill 90 % of its cell, as the grid draws them).
 */
export function readableCell(chars: number): number {
  return Math.max(MIN_CELL, cellForFont(chars, MIN_FONT));
}

/**
 * The smallest cell in which the grid writes a number of `chars` characters at `font` px: a one-character
 * number fills at most 0.55 of its cell, and bold tabular digits (about 0.62 em) at most 90 % of it.
 */
export function cellForFont(chars: number, font: number): number {
  return Math.max(Math.ceil(font / 0.55), Math.ceil((font * Math.max(1, chars) * 0.62) / 0.9));
}

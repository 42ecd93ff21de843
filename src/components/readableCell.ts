import { formatSigned } from '../i18n/format.ts';
import { cellForFont } from '../layout/gridMetrics.ts';

/** The number font (px) grids aim at on a laptop, and in presenter mode, read from the back of a room. */
export const GRID_FONT = 12;
export const PRESENT_GRID_FONT = 24;

/**
 * The cell size at which the widest value of these planes is written at about `font` px (digits are
 * about 0.62 em wide and fill 90 % of a cell; a one-digit number is at most 0.55 of its cell), at most
 * 44 px per 12 px of font; wider numbers get a smaller font.
 */
export function readableCell(planes: readonly ArrayLike<number>[], font = GRID_FONT): number {
  let chars = 1;
  for (const p of planes) for (let i = 0; i < p.length; i++) chars = Math.max(chars, formatSigned(p[i]).length);
  return Math.min((44 * font) / GRID_FONT, cellForFont(chars, font));
}

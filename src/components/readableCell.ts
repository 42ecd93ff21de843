import { formatSigned } from '../i18n/format.ts';

/**
 * The cell size at which the widest value of these planes is written at about 12 px (digits are about
 * 0.62 em wide and fill 90 % of a cell), between 22 and 44 px; wider numbers get a smaller font.
 */
export function readableCell(planes: readonly ArrayLike<number>[]): number {
  let chars = 1;
  for (const p of planes) for (let i = 0; i < p.length; i++) chars = Math.max(chars, formatSigned(p[i]).length);
  return Math.max(22, Math.min(44, Math.ceil((chars * 0.62 * 12) / 0.9)));
}

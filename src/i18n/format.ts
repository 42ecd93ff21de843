import { LANG_TAGS } from './translate.ts';
import type { Lang } from './translate.ts';

/* How numbers are written everywhere: grids, formulas, counts. Pure (no React), so models use it too. */

/** Numbers as the grids show them: whole numbers plainly, others with at most two decimals. */
export function formatValue(v: number): string {
  if (Number.isInteger(v)) return String(v);
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Counts with thousands separators in the learner's language (e.g. 589,824). */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(LANG_TAGS[lang]);
}

/** A value with a proper minus sign (U+2212) instead of a hyphen: −3, 0.5. */
export function formatSigned(v: number): string {
  return formatValue(v).replace('-', '−');
}

/**
 * A sum written out with each sign folded into its operator: a product `[w, x]` or a plain number per
 * term, e.g. `[[2, 3], [-1, 4], [2, -5], 1]` → `2×3 − 1×4 + 2×(−5) + 1` (never `+ -1×4`). The first
 * factor's sign becomes the operator; a negative second factor keeps its sign in brackets.
 */
export function formatSignedSum(terms: readonly (number | readonly [number, number])[]): string {
  return terms
    .map((term, i) => {
      const lead = typeof term === 'number' ? term : term[0];
      const abs = formatValue(Math.abs(lead));
      const text = typeof term === 'number' ? abs : `${abs}×${term[1] < 0 ? `(${formatSigned(term[1])})` : formatValue(term[1])}`;
      const negative = lead < 0 && abs !== '0';
      if (i === 0) return negative ? `−${text}` : text;
      return `${negative ? ' − ' : ' + '}${text}`;
    })
    .join('');
}

/** One product as the transposed scene's panels write it: `3×(−1)`, `−2×4` (the sum rule for a single term). */
export function formatProduct(a: number, b: number): string {
  return formatSignedSum([[a, b]]);
}

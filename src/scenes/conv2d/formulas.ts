import type { Conv2dGeometry } from '../../engine/index.ts';
import { LANG_TAGS } from '../../i18n/translate.ts';
import type { Lang } from '../../i18n/translate.ts';

/** One axis of the output-size formula with the current numbers filled in. */
export interface OutputSizeAxis {
  axis: 'H' | 'W';
  /** `floor((5 + 1 + 1 − 2·(3 − 1) − 1) / 2) + 1` — both paddings shown when they differ ('same', even kernel). */
  filled: string;
  result: number;
}

/**
 * The output size `floor((H + 2p − d·(k − 1) − 1) / s) + 1`, per axis, with the geometry's numbers.
 * With asymmetric padding (PyTorch's 'same' with an even kernel) `2p` is written as the two sides.
 */
export function outputSizeFormula(g: Conv2dGeometry): OutputSizeAxis[] {
  const axis = (name: 'H' | 'W', size: number, before: number, after: number, d: number, k: number, s: number, out: number) => {
    const pad = before === after ? `2·${before}` : `${before} + ${after}`;
    return { axis: name, filled: `⌊(${size} + ${pad} − ${d}·(${k} − 1) − 1) / ${s}⌋ + 1`, result: out };
  };
  return [
    axis('H', g.inH, g.padTop, g.padBottom, g.dilationH, g.kH, g.strideH, g.outH),
    axis('W', g.inW, g.padLeft, g.padRight, g.dilationW, g.kW, g.strideW, g.outW),
  ];
}

/** Parameter count written out: `O × I/groups × kH × kW + O`. */
export function paramFormula(g: Conv2dGeometry, bias: boolean): { weights: string; weightCount: number; biasCount: number; total: number } {
  const weightCount = g.outChannels * g.inPerGroup * g.kH * g.kW;
  const biasCount = bias ? g.outChannels : 0;
  return {
    weights: `${g.outChannels} × ${g.inPerGroup} × ${g.kH} × ${g.kW}`,
    weightCount,
    biasCount,
    total: weightCount + biasCount,
  };
}

/** MACs written out: `O·outH·outW × I/groups·kH·kW`. */
export function macFormula(g: Conv2dGeometry): { filled: string; total: number } {
  return {
    filled: `${g.outChannels}·${g.outH}·${g.outW} × ${g.inPerGroup}·${g.kH}·${g.kW}`,
    total: g.outChannels * g.outH * g.outW * g.inPerGroup * g.kH * g.kW,
  };
}

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

/**
 * The gradient illustration: a stack of N layers, each of whose own function F multiplies the gradient
 * by the same factor a (its derivative, a scalar stand-in for a Jacobian). Without skips the gradient
 * reaching the first layer is the product a·a·…·a = a^N; with a skip around every layer each one passes
 * 1 + a (y = F(x) + x, so dy/dx = F′ + 1), and the product (1 + a)^N expands into one term per path
 * through the stack: C(N, k) paths cross k of the F's and skip the others, each worth a^k. The path that
 * takes every skip is worth exactly 1, whatever a and N are: the gradient cannot vanish.
 */

/** One group of paths of the expansion: the paths through k of the N layers' F (the rest skipped). */
export interface PathTerm {
  k: number;
  /** How many such paths there are, C(N, k). */
  paths: number;
  /** What each is worth, a^k, and what they add up to. */
  each: number;
  total: number;
}

/** The illustration for N layers and factor a. */
export interface GradientIllustration {
  layers: number;
  factor: number;
  /** The gradient after going back through k layers (k = 0…N): a^k without skips, (1 + a)^k with. */
  plain: number[];
  residual: number[];
  /** The expansion of (1 + a)^N by path length: k = 0, 1, 2, … (the first few) and k = N (the plain path). */
  terms: PathTerm[];
  /** How many paths there are in all, 2^N. */
  paths: number;
}

/** C(n, k) in floating point (exact for the sizes here up to 2^53). */
export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let c = 1;
  for (let i = 1; i <= Math.min(k, n - k); i++) c = (c * (n - i + 1)) / i;
  return Math.round(c);
}

/** How many groups of the expansion are written out before the last (k = N, the plain network's path). */
export const WRITTEN_TERMS = 3;

/** The gradient through N layers with factor a, with and without skips, and the first terms of (1 + a)^N. */
export function gradientIllustration(layers: number, factor: number): GradientIllustration {
  const plain: number[] = [];
  const residual: number[] = [];
  for (let k = 0; k <= layers; k++) {
    plain.push(factor ** k);
    residual.push((1 + factor) ** k);
  }
  const ks = [...Array.from({ length: Math.min(WRITTEN_TERMS, layers) }, (_, k) => k), layers];
  const terms = [...new Set(ks)].map((k) => {
    const paths = binomial(layers, k);
    const each = factor ** k;
    return { k, paths, each, total: paths * each };
  });
  return { layers, factor, plain, residual, terms, paths: 2 ** layers };
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** An exponent written as superscript digits, with a superscript minus: `⁻⁷`. */
export const superscript = (n: number) => [...String(n)].map((ch) => SUPERSCRIPT[ch] ?? ch).join('');

/**
 * A gradient's size as the panel writes it: plainly with three significant digits from 0.001 to 99,999
 * (`0.107`, `6.19`, `3,325`), else as `1.05 × 10⁻¹⁴`; `0` for zero. `group` formats whole numbers in the
 * learner's language.
 */
export function formatMagnitude(v: number, group: (n: number) => string): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  const sign = v < 0 ? '−' : '';
  if (a >= 1e-3 && a < 1e5) {
    if (a >= 1000) return sign + group(Math.round(a));
    return sign + String(Number(a.toPrecision(3)));
  }
  const e = Math.floor(Math.log10(a));
  let m = Number((a / 10 ** e).toPrecision(3));
  let exp = e;
  if (m >= 10) {
    m /= 10;
    exp += 1;
  }
  return `${sign}${m} × 10${superscript(exp)}`;
}

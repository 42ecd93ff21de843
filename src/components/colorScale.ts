import { scaleLinear } from 'd3-scale';

/** The scale's colours when the page gives none (no document, as in tests); the themes set the same ones. */
const FALLBACK = { negative: '#8fb8ff', zero: '#ffffff', positive: '#ffb45c' };

/** The three colours of the value scale, read from the theme's `--scale-negative`, `--scale-zero`, `--scale-positive`. */
function themeColours(): [string, string, string] {
  const style = typeof document === 'undefined' ? null : getComputedStyle(document.documentElement);
  const read = (name: keyof typeof FALLBACK) => style?.getPropertyValue(`--scale-${name}`).trim() || FALLBACK[name];
  return [read('negative'), read('zero'), read('positive')];
}

/**
 * A light diverging colour scale (blue below zero, orange above by default) that keeps black numbers
 * readable; its colours come from the theme's CSS variables. d3-scale interpolates colour strings in RGB by
 * default, so no interpolator is named.
 */
export function colorScale(values: ArrayLike<number>): (v: number) => string {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i]));
  const s = scaleLinear<string>().domain([-(m || 1), 0, m || 1]).range(themeColours()).clamp(true);
  return (v) => s(v);
}

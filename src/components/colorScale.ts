import { scaleLinear } from 'd3-scale';

/**
 * A light diverging colour scale (blue below zero, orange above) that keeps black numbers readable.
 * d3-scale interpolates colour strings in RGB by default, so no interpolator is named.
 */
export function colorScale(values: ArrayLike<number>): (v: number) => string {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i]));
  const s = scaleLinear<string>().domain([-(m || 1), 0, m || 1]).range(['#8fb8ff', '#ffffff', '#ffb45c']).clamp(true);
  return (v) => s(v);
}


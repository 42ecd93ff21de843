import type { Conv2dGeometry } from '../../engine/index.ts';

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

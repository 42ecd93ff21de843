import { at, explainConv2d } from '../../engine/index.ts';
import type { ExplainTerm } from '../../engine/index.ts';
import type { BlockNode } from '../../animations/residualFrames.ts';
import type { ResidualData } from './compute.ts';

/** A cell [channel, row, column] of one of the block's tensors. */
export type BlockCell = readonly [number, number, number];

/**
 * Why one cell of the block has its value, by the operation that wrote it:
 * - `input`: a value of x;
 * - `conv`: Σ over the window and every input channel of weight × input (conv1, conv2, conv3, downsample.0);
 * - `bn`: (v − running_mean) / √(running_var + eps) · γ + β (eval mode);
 * - `relu`: max(0, v);
 * - `identity`: x carried along the skip path as it is;
 * - `add`: F(x) + shortcut at the same position.
 */
export type CellStory =
  | { op: 'input'; value: number }
  | { op: 'conv'; input: BlockNode; terms: ExplainTerm[]; kernel: number; channels: number; value: number }
  | { op: 'bn'; input: BlockNode; v: number; mean: number; variance: number; eps: number; gamma: number; beta: number; value: number }
  | { op: 'relu'; input: BlockNode; v: number; value: number }
  | { op: 'identity'; value: number }
  | { op: 'add'; input: BlockNode; f: number; shortcut: number; shortcutNode: BlockNode; value: number };

/** The story of `cell` of tensor `node` (which must exist at this setting and hold the cell). */
export function explainCell(d: ResidualData, node: BlockNode, cell: BlockCell): CellStory {
  const out = d.tensors[node]!;
  const value = at(out, ...cell);
  if (node === 'x') return { op: 'input', value };
  if (node === 'identity') return { op: 'identity', value };
  const layer = d.plan.layers.find((l) => l.node === node)!;
  const input = d.tensors[layer.input]!;
  if (node === 'add') {
    const shortcutNode: BlockNode = d.tensors.projBn ? 'projBn' : 'x';
    return { op: 'add', input: layer.input, f: at(input, ...cell), shortcut: at(d.tensors[shortcutNode]!, ...cell), shortcutNode, value };
  }
  const spec = layer.spec!;
  if (spec.kind === 'conv2d') {
    const e = explainConv2d(input, d.weights[node]!, null, d.options[node]!, cell);
    return { op: 'conv', input: layer.input, terms: e.terms, kernel: spec.kernelSize as number, channels: spec.inChannels, value: e.value };
  }
  if (spec.kind === 'batchNorm2d') {
    const p = d.norms[node]!;
    const c = cell[0];
    return {
      op: 'bn',
      input: layer.input,
      v: at(input, ...cell),
      mean: p.runningMean.data[c],
      variance: p.runningVar.data[c],
      eps: p.eps ?? 1e-5,
      gamma: p.weight?.data[c] ?? 1,
      beta: p.bias?.data[c] ?? 0,
      value,
    };
  }
  return { op: 'relu', input: layer.input, v: at(input, ...cell), value };
}

/**
 * Where a cell of one tensor sits in another of the block: the same row and column when both have the
 * same H×W, scaled by the stride when `to` is the larger map (x before a stride-2 block); null when the
 * position has no counterpart (a smaller map).
 */
export function linkedCell(fromHW: readonly [number, number], toHW: readonly [number, number], cell: readonly [number, number]): [number, number] | null {
  const [fh, fw] = fromHW;
  const [th, tw] = toHW;
  if (fh === th && fw === tw) return [cell[0], cell[1]];
  // A stride-2 block: output (i, j) is centred on input (2i, 2j) (3×3 with padding 1, or the 1×1 projection).
  if (th > fh || tw > fw) {
    const sy = Math.round(th / fh);
    const sx = Math.round(tw / fw);
    const r = cell[0] * sy;
    const c = cell[1] * sx;
    return r < th && c < tw ? [r, c] : null;
  }
  const r = Math.floor(cell[0] / Math.round(fh / th));
  const c = Math.floor(cell[1] / Math.round(fw / tw));
  return r < th && c < tw ? [r, c] : null;
}

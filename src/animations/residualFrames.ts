/**
 * The residual block's forward pass as playback steps: the residual path F (conv → BN → ReLU units), the
 * skip path (identity or 1×1 projection → BN), the element-wise sum and the final ReLU, in the order of
 * torchvision's `forward`. Pure: no timers, no DOM; a frame is derived from the step, never stored.
 */

/** torchvision's two blocks: BasicBlock (3×3 → 3×3) and Bottleneck (1×1 → 3×3 → 1×1, expansion 4). */
export type BlockKind = 'basic' | 'bottleneck';

/**
 * A tensor of the forward pass, by the torchvision module that writes it (`relu1`, `relu2`: the shared
 * `self.relu` applied after bn1, bn2; `proj`, `projBn`: `downsample[0]`, `downsample[1]`; `identity`: x on
 * the skip path; `add`: F(x) + shortcut; `out`: the final ReLU).
 */
export type BlockNode = 'x' | 'conv1' | 'bn1' | 'relu1' | 'conv2' | 'bn2' | 'relu2' | 'conv3' | 'bn3' | 'identity' | 'proj' | 'projBn' | 'add' | 'out';

/** Where a tensor is drawn: the input, a unit of the residual path, the skip path, the sum, the output. */
export type BlockColumn = 'x' | 'unit1' | 'unit2' | 'unit3' | 'skip' | 'add' | 'out';

/** One step of the playback: the tensor it writes and the column that shows it. */
export interface BlockStep {
  node: BlockNode;
  column: BlockColumn;
}

/** The units of the residual path F, each a run of tensors drawn in one column. */
const UNITS: Record<BlockKind, { column: BlockColumn; nodes: BlockNode[] }[]> = {
  basic: [
    { column: 'unit1', nodes: ['conv1', 'bn1', 'relu1'] },
    { column: 'unit2', nodes: ['conv2', 'bn2'] },
  ],
  bottleneck: [
    { column: 'unit1', nodes: ['conv1', 'bn1', 'relu1'] },
    { column: 'unit2', nodes: ['conv2', 'bn2', 'relu2'] },
    { column: 'unit3', nodes: ['conv3', 'bn3'] },
  ],
};

/** The tensor that is F(x), the residual path's result: bn2 in a BasicBlock, bn3 in a Bottleneck. */
export function residualOutput(block: BlockKind): BlockNode {
  return block === 'basic' ? 'bn2' : 'bn3';
}

/** The columns drawn for a block, left to right: x, the units of F, the skip path, the sum, the output. */
export function blockColumns(block: BlockKind): BlockColumn[] {
  return ['x', ...UNITS[block].map((u) => u.column), 'skip', 'add', 'out'];
}

/**
 * Every step of the forward pass, step 0 being the input x: the residual path unit by unit, then the skip
 * path (`identity`, or `proj` then `projBn` with a projection), the sum and the final ReLU.
 */
export function blockSteps(block: BlockKind, projection: boolean): BlockStep[] {
  const skip: BlockStep[] = projection
    ? [{ node: 'proj', column: 'skip' }, { node: 'projBn', column: 'skip' }]
    : [{ node: 'identity', column: 'skip' }];
  return [
    { node: 'x', column: 'x' },
    ...UNITS[block].flatMap((u) => u.nodes.map((node) => ({ node, column: u.column }))),
    ...skip,
    { node: 'add', column: 'add' },
    { node: 'out', column: 'out' },
  ];
}

/** What a step draws: the step (clamped), its tensor, and for each column the latest tensor it shows (null: not reached). */
export interface BlockFrame {
  step: number;
  current: BlockStep;
  shown: Record<BlockColumn, BlockNode | null>;
}

/** The frame at `step` (clamped to the steps): each column shows the last of its tensors reached so far. */
export function blockFrame(steps: readonly BlockStep[], step: number): BlockFrame {
  const s = Math.min(Math.max(Math.floor(step), 0), steps.length - 1);
  const shown: Record<BlockColumn, BlockNode | null> = { x: null, unit1: null, unit2: null, unit3: null, skip: null, add: null, out: null };
  for (let i = 0; i <= s; i++) shown[steps[i].column] = steps[i].node;
  return { step: s, current: steps[s], shown };
}

/** The step at which a tensor is written (−1 when the block has no such tensor). */
export function stepOf(steps: readonly BlockStep[], node: BlockNode): number {
  return steps.findIndex((st) => st.node === node);
}

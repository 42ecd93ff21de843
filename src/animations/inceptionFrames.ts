/**
 * The Inception module's playback, branch by branch: the input, then each layer of the four branches in
 * order (a 1×1 reduction before its 3×3 or 5×5, the pool before its projection), then the concatenation,
 * one branch's channels at a time. Pure: a position on the timeline and the layers' output sizes give
 * what is drawn.
 */

/**
 * The layers of the module: branch 1's 1×1 (`b1`), branch 2's reduction and 3×3 (`b2r`, `b2`), branch 3's
 * reduction and 5×5 (`b3r`, `b3`), branch 4's 3×3 max pool and its 1×1 projection (`b4p`, `b4`).
 */
export type InceptionLayerId = 'b1' | 'b2r' | 'b2' | 'b3r' | 'b3' | 'b4p' | 'b4';

/** The layers with 1×1 reductions, in playback order (GoogLeNet's module). */
export const REDUCED_LAYERS: readonly InceptionLayerId[] = ['b1', 'b2r', 'b2', 'b3r', 'b3', 'b4p', 'b4'];
/** The naive module: the 3×3 and 5×5 on the input itself, the pooled input passed on as it is. */
export const NAIVE_LAYERS: readonly InceptionLayerId[] = ['b1', 'b2', 'b3', 'b4p'];

/** The branch (0–3) a layer belongs to. */
export const branchOf = (id: InceptionLayerId): number => Number(id[1]) - 1;

/** One step of the timeline: the input shown, one layer computed, or one branch's channels joined to the output. */
export type InceptionStep = { kind: 'input' } | { kind: 'layer'; layer: InceptionLayerId } | { kind: 'concat'; branch: number };

/** The steps of a module with these layers: input, each layer, then the four branches joined one by one. */
export function inceptionSteps(layers: readonly InceptionLayerId[]): InceptionStep[] {
  return [
    { kind: 'input' },
    ...layers.map((layer): InceptionStep => ({ kind: 'layer', layer })),
    ...[0, 1, 2, 3].map((branch): InceptionStep => ({ kind: 'concat', branch })),
  ];
}

/** What is drawn at one position of the timeline. */
export interface InceptionFrame {
  /** The whole step reached, and what it is. */
  step: number;
  current: InceptionStep;
  /** Output cells drawn per layer: all of them once its step is reached, none before; a count in between while it fills in. */
  filled: Record<InceptionLayerId, number>;
  /** The output cell being computed while a layer fills in (between two steps during playback), else null. */
  cursor: { layer: InceptionLayerId; y: number; x: number } | null;
  /** Branches whose channels are in the concatenated output (0–4). */
  joined: number;
}

/**
 * The frame at `position` (fractional while playing): steps up to ⌊position⌋ are complete; the next
 * layer fills in row by row with the fraction past it, its cursor on the cell being computed.
 * @param sizes each layer's output [H, W]
 */
export function inceptionFrame(steps: readonly InceptionStep[], position: number, sizes: Record<InceptionLayerId, readonly [number, number]>): InceptionFrame {
  const last = steps.length - 1;
  const p = Math.min(Math.max(position, 0), last);
  const step = Math.floor(p);
  const fraction = p - step;
  const filled = { b1: 0, b2r: 0, b2: 0, b3r: 0, b3: 0, b4p: 0, b4: 0 };
  let joined = 0;
  steps.forEach((s, i) => {
    if (i > step) return;
    if (s.kind === 'layer') filled[s.layer] = sizes[s.layer][0] * sizes[s.layer][1];
    if (s.kind === 'concat') joined = s.branch + 1;
  });
  let cursor: InceptionFrame['cursor'] = null;
  const next = steps[step + 1];
  if (fraction > 0 && next?.kind === 'layer') {
    const [h, w] = sizes[next.layer];
    const done = Math.min(h * w - 1, Math.floor(fraction * h * w));
    filled[next.layer] = done;
    cursor = { layer: next.layer, y: Math.floor(done / w), x: done % w };
  }
  return { step, current: steps[step], filled, cursor, joined };
}

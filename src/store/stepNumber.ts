/**
 * The one step-numbering convention of every timeline scene. The store's playback `position` is
 * 0-based (position 0 is the first frame, fractional while playing); the learner sees
 * "step N of T" with N = ⌊position⌋ + 1, and a link's `step=N` opens that same step N. So
 * `#/squeeze-excite?step=3` shows "step 3 of 4" and the third stage, in every scene alike.
 */

/** The first step a link may name and the playback bar shows. */
export const FIRST_STEP = 1;

/** The step number the learner sees (and a link carries) at a playback position. */
export function stepNumber(position: number): number {
  return Math.floor(Math.max(0, position)) + FIRST_STEP;
}

/** The playback position of the step a link names. */
export function positionOfStep(step: number): number {
  return Math.max(0, step - FIRST_STEP);
}

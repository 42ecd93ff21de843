/**
 * What playback needs of any scene's timeline: how many steps there are, and every how many steps a stop
 * falls (conv2d stops at each output cell, a staged scene at every step). ←/→ move by stops, Shift+←/→ by
 * steps; a scene's own frames interpret the step.
 */
export interface Timeline {
  totalSteps: number;
  stepsPerStop: number;
}

/** A timeline of `steps` steps, each its own stop (stages, pixels, drawn maps). */
export function stepTimeline(steps: number): Timeline {
  return { totalSteps: Math.max(1, steps), stepsPerStop: 1 };
}

import type { MessageKey } from '../i18n/en.ts';

/** The names of one unit of a timeline: its previous/next buttons and its row in the shortcuts help. */
export interface PlaybackUnit {
  prev: MessageKey;
  next: MessageKey;
  keys: MessageKey;
}

/**
 * What a scene's timeline moves by, so the playback bar says what a step is. `step` is one position
 * (Shift+←/→); `stop` the places a run of steps completes (←/→), or null when every step is one stop:
 * then both keys move one step and only the step buttons are drawn.
 */
export interface PlaybackUnits {
  step: PlaybackUnit;
  stop: PlaybackUnit | null;
}

/** conv2d-shaped timelines: a step is one multiply-add, a stop a finished output cell. */
export const MULTIPLY_UNITS: PlaybackUnits = {
  step: { prev: 'prevTerm', next: 'nextTerm', keys: 'key.shiftArrows' },
  stop: { prev: 'prevCell', next: 'nextCell', keys: 'key.arrows' },
};

/** Timelines of stages (squeeze-excite, shuffle, depthwise reveal): a step is a stage, no stops. */
export const STEP_UNITS: PlaybackUnits = {
  step: { prev: 'prevStep', next: 'nextStep', keys: 'key.steps' },
  stop: null,
};

/** A scan over pixels (pointwise): a step is the next pixel, no stops. */
export const PIXEL_UNITS: PlaybackUnits = {
  step: { prev: 'prevPixel', next: 'nextPixel', keys: 'key.pixels' },
  stop: null,
};

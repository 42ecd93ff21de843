import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

/** Speeds the controls step through; `[` and `]` move along this list. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;

/** Playback: whether the clock runs, the position on the timeline (a step, fractional while playing), and speed. */
export interface PlaybackSlice {
  playing: boolean;
  position: number;
  speed: number;
  /**
   * How many steps the open scene's timeline has (published by `useScenePlayback`), or null when no scene
   * with a timeline is open. The GIF export reads it.
   */
  timelineLength: number | null;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  /** Jumps to a position (the scene clamps it to its timeline). */
  seek: (position: number) => void;
  setSpeed: (speed: number) => void;
  /** Sets the open timeline's length (null: none open); a length below 1 or not finite counts as 1. */
  setTimelineLength: (length: number | null) => void;
  faster: () => void;
  slower: () => void;
}

/** Initial playback: paused at the start, 1×, no timeline open. */
export const initialPlayback = (): Pick<PlaybackSlice, 'playing' | 'position' | 'speed' | 'timelineLength'> => ({ playing: false, position: 0, speed: 1, timelineLength: null });

/** The open timeline's length (null: none). */
export const selectTimelineLength = (s: AppState) => s.timelineLength;

/** Clamps a speed to the range the controls offer (0.25× to 8×). */
export function clampSpeed(speed: number): number {
  return Number.isFinite(speed) ? Math.min(SPEEDS[SPEEDS.length - 1], Math.max(SPEEDS[0], speed)) : 1;
}

/** The playback slice. */
export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set) => ({
  ...initialPlayback(),
  play: () => set({ playing: true }),
  pause: () => set({ playing: false }),
  togglePlay: () => set((s) => ({ playing: !s.playing })),
  seek: (position) => set({ position: Number.isFinite(position) ? Math.max(0, position) : 0 }),
  setSpeed: (speed) => set({ speed: clampSpeed(speed) }),
  setTimelineLength: (length) => set({ timelineLength: length === null ? null : Number.isFinite(length) ? Math.max(1, Math.floor(length)) : 1 }),
  faster: () => set((s) => ({ speed: SPEEDS.find((v) => v > s.speed) ?? s.speed })),
  slower: () => set((s) => ({ speed: [...SPEEDS].reverse().find((v) => v < s.speed) ?? s.speed })),
});

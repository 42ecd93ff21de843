import { useEffect, useState } from 'react';
import type { Timeline } from '../animations/timeline.ts';
import { selectPlaying, selectPosition, selectSpeed, useAppStore } from '../store/store.ts';
import { usePlaybackClock } from './usePlaybackClock.ts';
import { usePlaybackKeys } from './usePlaybackKeys.ts';
import { MULTIPLY_UNITS } from './playbackUnits.ts';
import type { PlaybackUnits } from './playbackUnits.ts';

/** What a scene with a timeline gets from `useScenePlayback`. */
export interface ScenePlayback {
  /** The position clamped to the timeline (fractional while playing) and its whole step. */
  position: number;
  step: number;
  total: number;
  stepCell: (delta: 1 | -1) => void;
  stepTerm: (delta: 1 | -1) => void;
  help: boolean;
  setHelp: (open: boolean) => void;
  /** What a step (and a stop) is in this scene: the bar's button names and the help rows. */
  units: PlaybackUnits;
}

/**
 * The playback every timeline scene shares: the one requestAnimationFrame clock, stepping by output
 * cell (stopping where a cell is complete) and by single multiply, and the keyboard model. `units`
 * names what a step is; with no stops (`units.stop` null) ←/→ move one step, like Shift+←/→.
 * `cellStops` says where ←/→ land in a cell: its first multiply ('start') or its written value.
 */
export function useScenePlayback(timeline: Timeline | null, units: PlaybackUnits = MULTIPLY_UNITS, cellStops: 'start' | 'complete' = 'complete'): ScenePlayback {
  const rawPosition = useAppStore(selectPosition);
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const [help, setHelp] = useState(false);
  const total = timeline?.totalSteps ?? 1;
  const position = Math.min(Math.max(rawPosition, 0), total - 1);
  const step = Math.floor(position);
  const { seek, pause, togglePlay, faster, slower, unpin } = useAppStore.getState();

  // The timeline's length, for whoever needs it outside the scene (the GIF export); cleared when the
  // scene goes (or its timeline changes), so another scene never sees a stale length.
  const hasTimeline = timeline !== null;
  useEffect(() => {
    if (!hasTimeline) return;
    useAppStore.getState().setTimelineLength(total);
    return () => useAppStore.getState().setTimelineLength(null);
  }, [hasTimeline, total]);

  usePlaybackClock(playing && timeline !== null, speed, (delta) => {
    const next = useAppStore.getState().position + delta;
    if (next >= total - 1) {
      seek(total - 1);
      pause();
      return false;
    }
    seek(next);
    return true;
  });
  const stepTerm = (d: 1 | -1) => {
    pause();
    seek(Math.min(total - 1, Math.max(0, step + d)));
  };
  const stepCell = (d: 1 | -1) => {
    if (!timeline) return;
    if (units.stop === null) {
      stepTerm(d);
      return;
    }
    pause();
    const per = timeline.stepsPerStop;
    const cellIndex = Math.floor(step / per);
    const completeStep = (i: number) => i * per + per - 1;
    // 'start': the first multiply of the next (previous) cell, so "next" never stays on the cell it
    // started in; 'complete': the step where a cell's value is written.
    const target =
      cellStops === 'start'
        ? d > 0 ? (cellIndex + 1) * per : step > cellIndex * per ? cellIndex * per : (cellIndex - 1) * per
        : d > 0 ? (step < completeStep(cellIndex) ? completeStep(cellIndex) : completeStep(cellIndex + 1)) : completeStep(cellIndex - 1);
    seek(Math.min(total - 1, Math.max(0, target)));
  };
  usePlaybackKeys({
    togglePlay: () => {
      if (!playing && step >= total - 1) seek(0);
      togglePlay();
    },
    stepCell,
    stepTerm,
    slower,
    faster,
    toStart: () => {
      pause();
      seek(0);
    },
    toEnd: () => {
      pause();
      seek(total - 1);
    },
    escape: () => (help ? setHelp(false) : unpin()),
    help: () => setHelp(true),
  });
  return { position, step, total, stepCell, stepTerm, help, setHelp, units };
}

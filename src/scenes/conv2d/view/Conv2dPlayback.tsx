import { useMemo } from 'react';
import type { Conv2dTimeline } from '../../../animations/conv2dFrames.ts';
import { MULTIPLY_UNITS } from '../../../hooks/playbackUnits.ts';
import { useScenePlayback } from '../../../hooks/useScenePlayback.ts';
import { PlaybackBar } from '../../../components/PlaybackBar.tsx';

/**
 * The conv2d scene's clock, keyboard and playback bar. It is the one part of the scene that follows the
 * raw position on every animation frame; the stage above redraws only when what it shows changes.
 */
export function Conv2dPlayback({ timeline }: { timeline: Conv2dTimeline }) {
  // ←/→ go to the first multiply of the next cell: from step 1, "next output cell" leaves cell (0, 0).
  const playback = useScenePlayback(timeline, MULTIPLY_UNITS, 'start');
  const { step, total, help } = playback;
  // The bar shows whole steps, and its actions close over the step only: between steps (most animation
  // frames) the same element is returned and React skips the bar, its slider and its speed select.
  return useMemo(() => <PlaybackBar playback={playback} />, [step, total, help, timeline]);
}

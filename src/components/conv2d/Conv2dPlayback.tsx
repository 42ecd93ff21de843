import type { Conv2dTimeline } from '../../animations/conv2dFrames.ts';
import { useScenePlayback } from '../../hooks/useScenePlayback.ts';
import { PlaybackBar } from '../PlaybackBar.tsx';

/**
 * The conv2d scene's clock, keyboard and playback bar. It is the one part of the scene that follows the
 * raw position on every animation frame; the stage above redraws only when what it shows changes.
 */
export function Conv2dPlayback({ timeline }: { timeline: Conv2dTimeline }) {
  return <PlaybackBar playback={useScenePlayback(timeline)} />;
}

import { useEffect, useRef } from 'react';

/** Multiply-adds per second at speed 1×. */
export const STEPS_PER_SECOND = 2;

/**
 * The one playback clock: while `playing`, each animation frame advances the position by
 * `speed × STEPS_PER_SECOND × elapsed seconds` through `advance`, which returns false to stop (end of
 * the timeline). requestAnimationFrame only: no timers, and a hidden tab costs nothing.
 */
export function usePlaybackClock(playing: boolean, speed: number, advance: (delta: number) => boolean): void {
  const advanceRef = useRef(advance);
  advanceRef.current = advance;
  const speedRef = useRef(speed);
  speedRef.current = speed;
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let id = requestAnimationFrame(function tick(now) {
      // A long gap (tab in the background) does not fast-forward the lesson.
      const dt = Math.min(now - last, 100) / 1000;
      last = now;
      if (advanceRef.current(dt * speedRef.current * STEPS_PER_SECOND)) id = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(id);
  }, [playing]);
}

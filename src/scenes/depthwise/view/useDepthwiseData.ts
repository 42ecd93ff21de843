import { useEffect, useMemo, useRef, useState } from 'react';
import { computeAll, depthwiseCompute, depthwiseWork } from '../compute.ts';
import type { DepthwiseData } from '../compute.ts';
import type { DepthwiseValues } from '../schema.ts';

/** Up to this many multiply-adds the values are computed at once, during render (a few milliseconds). */
export const SYNC_MACS = 1_000_000;
/** A slice of work runs until this many milliseconds have passed, then yields the main thread. */
const SLICE_MS = 12;

/**
 * The scene's values for a setting. Small settings are computed during render; large ones (2,048
 * channels: up to 70 M multiply-adds) in slices of about SLICE_MS between tasks, so no task blocks the
 * page long: meanwhile the last values stay (pending) or, on a first visit, there are none yet.
 */
export function useDepthwiseData(v: DepthwiseValues): { data: DepthwiseData | null; pending: boolean; progress: number } {
  const small = depthwiseWork(v) <= SYNC_MACS;
  const now = useMemo(() => (small ? computeAll(v) : null), [v, small]);
  const [sliced, setSliced] = useState<DepthwiseData | null>(null);
  const [progress, setProgress] = useState(0);
  const last = useRef<DepthwiseData | null>(null);
  useEffect(() => {
    if (small) return undefined;
    const run = depthwiseCompute(v);
    let timer = 0;
    const slice = () => {
      const start = performance.now();
      for (;;) {
        const r = run.next();
        if (r.done) {
          setSliced(r.value);
          return;
        }
        if (performance.now() - start > SLICE_MS) {
          setProgress(r.value);
          break;
        }
      }
      // A macrotask between slices lets input, paint and the playback clock run.
      timer = window.setTimeout(slice, 0);
    };
    setProgress(0);
    timer = window.setTimeout(slice, 0);
    return () => window.clearTimeout(timer);
  }, [v, small]);
  const data = now ?? (sliced?.v === v ? sliced : null);
  if (data) last.current = data;
  return { data: data ?? last.current, pending: data === null, progress };
}

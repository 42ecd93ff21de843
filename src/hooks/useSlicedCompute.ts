import { useEffect, useMemo, useRef, useState } from 'react';

/** A slice of work runs until this many milliseconds have passed, then yields the main thread. */
const SLICE_MS = 12;

/** How a scene computes its values: all at once, or as a generator that yields its progress (0 to 1) between pieces of work. */
export interface SlicedWork<V, D> {
  /** Whether the setting is small enough to compute during render (a few milliseconds). */
  small: (v: V) => boolean;
  all: (v: V) => D;
  run: (v: V) => Generator<number, D>;
}

/**
 * A scene's values for a setting, off the animation path. Small settings are computed during render; large
 * ones in slices of about SLICE_MS between tasks, so no task blocks the page long (input, paint and the
 * playback clock run in between). Meanwhile the last values stay (`pending`), or, on a first visit, there
 * are none yet. `work` must be a constant (module-level) object.
 */
export function useSlicedCompute<V, D>(v: V, work: SlicedWork<V, D>): { data: D | null; pending: boolean; progress: number } {
  const small = useMemo(() => work.small(v), [v, work]);
  const now = useMemo(() => (small ? work.all(v) : null), [v, small, work]);
  const [sliced, setSliced] = useState<{ v: V; data: D } | null>(null);
  const [progress, setProgress] = useState(0);
  const last = useRef<D | null>(null);
  useEffect(() => {
    if (small) return undefined;
    const run = work.run(v);
    let timer = 0;
    const slice = () => {
      const start = performance.now();
      for (;;) {
        const r = run.next();
        if (r.done) {
          setSliced({ v, data: r.value });
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
  }, [v, small, work]);
  const data = now ?? (sliced?.v === v ? sliced.data : null);
  if (data) last.current = data;
  return { data: data ?? last.current, pending: data === null, progress };
}

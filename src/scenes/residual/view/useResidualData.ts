import { useEffect, useMemo, useRef, useState } from 'react';
import { blockPlan } from '../model.ts';
import { computeAll, residualCompute } from '../compute.ts';
import type { ResidualData } from '../compute.ts';
import type { ResidualValues } from '../schema.ts';

/** Up to this many multiply-adds the values are computed at once, during render (a few milliseconds). */
export const SYNC_MACS = 3_000_000;
/** A slice of work runs until this many milliseconds have passed, then yields the main thread. */
const SLICE_MS = 12;

/**
 * The block's values for a (valid) setting. Small blocks are computed during render; large ones (a
 * 2,048-channel Bottleneck: a few hundred million multiply-adds) in slices of about SLICE_MS between tasks,
 * so no task blocks the page long: meanwhile the last values stay (pending) or, on a first visit, none.
 */
export function useResidualData(v: ResidualValues): { data: ResidualData | null; pending: boolean; progress: number } {
  const small = useMemo(() => blockPlan(v).macs <= SYNC_MACS, [v]);
  const now = useMemo(() => (small ? computeAll(v) : null), [v, small]);
  const [sliced, setSliced] = useState<ResidualData | null>(null);
  const [progress, setProgress] = useState(0);
  const last = useRef<ResidualData | null>(null);
  useEffect(() => {
    if (small) return undefined;
    const run = residualCompute(v);
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

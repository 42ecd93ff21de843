import { useCallback, useEffect, useRef, useState } from 'react';
import type { Explanation } from '../../../engine/index.ts';
import type { Patch } from '../model.ts';
import type { FromWorker, MapResult, PictureErrorCode, ToWorker } from '../protocol.ts';

/** The picture the worker holds: its size as filtered [H, W], its size as given, and its pixels to draw. */
export interface LabPicture {
  size: [number, number];
  original: [number, number];
  bitmap: ImageBitmap;
}

/** An explained output pixel: filter number, cell [y, x], explainConv2d's terms and the patch under it. */
export interface LabExplanation {
  filter: number;
  cell: [number, number];
  explanation: Explanation;
  patch: Patch;
}

/** Everything the scene shows from the worker. */
export interface LabState {
  picture: LabPicture | null;
  error: { code: PictureErrorCode; values: Record<string, number | string> } | null;
  loading: boolean;
  input: ImageBitmap | null;
  /** Share of the current run done (0 to 1), null when no run is pending. */
  progress: number | null;
  maps: MapResult[] | null;
  /** What the scene tagged the run of these maps with (the filters they show). */
  mapsTag: unknown;
  /** Round trip of the last run, ms: request posted to maps received (the page's `data-run-ms`). */
  runMs: number | null;
  explained: LabExplanation | null;
}

type Run = Omit<Extract<ToWorker, { type: 'run' }>, 'type' | 'id'>;
type Tagged = Run & { tag?: unknown };

const INITIAL: LabState = { picture: null, error: null, loading: false, input: null, progress: null, maps: null, mapsTag: null, runMs: null, explained: null };

/**
 * The image lab's worker: one per scene visit (ended when the scene closes). `load` hands it a picture,
 * `run` the filters, `explain` one pixel; answers to anything but the latest request are dropped.
 */
export function useLabWorker(): LabState & { load: (source: Blob | string, maxSide: number) => void; run: (r: Tagged) => void; explain: (filter: number, cell: [number, number]) => void } {
  const [state, setState] = useState<LabState>(INITIAL);
  const worker = useRef<Worker | null>(null);
  const ids = useRef({ next: 1, load: 0, shown: 0, run: 0, runStarted: 0, tag: null as unknown });
  const pending = useRef<ToWorker[]>([]);

  useEffect(() => {
    const w = new Worker(new URL('../worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      const i = ids.current;
      if (m.type === 'picture' && m.id === i.load) {
        i.shown = m.id;
        setState((s) => ({ ...s, picture: { size: m.size, original: m.original, bitmap: m.bitmap }, error: null, loading: false, maps: null, input: null, explained: null }));
      } else if (m.type === 'error' && (m.id === i.load || m.id === i.run)) {
        // A picture that failed to load leaves the worker's last picture in place: runs go on with it.
        if (m.id === i.load) i.shown = m.id;
        setState((s) => ({ ...s, error: { code: m.code, values: m.values }, loading: false, progress: null }));
      } else if (m.type === 'input') setState((s) => ({ ...s, input: m.bitmap }));
      else if (m.type === 'progress' && m.id === i.run) setState((s) => ({ ...s, progress: m.done }));
      else if (m.type === 'result' && m.id === i.run) {
        const { tag } = i;
        const runMs = performance.now() - i.runStarted;
        setState((s) => ({ ...s, maps: m.maps, mapsTag: tag, progress: null, error: s.error?.code === 'failed' ? null : s.error, runMs, explained: null }));
      }
      else if (m.type === 'explanation') setState((s) => ({ ...s, explained: { filter: m.filter, cell: m.cell, explanation: m.explanation, patch: m.patch } }));
    };
    for (const m of pending.current.splice(0)) w.postMessage(m);
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  const post = useCallback((m: ToWorker) => {
    if (worker.current) worker.current.postMessage(m);
    else pending.current.push(m);
  }, []);
  const load = useCallback(
    (source: Blob | string, maxSide: number) => {
      const id = ids.current.next++;
      ids.current.load = id;
      setState((s) => ({ ...s, loading: true, error: null }));
      post({ type: 'load', id, source, maxSide });
    },
    [post],
  );
  const run = useCallback(
    ({ tag = null, ...r }: Tagged) => {
      // A setting checked against the shown picture means nothing for one still loading: its arrival runs again.
      if (ids.current.load !== ids.current.shown) return;
      const id = ids.current.next++;
      ids.current.run = id;
      ids.current.runStarted = performance.now();
      ids.current.tag = tag;
      setState((s) => ({ ...s, progress: 0 }));
      post({ type: 'run', id, ...r });
    },
    [post],
  );
  const explain = useCallback((filter: number, cell: [number, number]) => post({ type: 'explain', id: ids.current.next++, filter, cell }), [post]);
  return { ...state, load, run, explain };
}

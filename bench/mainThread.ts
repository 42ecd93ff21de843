/**
 * Reads a Chromium performance trace (the JSON `browser.stopTracing()` returns) for `bench:ui`: how busy
 * the page's main thread was between two `performance.mark`s, and where that time went.
 */

/** The trace categories `mainThreadReport` needs: top-level tasks, DevTools timeline events, user marks. */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'blink'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: unlike `dur`, it does not grow while the OS runs other work. */
  tdur?: number;
  cat?: string;
  args?: { name?: string };
}

/** Busy share of the window and self time per phase (ms), largest first. */
export interface MainThreadReport {
  /** Wall time between the two marks, ms. */
  windowMs: number;
  /** Time covered by top-level tasks (the union of their intervals) inside the window, ms. */
  busyMs: number;
  busyShare: number;
  /** CPU time the main thread spent in those tasks (thread time), ms, and its share of the window. */
  cpuMs: number;
  cpuShare: number;
  /** Self thread time per phase (scripting, style, layout, paint, gc, other), ms, largest first. */
  phases: [string, number][];
  /** Self thread time per trace event name, ms, largest first. */
  names: [string, number][];
}

// DevTools' grouping of timeline events into the phases its summary shows, by name pattern (the
// trace's names for one phase vary between Chromium versions).
const PHASES: [string, RegExp][] = [
  ['gc', /GC|Scavenge|Sweep|Mark(ing|Compact)/],
  ['scripting', /^(FunctionCall|EvaluateScript|FireAnimationFrame|EventDispatch|TimerFire|RunMicrotasks|v8\.|V8\.|AsyncTask|MessagePort|SerializedScriptValue|BlinkScheduler_PerformMicrotaskCheckpoint)/],
  ['style', /[Ss]tyle|UpdateLayoutTree/],
  ['layout', /[Ll]ayout|InlineNode|ShapeText/],
  ['paint + composite', /Paint|Composit|Layer|Commit|CullRect|HitTest/],
];

function phaseOf(name: string): string {
  return PHASES.find(([, re]) => re.test(name))?.[0] ?? 'other';
}

/**
 * Busy share of the renderer main thread between the marks `start` and `end`: the union of top-level
 * task intervals ('RunTask', 'ThreadControllerImpl::RunTask') clipped to the window, divided by the
 * window; CPU share likewise from the tasks' thread time, which stays honest when other processes
 * compete for the cores (wall time then includes the waits). Phases are self thread times (an event's minus its children's),
 * grouped by name as DevTools groups them; 'task' is scheduler overhead, 'other' the rest.
 */
export function mainThreadReport(traceJson: string, start: string, end: string): MainThreadReport {
  const parsed = JSON.parse(traceJson) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const startMark = events.find((e) => e.name === start && e.cat?.includes('blink.user_timing'));
  const endMark = events.find((e) => e.name === end && e.cat?.includes('blink.user_timing'));
  if (!startMark || !endMark) throw new Error(`mainThreadReport: marks ${start}/${end} not in the trace`);
  const { pid, tid } = startMark;
  const t0 = startMark.ts;
  const t1 = endMark.ts;
  const complete = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts < t1 && e.ts + (e.dur ?? 0) > t0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const isTop = (e: TraceEvent) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';
  let busy = 0;
  let cpu = 0;
  let coveredTo = t0;
  let outerEnd = -Infinity;
  for (const e of complete.filter(isTop)) {
    const a = Math.max(e.ts, coveredTo);
    const b = Math.min(e.ts + (e.dur ?? 0), t1);
    if (b > a) busy += b - a;
    // Nested top-level names (RunTask inside ThreadControllerImpl::RunTask) count once: the outermost.
    if (e.ts >= outerEnd) cpu += ((e.tdur ?? e.dur ?? 0) * Math.max(0, b - a)) / Math.max(1, e.dur ?? 0);
    outerEnd = Math.max(outerEnd, e.ts + (e.dur ?? 0));
    coveredTo = Math.max(coveredTo, b);
  }
  // Self time by nesting: a stack of open events on the one thread.
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; childTime: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1].end <= upTo) {
      const top = stack.pop()!;
      // Thread time where the trace has it, so the split does not depend on what else the cores run.
      const spent = top.e.tdur ?? top.e.dur ?? 0;
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + Math.max(0, spent - top.childTime));
      if (stack.length) stack[stack.length - 1].childTime += spent;
    }
  };
  for (const e of complete) {
    close(e.ts);
    stack.push({ e, end: e.ts + (e.dur ?? 0), childTime: 0 });
  }
  close(Infinity);
  const byPhase = new Map<string, number>();
  for (const [name, us] of self) {
    const phase = isTop({ name } as TraceEvent) ? 'task' : phaseOf(name);
    byPhase.set(phase, (byPhase.get(phase) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].map(([k, us]) => [k, us / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
  const window = t1 - t0;
  return { windowMs: window / 1000, busyMs: busy / 1000, busyShare: busy / window, cpuMs: cpu / 1000, cpuShare: cpu / window, phases: sorted(byPhase), names: sorted(self) };
}

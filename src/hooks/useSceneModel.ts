import { useMemo, useRef } from 'react';
import type { SceneProblem } from '../components/ProblemAlert.tsx';
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/translate.ts';

/** A problem as scene models report it: a code (message `problem.<code>`) and the values it names. */
export interface ModelProblem {
  code: string;
  values: Record<string, number | string>;
}

/**
 * A scene's model with the impossible-setting rule every scene shares: while the setting is impossible
 * the last valid model stays (marked stale); a link that opens impossible shows the nearest valid one.
 */
export function useSceneModel<V, M>(
  values: V,
  problemsOf: (v: V) => ModelProblem[],
  modelOf: (v: V) => M,
  nearestValid: (v: V) => V,
): { problems: ModelProblem[]; fresh: M | null; model: M } {
  const problems = useMemo(() => problemsOf(values), [values, problemsOf]);
  const fresh = useMemo(() => (problems.length === 0 ? modelOf(values) : null), [values, problems, modelOf]);
  const lastValid = useRef<M | null>(null);
  if (fresh) lastValid.current = fresh;
  const fallback = useMemo(() => (fresh || lastValid.current ? null : modelOf(nearestValid(values))), [fresh, values, modelOf, nearestValid]);
  return { problems, fresh, model: (fresh ?? lastValid.current ?? fallback) as M };
}

/** Problems as the alert shows them, with an `axis` value translated ("height" → "高度"). */
export function sceneProblems(t: Translate, problems: ModelProblem[]): SceneProblem[] {
  return problems.map((p) => ({
    key: `problem.${p.code}` as MessageKey,
    values: { ...p.values, ...(typeof p.values.axis === 'string' ? { axis: t(`axis.${p.values.axis}` as MessageKey) } : {}) },
  }));
}

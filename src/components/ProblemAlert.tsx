import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/en.ts';

/** A problem as scenes report it: a message key and the values it names. */
export interface SceneProblem {
  key: MessageKey;
  values: Record<string, string | number>;
}

/**
 * Why the current setting is impossible, in the learner's language: which parameter, why, what would
 * fix it. The scene stays usable; `stale` says the picture shows the last valid setting.
 */
export function ProblemAlert({ problems, stale }: { problems: SceneProblem[]; stale: boolean }) {
  const t = useT();
  return (
    <section className="notice notice-error problem" role="alert">
      <h2>{t('problemTitle')}</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.key + JSON.stringify(p.values)}>{t(p.key, p.values)}</li>
        ))}
      </ul>
      {stale && <p>{t('staleNote')}</p>}
    </section>
  );
}

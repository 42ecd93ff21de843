import type { MessageKey } from '../../../i18n/en.ts';
import { useT } from '../../../i18n/useT.ts';

/** A staged part's steps as a list, the current one marked (`aria-current="step"`): the channel scenes' `.stages` (styles.css). */
export function Stages({ keys, current }: { keys: readonly MessageKey[]; current: number }) {
  const t = useT();
  return (
    <ol className="stages" aria-label={t('pool.stages')}>
      {keys.map((key, i) => (
        <li key={key} aria-current={i === current ? 'step' : undefined}>
          {t(key)}
        </li>
      ))}
    </ol>
  );
}

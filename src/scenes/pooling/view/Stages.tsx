import type { MessageKey } from '../../../i18n/en.ts';
import { useT } from '../../../i18n/useT.ts';
import styles from './pooling.module.css';

/** A staged part's steps as a list, the current one marked (`aria-current="step"`), as the channel scenes show theirs. */
export function Stages({ keys, current }: { keys: readonly MessageKey[]; current: number }) {
  const t = useT();
  return (
    <ol className={styles.stages} aria-label={t('pool.stages')}>
      {keys.map((key, i) => (
        <li key={key} aria-current={i === current ? 'step' : undefined}>
          {t(key)}
        </li>
      ))}
    </ol>
  );
}

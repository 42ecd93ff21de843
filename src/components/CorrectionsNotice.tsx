import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/en.ts';
import { selectCorrections, useAppStore } from '../store/store.ts';
import type { Correction } from '../url/schema.ts';

const REASON_KEYS: Record<Correction['reason'], MessageKey> = {
  outOfRange: 'correctionOutOfRange',
  invalid: 'correctionInvalid',
  unknown: 'correctionUnknown',
  duplicate: 'correctionDuplicate',
  unknownControl: 'correctionUnknownControl',
};

/** Lists what the link asked for that could not be used as given, and what is used instead. */
export function CorrectionsNotice() {
  const t = useT();
  const corrections = useAppStore(selectCorrections);
  const dismiss = useAppStore((s) => s.dismissCorrections);
  if (corrections.length === 0) return null;
  return (
    <section className="notice notice-info" role="status">
      <p>{t('correctionsTitle')}</p>
      <ul>
        {corrections.map((c, i) => (
          // A link may repeat a key with the same value, so the position is part of the key.
          <li key={`${i}:${c.key}`}>
            {t(REASON_KEYS[c.reason], { key: c.key, given: c.given, used: c.used ?? '' })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </section>
  );
}

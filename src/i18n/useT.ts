import { useCallback } from 'react';
import { selectLang, useAppStore } from '../store/store.ts';
import { translate } from './translate.ts';
import type { Translate } from './translate.ts';

/** The translate function for the learner's language; components re-render when it changes. */
export function useT(): Translate {
  const lang = useAppStore(selectLang);
  return useCallback<Translate>((key, values) => translate(lang, key, values), [lang]);
}

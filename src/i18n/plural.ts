import type { MessageKey } from './en.ts';
import { LANG_TAGS } from './translate.ts';
import type { Lang } from './translate.ts';

const RULES = new Map<Lang, Intl.PluralRules>();

/** The CLDR plural category of `n` in a language (`one`, `other`, …), from `Intl.PluralRules`. */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = RULES.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(LANG_TAGS[lang]);
    RULES.set(lang, rules);
  }
  return rules.select(n);
}

/**
 * The key of a counted message: `base.one` when `n` takes the singular in `lang` (English 1), else
 * `base.other` (Chinese has only `other`; a catalogue writes both keys, the same text in Chinese).
 */
export function pluralKey(lang: Lang, base: string, n: number): MessageKey {
  return `${base}.${pluralCategory(lang, n) === 'one' ? 'one' : 'other'}` as MessageKey;
}

/** One of two forms by `n`'s plural category in `lang`: `forms.one` for English 1, else `forms.other`. */
export function plural(lang: Lang, n: number, forms: { one: string; other: string }): string {
  return pluralCategory(lang, n) === 'one' ? forms.one : forms.other;
}

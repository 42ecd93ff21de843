import { en } from './en.ts';
import type { MessageKey } from './en.ts';
import { zh } from './zh.ts';

/** The interface languages: English and Simplified Chinese. */
export const LANGS = ['en', 'zh'] as const;

/** A language code as used in `?lang=`. */
export type Lang = (typeof LANGS)[number];

/** The messages known so far: the shell's, then each scene's as it loads (see `addMessages`). */
const CATALOGUES: Record<Lang, Record<string, string>> = { en: { ...en }, zh: { ...zh } };

/** Adds a scene's catalogues (its chunk brings them); keys are unique per scene, so nothing is overwritten. */
export function addMessages(messages: Record<Lang, Record<string, string>>): void {
  for (const lang of LANGS) Object.assign(CATALOGUES[lang], messages[lang]);
}

/** The BCP 47 tag for `<html lang>` and number formatting. */
export const LANG_TAGS: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** Values that fill a message's `{name}` slots. */
export type MessageValues = Record<string, string | number>;

/** The message `key` in `lang`, with `{name}` slots filled from `values` (slots without a value stay visible). */
export function translate(lang: Lang, key: MessageKey, values?: MessageValues): string {
  // A key whose scene has not loaded yet shows as itself rather than breaking the view.
  const text = CATALOGUES[lang][key] ?? CATALOGUES.en[key] ?? key;
  if (values === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** A translate function bound to one language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

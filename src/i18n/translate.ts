import { en } from './en.ts';
import type { MessageKey, Messages } from './en.ts';
import { zh } from './zh.ts';

/** The interface languages: English and Simplified Chinese. */
export const LANGS = ['en', 'zh'] as const;

/** A language code as used in `?lang=`. */
export type Lang = (typeof LANGS)[number];

const CATALOGUES: Record<Lang, Messages> = { en, zh };

/** The BCP 47 tag for `<html lang>` and number formatting. */
export const LANG_TAGS: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** Values that fill a message's `{name}` slots. */
export type MessageValues = Record<string, string | number>;

/** The message `key` in `lang`, with `{name}` slots filled from `values` (slots without a value stay visible). */
export function translate(lang: Lang, key: MessageKey, values?: MessageValues): string {
  const text = CATALOGUES[lang][key] ?? en[key];
  if (values === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** A translate function bound to one language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

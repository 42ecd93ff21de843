import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { GLOSSARY } from '../../src/i18n/glossary.ts';
import { translate } from '../../src/i18n/translate.ts';
import { zh } from '../../src/i18n/zh.ts';
import { BUILT_SCENE_IDS } from '../../src/scenes/registry.ts';

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The shell's catalogues and every scene's own (found by file, so a new scene is checked too).
type Catalogues = { en: Record<string, string>; zh: Record<string, string> };
const sceneCatalogues = Object.entries(import.meta.glob<{ messages: Catalogues }>('../../src/scenes/*/messages.ts', { eager: true }));
const catalogues: [string, Catalogues][] = [['shell', { en, zh }], ...sceneCatalogues.map(([path, m]): [string, Catalogues] => [path, m.messages])];

describe('message catalogues', () => {
  it('every built scene has its own catalogue, and no key is in two catalogues', () => {
    expect(sceneCatalogues.length).toBe(BUILT_SCENE_IDS.length);
    const seen = new Map<string, string>();
    for (const [name, c] of catalogues)
      for (const key of Object.keys(c.en)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
  });

  it.each(catalogues)('%s: Chinese has exactly the English keys, none empty, none left in English', (_, c) => {
    expect(Object.keys(c.zh).sort()).toEqual(Object.keys(c.en).sort());
    for (const [key, text] of Object.entries(c.zh)) {
      expect(text.trim(), key).not.toBe('');
      // Names and formulas (no words) may stay as they are; sentences must be translated.
      // Slots ({kind}) are names for values, not words.
      const english = c.en[key].replace(/\{\w+\}/g, '0');
      if (english.split(' ').length > 4 && /[a-z]{3,}/i.test(english)) expect(text, key).not.toBe(c.en[key]);
    }
  });

  it.each(catalogues)('%s: every message has the same {slots} in both languages', (_, c) => {
    for (const key of Object.keys(c.en)) expect(slots(c.zh[key]), key).toEqual(slots(c.en[key]));
  });

  it.each(catalogues)('%s: Chinese keeps to the glossary (no word it lists as misleading)', (_, c) => {
    for (const [key, text] of Object.entries(c.zh))
      for (const term of GLOSSARY) for (const word of term.avoid) expect(text, `${key}: ${word} (say ${term.zh} for ${term.en})`).not.toContain(word);
  });

  it('translate fills slots and leaves unknown ones visible', () => {
    expect(translate('en', 'notFoundBody', { scene: 'x' })).toBe('There is no scene called “x”. Pick one from the overview.');
    expect(translate('zh', 'notFoundBody', { scene: 'x' })).toContain('“x”');
    expect(translate('en', 'notFoundBody')).toContain('{scene}');
  });
});

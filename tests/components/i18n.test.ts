import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { translate } from '../../src/i18n/translate.ts';
import { zh } from '../../src/i18n/zh.ts';

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('Chinese has exactly the English keys, none empty, none left in English', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(zh)) {
      expect(text.trim(), key).not.toBe('');
      // Names and formulas (no words) may stay as they are; sentences must be translated.
      const english = en[key as keyof typeof en];
      if (english.split(' ').length > 4 && /[a-z]{3,}/i.test(english)) expect(text, key).not.toBe(english);
    }
  });

  it('every message has the same {slots} in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(slots(zh[key]), key).toEqual(slots(en[key]));
  });

  it('translate fills slots and leaves unknown ones visible', () => {
    expect(translate('en', 'notFoundBody', { scene: 'x' })).toBe('There is no scene called “x”. Pick one from the overview.');
    expect(translate('zh', 'notFoundBody', { scene: 'x' })).toContain('“x”');
    expect(translate('en', 'notFoundBody')).toContain('{scene}');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { defineScene } from '../../src/scenes/define.ts';
import { registerScene } from '../../src/scenes/registry.ts';
import { useAppStore } from '../../src/store/store.ts';
import { applyHash, hashFor } from '../../src/store/urlSync.ts';
import { intParam, pairParam } from '../../src/url/params.ts';

// A scene of this file only: `controls=` is checked against its form fields (kernel_size, stride).
const schema = { kernelSize: pairParam('kernel_size', 1, 11, 3), stride: intParam('stride', 1, 4, 1), seed: { ...intParam('seed', 0, 9, 0), field: undefined } };
registerScene(defineScene({ id: 'present-probe', title: { en: 'Probe', zh: '探针' }, summary: { en: 'A test scene.', zh: '测试场景。' }, schema, playback: false, load: () => Promise.resolve({ default: () => null }) }));

afterEach(() => useAppStore.getState().reset());

describe('present, embed and controls in the link', () => {
  it('present=1 embed=0 controls=stride are read and written back after the scene values', () => {
    applyHash('#/present-probe?stride=2&present=1&embed=0&controls=stride');
    const s = useAppStore.getState();
    expect([s.present, s.embed, s.controls]).toEqual([true, false, ['stride']]);
    expect(s.corrections).toEqual([]);
    expect(hashFor(s)).toBe('#/present-probe?stride=2&present=1&controls=stride');
  });

  it('an unknown control and a control that is no form field (seed) are each reported and dropped', () => {
    applyHash('#/present-probe?embed=1&controls=kernal_size, stride ,seed');
    const s = useAppStore.getState();
    expect(s.controls).toEqual(['stride']);
    expect(s.corrections).toEqual([
      { key: 'controls', given: 'kernal_size', used: null, reason: 'unknownControl' },
      { key: 'controls', given: 'seed', used: null, reason: 'unknownControl' },
    ]);
  });

  it('controls= (empty) shows no parameters; an unreadable present keeps the ordinary page and says so', () => {
    applyHash('#/present-probe?controls=&present=sure');
    const s = useAppStore.getState();
    expect(s.controls).toEqual([]);
    expect(s.present).toBe(false);
    expect(s.corrections).toEqual([{ key: 'present', given: 'sure', used: '0', reason: 'invalid' }]);
    expect(hashFor(s)).toBe('#/present-probe?controls=');
  });

  it('a link without them resets them (B blank too)', () => {
    applyHash('#/present-probe?present=1');
    useAppStore.getState().toggleBlank();
    applyHash('#/present-probe');
    const s = useAppStore.getState();
    expect([s.present, s.embed, s.controls, s.blank]).toEqual([false, false, null, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { nearestValidStack, receptiveFieldModel, receptiveFieldProblems, RF_PRESETS } from '../../src/scenes/receptiveField/model.ts';
import { layersParam, receptiveFieldSchema, rfLayer } from '../../src/scenes/receptiveField/schema.ts';
import { parseParams, serializeParams } from '../../src/url/schema.ts';

const codec = receptiveFieldSchema.layers;

describe('layers in the link', () => {
  it('reads conv:k3:s1:d2,pool:k2:s2 with PyTorch defaults for what is omitted (pool stride = kernel)', () => {
    expect(codec.parse('conv:k3:s1:d2,pool:k2')).toEqual({ value: [rfLayer('conv', 3, { d: 2 }), { kind: 'pool', k: 2, s: 2, p: 0, d: 1 }] });
    expect(codec.format([rfLayer('conv', 3, { d: 2 }), rfLayer('pool', 2)])).toBe('conv:k3:d2,pool:k2');
  });

  it('clamps numbers, drops unreadable layers, falls back to the default when nothing is left', () => {
    expect(codec.parse('conv:k99:s0')).toEqual({ value: [rfLayer('conv', 11, { s: 1 })], issue: 'outOfRange' });
    expect(codec.parse('conv:k3,deconv:k2,conv:x5')).toEqual({ value: [rfLayer('conv', 3)], issue: 'invalid' });
    expect(codec.parse('<script>')).toEqual({ value: codec.default, issue: 'invalid' });
    expect(codec.parse(new Array(8).fill('conv:k3').join(',')).value).toHaveLength(6);
  });

  it('round-trips through the URL codec', () => {
    const values = { size: [32, 32] as [number, number], layers: RF_PRESETS[3].layers };
    const query = new URLSearchParams(serializeParams(receptiveFieldSchema, values));
    expect(query.toString()).toBe('size=32&layers=conv%3Ak7%3As2%2Cconv%3Ak3%3As2%2Cconv%3Ak3%2Cconv%3Ak3');
    expect(parseParams(receptiveFieldSchema, query).values).toEqual(values);
    expect(layersParam('layers', []).equals([rfLayer('pool', 2)], [rfLayer('pool', 2, { s: 2 })])).toBe(true);
  });
});

describe('receptive-field model', () => {
  it('the presets reproduce the classic facts: 5, 7, 15 and 27', () => {
    const r = RF_PRESETS.slice(0, 4).map((p) => receptiveFieldModel({ size: [p.size, p.size], layers: p.layers }).rows.at(-1)?.r[0]);
    expect(r).toEqual([5, 7, 15, 27]);
  });

  it('two 3×3 against one 5×5: 18 vs 25 weights per channel pair; three 3×3 against 7×7: 27 vs 49', () => {
    const two = receptiveFieldModel({ size: [16, 16], layers: RF_PRESETS[0].layers });
    expect([two.stackWeights, two.singleWeights]).toEqual([18, 25]);
    const three = receptiveFieldModel({ size: [16, 16], layers: RF_PRESETS[1].layers });
    expect([three.stackWeights, three.singleWeights]).toEqual([27, 49]);
    expect(three.sizes).toEqual([[16, 16], [14, 14], [12, 12], [10, 10]]);
  });

  it('a layer that cannot fit names the layer, the span and the padded input; the nearest valid stack grows the input', () => {
    const v = { size: [8, 8] as [number, number], layers: [rfLayer('conv', 7, { s: 2 }), rfLayer('conv', 3, { s: 2 }), rfLayer('conv', 3)] };
    // 8 → (k7, s2) → 1 cell: layer 2's 3×3 window cannot fit.
    expect(receptiveFieldProblems(v)).toEqual([{ code: 'rfTooSmall', values: { layer: 2, span: 3, padded: 1 } }]);
    expect(receptiveFieldProblems(nearestValidStack(v))).toEqual([]);
    expect(receptiveFieldProblems({ size: [8, 8], layers: [rfLayer('pool', 2, { p: 2 })] })[0]).toEqual({ code: 'rfPoolPadding', values: { layer: 1, padding: 2, max: 1 } });
  });

  it("pooling padding is limited by half the dilated window (the engine's rule): k=3 d=2 allows 2, not 3; a conv layer has no such limit", () => {
    expect(receptiveFieldProblems({ size: [8, 8], layers: [rfLayer('pool', 3, { d: 2, p: 2 })] })).toEqual([]);
    expect(receptiveFieldProblems({ size: [8, 8], layers: [rfLayer('conv', 3), rfLayer('pool', 3, { d: 2, p: 3 })] })).toEqual([{ code: 'rfPoolPadding', values: { layer: 2, padding: 3, max: 2 } }]);
    expect(receptiveFieldProblems({ size: [8, 8], layers: [rfLayer('conv', 3, { p: 3 })] })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { fcAsConv, fcProblems, gapHeads, nearestValidFc, ninModel, softmax, textCnn } from '../../src/scenes/pooling/heads.ts';
import { nearestValidWindow, otherRounding, paddingLimit, WINDOW_PRESETS, windowModel, windowProblems } from '../../src/scenes/pooling/model.ts';
import { fcConvCode, gapCode, ninCode, windowCode } from '../../src/scenes/pooling/code.ts';
import { poolingSchema } from '../../src/scenes/pooling/schema.ts';
import type { PoolingValues } from '../../src/scenes/pooling/schema.ts';
import { defaults } from '../../src/url/schema.ts';

const v = (p: Partial<PoolingValues> = {}): PoolingValues => ({ ...defaults(poolingSchema), ...p });
const preset = (id: string) => v(WINDOW_PRESETS.find((p) => p.id === id)?.values);

describe('pooling scene: the window part', () => {
  it('x=[1,6,6] max k=2 s=2 p=0: a 3×3 output, no parameters, no MACs, each cell the max of its window', () => {
    const m = windowModel(v());
    expect(m.outShape).toEqual([1, 3, 3]);
    expect([m.params, m.macs]).toEqual([0, 0]);
    for (let oy = 0; oy < 3; oy++)
      for (let ox = 0; ox < 3; ox++) {
        const window = [0, 1].flatMap((dy) => [0, 1].map((dx) => m.x.data[(2 * oy + dy) * 6 + 2 * ox + dx]));
        expect(m.output.data[oy * 3 + ox]).toBe(Math.max(...window));
      }
  });

  it('presets: VGG 6×6 → 3×3, AlexNet overlapping 7×7 → 3×3, Inception 3×3 s=1 p=1 keeps 6×6, ceil_mode 5×5 → 3×3 (2×2 without)', () => {
    expect(windowModel(preset('vggPool')).outShape).toEqual([1, 3, 3]);
    expect(windowModel(preset('alexnetPool')).outShape).toEqual([1, 3, 3]);
    expect(windowModel(preset('inceptionPool')).outShape).toEqual([1, 6, 6]);
    expect(windowModel(preset('ceil')).outShape).toEqual([1, 3, 3]);
    expect(otherRounding(preset('ceil'))).toEqual([2, 2]);
    expect(windowModel(preset('avgPad')).outShape).toEqual([1, 3, 3]);
  });

  it('padding above half the window is refused per axis, naming the limit; with dilation the limit is half the dilated window', () => {
    expect(windowProblems(v({ kernelSize: [3, 3], padding: [2, 1] }))).toEqual([
      { code: 'pool.padding', values: { axis: 'height', padding: 2, max: 1, kernel: 3, dilation: 1, span: 3 } },
    ]);
    // kernel 3 with dilation 2 spans 5 cells: padding 2 is allowed, 3 is not.
    expect(windowProblems(v({ kernelSize: [3, 3], dilation: [2, 2], padding: [2, 2], size: [8, 8] }))).toEqual([]);
    const dilated = windowProblems(v({ kernelSize: [3, 3], dilation: [2, 2], padding: [3, 0], size: [8, 8] }));
    expect(dilated).toEqual([{ code: 'pool.paddingDilated', values: { axis: 'height', padding: 3, max: 2, kernel: 3, dilation: 2, span: 5 } }]);
    // Average pooling has no dilation: the same padding is judged against the plain window.
    expect(windowProblems(v({ mode: 'avg', kernelSize: [3, 3], dilation: [2, 2], padding: [2, 0], size: [8, 8] }))[0].code).toBe('pool.padding');
    expect(paddingLimit(v({ kernelSize: [3, 5], dilation: [2, 1] }))).toEqual({ span: [5, 5], max: [2, 2] });
  });

  it('a window wider than the padded input is refused with the sizes; the nearest valid setting works', () => {
    const bad = v({ size: [3, 3], kernelSize: [5, 2], padding: [0, 0] });
    expect(windowProblems(bad)).toEqual([{ code: 'pool.tooLarge', values: { axis: 'height', kernel: 5, dilation: 1, span: 5, padded: 3, size: 3, padding: 0 } }]);
    for (const q of [bad, v({ kernelSize: [3, 3], padding: [4, 4] }), v({ size: [2, 2], kernelSize: [4, 4], dilation: [4, 4], padding: [4, 4] })]) {
      expect(windowProblems(nearestValidWindow(q))).toEqual([]);
    }
  });

  it('average pooling with count_include_pad=False divides by the input cells only', () => {
    const m = windowModel(preset('avgPad'));
    // Output [0, 0]: the window covers rows −1…1 and columns −1…1, of which 2×2 are input cells.
    const inside = [0, 1, 5, 6].map((i) => m.x.data[i]);
    expect(m.output.data[0]).toBeCloseTo(inside.reduce((a, b) => a + b, 0) / 4, 5);
  });
});

describe('pooling scene: heads', () => {
  it('VGG-16 head 7×7×512 → 4096 → 4096 → 1000 has 123,642,856 parameters; GAP + FC 512 → 1000 has 513,000', () => {
    const h = gapHeads(v());
    expect(h.fc.map((l) => l.params)).toEqual([102_764_544, 16_781_312, 4_097_000]);
    expect(h.fcTotal.params).toBe(123_642_856);
    expect(h.gap.map((l) => l.params)).toEqual([0, 513_000]);
    expect(h.gapTotal.params).toBe(513_000);
    expect(h.flatFeatures).toBe(25_088);
    expect(h.fcTotal.macs).toBe(25_088 * 4096 + 4096 * 4096 + 4096 * 1000);
    expect(h.gapTotal.macs).toBe(512_000);
  });

  it('GAP takes any map size; the FC head only 7×7 (a 10×10 map flattens to 51,200 values)', () => {
    expect(gapHeads(v()).fed.ok).toBe(true);
    const h = gapHeads(v({ feed: 10 }));
    expect(h.fed).toEqual({ ok: false, features: 51_200, gapOut: [512, 1, 1], classesOut: [1000] });
    expect(gapCode(v({ feed: 10 }), false)).toContain('fc_head(x)  # RuntimeError: mat1 and mat2 shapes cannot be multiplied');
  });

  it('GAP averages each drawn channel to one number: the mean of its cells', () => {
    const h = gapHeads(v({ feed: 3 }));
    expect(h.sample.shape).toEqual([4, 3, 3]);
    for (let c = 0; c < 4; c++) {
      const cells = Array.from(h.sample.data.subarray(c * 9, c * 9 + 9));
      expect(h.means.data[c]).toBeCloseTo(cells.reduce((a, b) => a + b, 0) / 9, 5);
    }
  });

  it('AlexNet FC1 9216 → 4096 is a conv of 4096 filters 6×6×256: 37,752,832 parameters either way; on 8×8 the conv gives 3×3, the FC is rejected', () => {
    const { rows } = fcAsConv(v());
    expect(rows[0].fcParams).toBe(37_752_832);
    expect(rows[0].convParams).toBe(37_752_832);
    expect(rows.map((r) => r.fcParams)).toEqual(rows.map((r) => r.convParams));
    expect(rows.map((r) => r.convAtMap)).toEqual([[4096, 1, 1], [4096, 1, 1], [1000, 1, 1]]);
    expect(rows.map((r) => r.convAtFeed)).toEqual([[4096, 3, 3], [4096, 3, 3], [1000, 3, 3]]);
    expect(rows[0].fcAtFeed).toEqual({ ok: false, features: 16_384 });
    expect(rows[0].convMacsAtFeed).toBe(9 * 37_748_736);
    expect(fcConvCode(v(), rows[2].convAtFeed, false)).toContain('fully_conv(x)  # (1, 1000, 3, 3)');
    expect(fcAsConv(v({ fcFeed: 6 })).rows[0].fcAtFeed.ok).toBe(true);
  });

  it('a fed map smaller than the FC window, or a sentence shorter than the kernel, is a problem', () => {
    expect(fcProblems(v({ fcFeed: 5 }))).toEqual([{ code: 'pool.fcFeed', values: { fc_feed: 5, fc_map: 6 } }]);
    expect(fcProblems(v({ textLength: 2 }))[0].code).toBe('pool.textShort');
    expect(fcProblems(nearestValidFc(v({ fcFeed: 2, textLength: 1 })))).toEqual([]);
  });

  it('text CNN: Conv1d 24 → 48, k=3 has 3,504 parameters; a 1×1 to 12 first: 300 + 1,776 = 2,076', () => {
    const t = textCnn(v());
    expect(t.direct.params).toBe(3504);
    expect(t.stack.map((l) => l.params)).toEqual([300, 1776]);
    expect(t.stack[0].params + t.stack[1].params).toBe(2076);
    expect(t.direct.macs).toBe(48 * 48 * 24 * 3);
  });

  it('NIN head: one map per class, each map’s mean is its score, softmax sums to 1; conv 192 → 10 has 1,930 parameters', () => {
    const m = ninModel(v());
    expect(m.maps.shape).toEqual([10, 8, 8]);
    expect(m.drawn).toBe(10);
    for (let k = 0; k < 10; k++) {
      const cells = Array.from(m.maps.data.subarray(k * 64, k * 64 + 64));
      expect(m.scores.data[k]).toBeCloseTo(cells.reduce((a, b) => a + b, 0) / 64, 4);
    }
    expect(m.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(m.conv.params).toBe(1930);
    expect(m.fc.params).toBe(192 * 64 * 10 + 10);
    expect(ninCode(v())).toContain('nn.Conv2d(192, 10, kernel_size=1)');
    // The probabilities are not all alike: the maps differ.
    expect(Math.max(...m.probs) - Math.min(...m.probs)).toBeGreaterThan(0.02);
  });

  it('softmax is shift-invariant and never overflows', () => {
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
    const a = softmax([1, 2, 3]);
    const b = softmax([11, 12, 13]);
    a.forEach((p, i) => expect(p).toBeCloseTo(b[i], 12));
  });

  it('window code: stride and kernel written out, the rest only when not PyTorch’s default', () => {
    expect(windowCode(v(), [1, 3, 3])).toContain('pool = nn.MaxPool2d(kernel_size=2, stride=2)');
    const avg = windowCode(v(WINDOW_PRESETS[4].values), [1, 3, 3]);
    expect(avg).toContain('nn.AvgPool2d(kernel_size=3, stride=2, padding=1, count_include_pad=False)');
    expect(windowCode(v({ kernelSize: [2, 3], dilation: [2, 1], ceilMode: true }), [1, 2, 2])).toContain('kernel_size=(2, 3), stride=2, dilation=(2, 1), ceil_mode=True');
  });
});

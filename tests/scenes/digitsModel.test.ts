import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/digits-forward.json';
import net from '../../public/digits-nin.json';
import { softmax, tensor } from '../../src/engine/index.ts';
import { classActivation, explainCell, forward, LAYERS, netCounts, parseNet } from '../../src/scenes/digits/model.ts';
import type { DigitsNet } from '../../src/scenes/digits/model.ts';
import { inkToPixels } from '../../src/scenes/digits/ink.ts';

const parsed = parseNet(net);
if ('reason' in parsed) throw new Error(`weights file refused: ${parsed.reason} ${parsed.part}`);
const trained: DigitsNet = parsed;

describe('digits forward pass against PyTorch (scripts/train_digits.py)', () => {
  for (const c of fixtures.cases) {
    it(`test image ${c.index} (label ${c.label}): every layer within 1e-5`, () => {
      const f = forward(trained, c.pixels);
      for (const [name, expected] of Object.entries(c.layers)) {
        const got = f[name as keyof typeof f] as { shape: number[]; data: Float32Array };
        expect(got.shape, name).toEqual(expected.shape);
        let worst = 0;
        for (let i = 0; i < expected.data.length; i++) worst = Math.max(worst, Math.abs(got.data[i] - expected.data[i]));
        expect(worst, `${name}: max |engine − PyTorch|`).toBeLessThanOrEqual(1e-5);
      }
    });
  }

  it('every bundled test sample: the engine predicts what PyTorch predicted', () => {
    const differ = trained.samples.filter((s) => forward(trained, s.pixels).predicted !== s.predicted).map((s) => s.index);
    expect(differ).toEqual([]);
  });

  it('the accuracy in the file is the share of its samples predicted right or close to it', () => {
    const right = trained.samples.filter((s) => s.label === s.predicted).length / trained.samples.length;
    expect(trained.testCorrect / trained.testCount).toBeGreaterThan(0.9);
    expect(Math.abs(right - trained.testCorrect / trained.testCount)).toBeLessThan(0.05);
  });
});

describe('digits cell explanations', () => {
  const f = forward(trained, fixtures.cases[0].pixels);
  it('a conv2 cell: 8 channels × 9 terms plus bias equal the map value', () => {
    const e = explainCell(trained, f, 'conv2', [3, 1, 2]);
    expect(e.kind).toBe('conv');
    if (e.kind !== 'conv') return;
    expect(e.explanation.terms).toHaveLength(72);
    expect(e.explanation.value).toBe(f.conv2.data[(3 * 4 + 1) * 4 + 2]);
  });
  it('a pool cell is the largest of its 2×2 window; a ReLU cell is max(before, 0)', () => {
    const p = explainCell(trained, f, 'pool1', [2, 3, 1]);
    if (p.kind !== 'pool') throw new Error('not a pool cell');
    expect(p.value).toBe(Math.max(...p.window));
    const r = explainCell(trained, f, 'relu2', [5, 0, 0]);
    if (r.kind !== 'relu') throw new Error('not a relu cell');
    expect(r.value).toBe(Math.max(r.before, 0));
  });
  it('every layer name explains its corner cell', () => {
    for (const l of LAYERS) expect(() => explainCell(trained, f, l, [0, 0, 0])).not.toThrow();
  });
  it('the class activation map repeats each 4×4 cell over its 2×2 input pixels', () => {
    const cam = classActivation(f, f.predicted);
    expect(cam[0]).toBe(cam[9]);
    expect(cam[63]).toBe(f.classMaps.data[f.predicted * 16 + 15]);
  });
});

describe('digits network size from the engine', () => {
  it('conv1 80, conv2 1,168, conv3 170 parameters; MACs per 8×8 image', () => {
    const c = netCounts();
    expect(c.rows.map((r) => r.params)).toEqual([80, 1168, 170]);
    expect(c.params).toBe(1418);
    expect(c.rows.map((r) => r.macs)).toEqual([8 * 64 * 9, 16 * 16 * 72, 10 * 16 * 16]);
    expect(c.macs).toBe(4608 + 18432 + 2560);
  });
});

describe('digits weights file checks', () => {
  it('refuses a file that is not an object, a missing weight, a wrong shape, a NaN', () => {
    expect(parseNet('<html>')).toEqual({ reason: 'notJson', part: 'digits-nin.json' });
    const copy = JSON.parse(JSON.stringify(net)) as { weights: Record<string, { shape: number[]; data: unknown[] }> };
    delete copy.weights['conv2.bias'];
    expect(parseNet(copy)).toEqual({ reason: 'missing', part: 'conv2.bias' });
    const wrong = JSON.parse(JSON.stringify(net)) as typeof copy;
    wrong.weights['conv1.weight'].shape = [8, 1, 5, 5];
    expect(parseNet(wrong)).toMatchObject({ reason: 'shape' });
    const nan = JSON.parse(JSON.stringify(net)) as typeof copy;
    nan.weights['conv3.weight'].data[4] = 'x';
    expect(parseNet(nan)).toEqual({ reason: 'values', part: 'conv3.weight' });
  });
});

describe('softmax (engine)', () => {
  it('z=[1,2,3]: PyTorch gives 0.09003057, 0.24472848, 0.66524094', () => {
    const p = softmax(tensor([3], [1, 2, 3]));
    expect(Array.from(p.data)).toEqual([0.09003057, 0.24472848, 0.66524094].map(Math.fround));
  });
  it('huge scores do not overflow; a shift changes nothing', () => {
    const p = softmax(tensor([2], [1000, 1000]));
    expect(Array.from(p.data)).toEqual([0.5, 0.5]);
    const a = softmax(tensor([4], [0.5, -1, 2, 0])).data;
    const b = softmax(tensor([4], [10.5, 9, 12, 10])).data;
    for (let i = 0; i < 4; i++) expect(a[i]).toBeCloseTo(b[i], 6);
  });
  it('names the op and the value: a NaN score, an empty vector, a matrix', () => {
    expect(() => softmax(tensor([2], [0, NaN]))).toThrow('softmax: score 1 is NaN');
    expect(() => softmax(tensor([0]))).toThrow('softmax: input has no scores');
    expect(() => softmax(tensor([1, 2], [0, 1]))).toThrow(/softmax: input must have 1 dimensions/);
  });
});

describe('inkToPixels: a drawing as load_digits pixels', () => {
  const side = 64;
  const draw = (paint: (y: number, x: number) => boolean) => Float32Array.from({ length: side * side }, (_, i) => (paint(Math.floor(i / side), i % side) ? 1 : 0));
  it('an empty canvas is all zero', () => {
    expect(inkToPixels(new Float32Array(side * side), side)).toEqual(new Array(64).fill(0));
  });
  it('a filled square anywhere fills all 64 pixels with 16', () => {
    expect(inkToPixels(draw((y, x) => y >= 10 && y < 30 && x >= 20 && x < 40), side)).toEqual(new Array(64).fill(16));
  });
  it('a small vertical bar is scaled to the full height and centred: the middle columns only', () => {
    const px = inkToPixels(draw((y, x) => y >= 5 && y < 25 && x >= 30 && x < 34), side);
    for (let r = 0; r < 8; r++) {
      expect(px.slice(r * 8, r * 8 + 3)).toEqual([0, 0, 0]);
      expect(px[r * 8 + 3] + px[r * 8 + 4]).toBeGreaterThan(0);
      expect(px.slice(r * 8 + 5, r * 8 + 8)).toEqual([0, 0, 0]);
    }
    expect(px.every((p) => p >= 0 && p <= 16 && Number.isInteger(p))).toBe(true);
  });
});

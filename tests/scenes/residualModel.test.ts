import { describe, expect, it } from 'vitest';
import { add, relu } from '../../src/engine/index.ts';
import { residualCode } from '../../src/scenes/residual/code.ts';
import { computeAll, residualCompute } from '../../src/scenes/residual/compute.ts';
import { explainCell, linkedCell } from '../../src/scenes/residual/explain.ts';
import { binomial, formatMagnitude, gradientIllustration } from '../../src/scenes/residual/gradient.ts';
import { RESIDUAL_PRESETS, blockPlan, nearestValidResidual, residualProblems } from '../../src/scenes/residual/model.ts';
import { residualSchema } from '../../src/scenes/residual/schema.ts';
import type { ResidualValues } from '../../src/scenes/residual/schema.ts';
import { defaults } from '../../src/url/schema.ts';

const v = (p: Partial<ResidualValues> = {}): ResidualValues => ({ ...defaults(residualSchema), ...p });
const preset = (id: string) => v(RESIDUAL_PRESETS.find((p) => p.id === id)!.values);
const paramsOf = (values: ResidualValues) => Object.fromEntries(blockPlan(values).layers.map((l) => [l.name, l.params]));
const group = (n: number) => n.toLocaleString('en');

describe('residual block plan: torchvision counts (BN weight and bias counted, running statistics not)', () => {
  it('BasicBlock 64 → 64: 36,864 + 128 + 36,864 + 128 = 73,984; on 64×4×4, 1,181,696 MACs', () => {
    const plan = blockPlan(preset('basic64'));
    expect(paramsOf(preset('basic64'))).toMatchObject({ conv1: 36864, bn1: 128, conv2: 36864, bn2: 128, 'identity = x': 0 });
    expect(plan.params).toBe(73984);
    expect(plan.macs).toBe(2 * 16 * 64 * 64 * 9 + 2 * 64 * 16);
    expect(plan.fShape).toEqual([64, 4, 4]);
    expect(plan.skipParams).toBe(0);
    // running_mean and running_var of bn1 and bn2: buffers, not parameters.
    expect(plan.buffers).toBe(2 * (64 + 64));
  });

  it('Bottleneck 256 → 64 → 256: 16,384 + 128 + 36,864 + 128 + 16,384 + 512 = 70,400', () => {
    const plan = blockPlan(preset('bottleneck256'));
    expect(plan.layers.filter((l) => l.params > 0).map((l) => l.params)).toEqual([16384, 128, 36864, 128, 16384, 512]);
    expect(plan.params).toBe(70400);
    expect(plan.fShape).toEqual([256, 4, 4]);
    expect(plan.outChannels).toBe(256);
  });

  it('BasicBlock 64 → 128, stride 2, 1×1 projection: 230,144 (ResNet-18 layer2[0]); F(x) and the projection are [128, 2, 2]', () => {
    const plan = blockPlan(preset('basic128'));
    expect(plan.params).toBe(230144);
    expect(plan.skipParams).toBe(8192 + 256);
    expect(plan.skipShare).toBeCloseTo((100 * 8448) / 230144, 10);
    expect(plan.layers.find((l) => l.node === 'proj')!.outShape).toEqual([128, 2, 2]);
    expect(plan.fShape).toEqual([128, 2, 2]);
  });

  it('Bottleneck 256 → 128 → 512, stride 2 on the 3×3 (v1.5): 379,392; Bottleneck 64 → 64 → 256 with projection: 75,008', () => {
    const plan = blockPlan(preset('bottleneck512'));
    expect(plan.params).toBe(379392);
    expect(plan.layers.find((l) => l.node === 'conv1')!.outShape).toEqual([128, 4, 4]);
    expect(plan.layers.find((l) => l.node === 'conv2')!.outShape).toEqual([128, 2, 2]);
    expect(blockPlan(v({ block: 'bottleneck', inplanes: 64, planes: 64, downsample: 'conv1x1' })).params).toBe(75008);
  });

  it('the steps follow torchvision’s forward: F unit by unit, the skip, the sum, the final ReLU', () => {
    expect(blockPlan(v()).steps.map((s) => s.node)).toEqual(['x', 'conv1', 'bn1', 'relu1', 'conv2', 'bn2', 'identity', 'add', 'out']);
    expect(blockPlan(preset('bottleneck512')).steps.map((s) => s.node)).toEqual(['x', 'conv1', 'bn1', 'relu1', 'conv2', 'bn2', 'relu2', 'conv3', 'bn3', 'proj', 'projBn', 'add', 'out']);
  });
});

describe('residual problems: an identity skip needs equal shapes', () => {
  it('stride 2 with the identity: F(x) [64, 2, 2] cannot be added to x [64, 4, 4]; the nearest valid setting projects', () => {
    const bad = v({ stride: 2 });
    expect(residualProblems(bad)).toEqual([{ code: 'residualShapes', values: { fx: '[64, 2, 2]', x: '[64, 4, 4]', inplanes: 64, stride: 2, out: 64 } }]);
    expect(nearestValidResidual(bad)).toEqual({ ...bad, downsample: 'conv1x1' });
    expect(residualProblems(nearestValidResidual(bad))).toEqual([]);
  });

  it('a channel change with the identity (Bottleneck 64 → 64 → 256) names [256, 4, 4] and [64, 4, 4]; matching shapes need no projection', () => {
    const p = residualProblems(v({ block: 'bottleneck', inplanes: 64, planes: 64 }));
    expect(p[0].values).toMatchObject({ fx: '[256, 4, 4]', x: '[64, 4, 4]' });
    expect(residualProblems(preset('bottleneck256'))).toEqual([]);
    expect(residualProblems(v({ downsample: 'conv1x1', inplanes: 3, planes: 5, stride: 2 }))).toEqual([]);
  });

  it('every setting is either addable or reported, over the whole range', () => {
    for (const block of ['basic', 'bottleneck'] as const)
      for (const inplanes of [1, 3, 4, 16, 64, 256])
        for (const planes of [1, 4, 16, 64])
          for (const stride of [1, 2])
            for (const size of [1, 2, 3, 5]) {
              const s = v({ block, inplanes, planes, stride, size: [size, size] });
              const plan = blockPlan(s);
              const same = plan.fShape.join() === plan.xShape.join();
              expect(residualProblems(s).length === 0, JSON.stringify(s)).toBe(same);
            }
  });
});

describe('residual values: every tensor from the engine', () => {
  it('y = relu(F(x) + x) element by element, F(x) = bn2; the identity is x itself', () => {
    const d = computeAll(v({ inplanes: 3, planes: 3, size: [3, 4] }));
    const t = d.tensors;
    expect(t.identity).toBe(t.x);
    expect([...t.add!.data]).toEqual([...add(t.bn2!, t.x!).data]);
    expect([...t.out!.data]).toEqual([...relu(t.add!).data]);
    expect(t.out!.shape).toEqual([3, 3, 4]);
    expect(t.out!.data.every((y) => y >= 0)).toBe(true);
  });

  it('with a projection the sum adds downsample(x): F(x) + projBn, shapes [8, 2, 2]', () => {
    const d = computeAll(v({ inplanes: 4, planes: 8, stride: 2, downsample: 'conv1x1' }));
    expect(d.tensors.projBn!.shape).toEqual([8, 2, 2]);
    expect([...d.tensors.add!.data]).toEqual([...add(d.tensors.bn2!, d.tensors.projBn!).data]);
  });

  it('every cell’s story ends in the value drawn: conv sums, batch norm’s formula, ReLU, the sum', () => {
    const d = computeAll(preset('tiny'));
    for (const node of ['conv1', 'bn1', 'relu1', 'conv2', 'bn2', 'add', 'out'] as const) {
      const story = explainCell(d, node, [1, 2, 3]);
      expect(story.value, node).toBe(d.tensors[node]!.data[(1 * 4 + 2) * 4 + 3]);
      if (story.op === 'conv') {
        expect(story.terms).toHaveLength(2 * 9);
        expect(story.terms.reduce((s, term) => s + term.product, 0)).toBeCloseTo(story.value, 4);
      }
      if (story.op === 'bn') expect((story.v - story.mean) / Math.sqrt(story.variance + story.eps) * story.gamma + story.beta).toBeCloseTo(story.value, 4);
      if (story.op === 'add') expect(story.f + story.shortcut).toBeCloseTo(story.value, 5);
      if (story.op === 'relu') expect(Math.max(0, story.v)).toBe(story.value);
    }
  });

  it('x is whole numbers 0–4, convolution weights −1, 0, 1; the running statistics are each channel’s own (two decimals)', () => {
    const d = computeAll(preset('tiny'));
    expect(d.tensors.x!.data.every((x) => Number.isInteger(x) && x >= 0 && x <= 4)).toBe(true);
    expect(d.weights.conv1!.data.every((w) => [-1, 0, 1].includes(w))).toBe(true);
    const conv1 = d.tensors.conv1!.data.subarray(0, 16);
    const mean = conv1.reduce((s, x) => s + x, 0) / 16;
    expect(d.norms.bn1!.runningMean.data[0]).toBeCloseTo(Math.round(mean * 100) / 100, 5);
  });

  it('the same seed gives the same block; computing in slices gives exactly what one pass gives', () => {
    const s = v({ inplanes: 32, planes: 48, stride: 2, downsample: 'conv1x1', seed: 7 });
    const a = computeAll(s);
    expect([...computeAll(s).tensors.out!.data]).toEqual([...a.tensors.out!.data]);
    const run = residualCompute(s);
    let r = run.next();
    let yields = 0;
    while (!r.done) {
      yields++;
      expect(r.value).toBeGreaterThanOrEqual(0);
      expect(r.value).toBeLessThanOrEqual(1);
      r = run.next();
    }
    expect(yields).toBeGreaterThan(1);
    expect([...r.value.tensors.out!.data]).toEqual([...a.tensors.out!.data]);
  });

  it('linked cells: the same cell at the same size, twice the position in a map twice as large', () => {
    expect(linkedCell([4, 4], [4, 4], [1, 2])).toEqual([1, 2]);
    expect(linkedCell([2, 2], [4, 4], [1, 1])).toEqual([2, 2]);
    expect(linkedCell([3, 3], [5, 5], [2, 1])).toEqual([4, 2]);
    expect(linkedCell([4, 4], [2, 2], [3, 2])).toEqual([1, 1]);
  });
});

describe('gradient through N layers', () => {
  it('N=10, a=0.2: a^N = 1.02 × 10⁻⁷ without skips, (1 + a)^N = 6.19 with', () => {
    const g = gradientIllustration(10, 0.2);
    expect(g.plain[10]).toBeCloseTo(0.2 ** 10, 20);
    expect(g.residual[10]).toBeCloseTo(1.2 ** 10, 10);
    expect(formatMagnitude(g.plain[10], group)).toBe('1.02 × 10⁻⁷');
    expect(formatMagnitude(g.residual[10], group)).toBe('6.19');
    expect(g.paths).toBe(1024);
  });

  it('the expansion: C(N, k)·a^k for k = 0, 1, 2 and the plain path k = N; all groups add up to (1 + a)^N', () => {
    const g = gradientIllustration(10, 0.2);
    expect(g.terms.map((term) => [term.k, term.paths])).toEqual([[0, 1], [1, 10], [2, 45], [10, 1]]);
    expect(g.terms[1].total).toBeCloseTo(2, 12);
    let sum = 0;
    for (let k = 0; k <= 10; k++) sum += binomial(10, k) * 0.2 ** k;
    expect(sum).toBeCloseTo(g.residual[10], 10);
    expect(gradientIllustration(1, 0.5).terms.map((term) => term.k)).toEqual([0, 1]);
  });

  it('the path through every skip is worth 1 whatever a is: a = 0 kills the plain gradient, not the residual one', () => {
    const g = gradientIllustration(50, 0);
    expect(g.plain[50]).toBe(0);
    expect(g.residual[50]).toBe(1);
    expect(formatMagnitude(0, group)).toBe('0');
  });

  it('magnitudes: plain from 0.001 to 99,999, powers of ten outside', () => {
    expect(formatMagnitude(0.107, group)).toBe('0.107');
    expect(formatMagnitude(3325.26, group)).toBe('3,325');
    expect(formatMagnitude(9.999e-4, group)).toBe('1 × 10⁻³');
    expect(formatMagnitude(1.27e30, group)).toBe('1.27 × 10³⁰');
  });
});

describe('residual code', () => {
  it('torchvision’s BasicBlock with downsample=None, the shape and 73984 parameters', () => {
    const code = residualCode(v());
    expect(code).toContain('class BasicBlock(nn.Module):');
    expect(code).toContain('self.conv1 = conv3x3(inplanes, planes, stride)');
    expect(code).toContain('downsample = None');
    expect(code).toContain('block = BasicBlock(64, 64, stride=1,');
    expect(code).toContain('y = block(x)  # (1, 64, 4, 4)');
    expect(code).toContain('# 73984 parameters');
  });

  it('a Bottleneck with its projection conv1x1(256, 512, stride=2) + BatchNorm2d(512); an impossible identity says why', () => {
    const code = residualCode(preset('bottleneck512'));
    expect(code).toContain('class Bottleneck(nn.Module):');
    expect(code).toContain('    conv1x1(256, 512, stride=2),\n    nn.BatchNorm2d(512),');
    expect(code).toContain('# 379392 parameters');
    expect(residualCode(v({ stride: 2 }))).toContain('y = block(x)  # RuntimeError: F(x) [64, 2, 2], x [64, 4, 4]');
  });
});

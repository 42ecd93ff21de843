import { describe, expect, it } from 'vitest';
import { LESSONS, findLesson, lessonLink } from '../../src/scenes/lessons/catalog.ts';
import { readAnswer } from '../../src/scenes/lessons/answer.ts';
import { findScene } from '../../src/scenes/registry.ts';
import { conv2dModel, conv2dProblems } from '../../src/scenes/conv2d/model.ts';
import type { Conv2dValues } from '../../src/scenes/conv2d/schema.ts';
import { convTranspose2dModel, convTranspose2dProblems } from '../../src/scenes/convTranspose2d/model.ts';
import type { ConvTranspose2dValues } from '../../src/scenes/convTranspose2d/schema.ts';
import { receptiveFieldModel, receptiveFieldProblems } from '../../src/scenes/receptiveField/model.ts';
import type { ReceptiveFieldValues } from '../../src/scenes/receptiveField/schema.ts';
import { groupShuffleProblems } from '../../src/scenes/groupShuffle/model.ts';
import { moduleProblems } from '../../src/scenes/inception/model.ts';
import { auxProblems } from '../../src/scenes/inception/costs.ts';
import { depthwiseCosts } from '../../src/scenes/depthwise/model.ts';
import type { DepthwiseValues } from '../../src/scenes/depthwise/schema.ts';
import { squeezeExciteModel, squeezeExciteProblems } from '../../src/scenes/squeezeExcite/model.ts';
import type { SqueezeExciteValues } from '../../src/scenes/squeezeExcite/schema.ts';
import { bottleneckLayers } from '../../src/scenes/pointwise/model.ts';
import type { PointwiseValues } from '../../src/scenes/pointwise/schema.ts';
import { fcAsConv } from '../../src/scenes/pooling/heads.ts';
import type { PoolingValues } from '../../src/scenes/pooling/schema.ts';
import { blockPlan, residualProblems } from '../../src/scenes/residual/model.ts';
import type { ResidualValues } from '../../src/scenes/residual/schema.ts';
import { windowProblems } from '../../src/scenes/pooling/model.ts';
import { fcProblems } from '../../src/scenes/pooling/heads.ts';
import { BUNDLED_SIZES, filterKernel, labProblems, outputSize, separableInfo, channelsOf } from '../../src/scenes/imageLab/model.ts';
import { scaledSize } from '../../src/scenes/imageLab/protocol.ts';
import { filterWeight } from '../../src/scenes/imageLab/compute.ts';
import type { ImageLabValues, PictureName } from '../../src/scenes/imageLab/schema.ts';
import { conv2d, tensor } from '../../src/engine/index.ts';
import { CONVS, forward, netCounts, parseNet } from '../../src/scenes/digits/model.ts';
import type { DigitsNet } from '../../src/scenes/digits/model.ts';
import type { DigitsValues } from '../../src/scenes/digits/schema.ts';
import digitsFile from '../../public/digits-nin.json';
import { leastSquare, networkModel, networkProblems, shareLines } from '../../src/scenes/networks/model.ts';
import { MIN_SIZE } from '../../src/scenes/networks/schema.ts';
import type { NetworksValues } from '../../src/scenes/networks/schema.ts';
import type { LayerKind } from '../../src/scenes/networks/table.ts';
import camera from '../../public/images/camera.jpg?inline';
import chelsea from '../../public/images/chelsea.jpg?inline';
import coffee from '../../public/images/coffee.jpg?inline';
import astronaut from '../../public/images/astronaut.jpg?inline';
import { parseHash } from '../../src/url/route.ts';
import { parseParams } from '../../src/url/schema.ts';

type Values = Record<string, unknown>;

/** A JPEG's [height, width], read from its start-of-frame marker (the bundled pictures, imported as data URLs). */
function jpegSize(dataUrl: string): [number, number] {
  const bin = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const at = (i: number) => bin.charCodeAt(i);
  for (let i = 2; i + 9 < bin.length; ) {
    const marker = at(i + 1);
    if (marker >= 0xc0 && marker <= 0xc3) return [(at(i + 5) << 8) | at(i + 6), (at(i + 7) << 8) | at(i + 8)];
    i += 2 + ((at(i + 2) << 8) | at(i + 3));
  }
  throw new Error('no JPEG frame');
}

const BUNDLED: Record<Exclude<PictureName, 'drawn'>, string> = { camera, chelsea, coffee, astronaut };

/** The size [H, W] the image lab filters a bundled picture at, by the scene's own rule (the worker's). */
function pictureSize(v: ImageLabValues): [number, number] {
  if (v.picture === 'drawn') throw new Error('a drawing has no size in the link');
  return scaledSize(BUNDLED_SIZES[v.picture], v.maxSide);
}

describe('the image lab’s bundled pictures', () => {
  it('BUNDLED_SIZES are the JPEGs’ own sizes (the page reserves their room before they are decoded)', () => {
    for (const name of Object.keys(BUNDLED) as (keyof typeof BUNDLED)[]) expect(BUNDLED_SIZES[name], name).toEqual(jpegSize(BUNDLED[name]));
  });

  it('scaledSize: never up, the longest side at most max_side, the aspect kept', () => {
    expect(scaledSize([300, 451], 512)).toEqual([300, 451]);
    expect(scaledSize([300, 451], 256)).toEqual([170, 256]);
    expect(scaledSize([512, 512], 64)).toEqual([64, 64]);
    expect(scaledSize([1, 4000], 100)).toEqual([1, 100]);
  });
});

/** What each scene's view reports as impossible for a setting (scenes without such a check are absent: none can occur). */
const PROBLEMS: Record<string, (v: never) => unknown[]> = {
  conv2d: conv2dProblems,
  'conv-transpose2d': convTranspose2dProblems,
  'receptive-field': receptiveFieldProblems,
  'group-shuffle': groupShuffleProblems,
  'squeeze-excite': squeezeExciteProblems,
  inception: (v: never) => [...moduleProblems(v), ...auxProblems(v)],
  residual: residualProblems,
  pooling: (v: never) => [...windowProblems(v), ...fcProblems(v)],
  'image-lab': (v: never) => labProblems(v, pictureSize(v)),
  networks: networkProblems,
};

/** A step's scene values as the store would hold them after opening its link. */
function open(link: string): { scene: string; values: Values; corrections: unknown[] } {
  const { scene, query } = parseHash(link);
  const def = findScene(scene);
  if (def === undefined) throw new Error(`${link}: no scene ${scene}`);
  const { values, corrections } = parseParams(def.schema, query);
  return { scene, values, corrections };
}

const steps = LESSONS.flatMap((lesson) => lesson.steps.map((step, i) => ({ lesson, step, n: i + 1 })));

describe('lessons data', () => {
  it('has at least eight lessons with unique ids, each with steps', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const l of LESSONS) {
      expect(l.steps.length, l.id).toBeGreaterThan(0);
      expect(findLesson(l.id)).toBe(l);
    }
    expect(findLesson('nope')).toBeUndefined();
    expect(lessonLink('dilation', 2)).toBe('#/lesson/dilation?step=2');
  });

  it('writes every text in English and Chinese', () => {
    const texts = LESSONS.flatMap((l) => [
      l.title,
      l.summary,
      ...l.steps.flatMap((s) => [s.title, s.narration, ...(s.question ? [s.question.prompt, s.question.explain, ...(s.question.kind === 'choice' ? s.question.choices : [])] : [])]),
    ]);
    for (const t of texts) {
      expect(t.en.trim(), JSON.stringify(t)).not.toBe('');
      expect(t.zh.trim(), JSON.stringify(t)).not.toBe('');
      expect(t.zh, `${t.en}: the Chinese text is not the English one`).toMatch(/[\u4e00-\u9fff]|^[\d,.]+$/);
    }
  });

  it('gives each choice question a valid right choice and each number question a finite answer', () => {
    for (const { lesson, step, n } of steps) {
      const q = step.question;
      if (q?.kind === 'choice') expect(q.answer >= 0 && q.answer < q.choices.length, `${lesson.id} ${n}`).toBe(true);
      if (q?.kind === 'number') expect(Number.isFinite(q.answer), `${lesson.id} ${n}`).toBe(true);
    }
  });

  for (const { lesson, step, n } of steps) {
    it(`${lesson.id} step ${n}: ${step.link} opens without corrections and without a problem`, () => {
      const { scene, values, corrections } = open(step.link);
      expect(corrections).toEqual([]);
      expect(PROBLEMS[scene]?.(values as never) ?? []).toEqual([]);
    });
  }
});

/** The answers the scenes compute themselves, step by step: the lesson's number must be the scene's. */
const answerOf = (id: string, n: number) => {
  const q = findLesson(id)?.steps[n - 1].question;
  if (q?.kind !== 'number') throw new Error(`${id} ${n} has no number question`);
  return { answer: q.answer, values: open(findLesson(id)!.steps[n - 1].link).values };
};

describe('lesson answers agree with the scenes', () => {
  it.each([
    ['convolution', 1],
    ['convolution', 2],
    ['convolution', 3],
    ['dilation', 2],
  ])('%s step %i: the output width is the conv2d model’s', (id, n) => {
    const { answer, values } = answerOf(id, n);
    expect(conv2dModel(values as unknown as Conv2dValues).output.shape[2]).toBe(answer);
  });

  it('convolution step 4: the parameter count is the conv2d model’s', () => {
    const { answer, values } = answerOf('convolution', 4);
    expect(conv2dModel(values as unknown as Conv2dValues).params).toBe(answer);
  });

  it.each([
    ['transposed', 1],
    ['transposed', 4],
  ])('%s step %i: the output width is the transposed model’s', (id, n) => {
    const { answer, values } = answerOf(id, n);
    expect(convTranspose2dModel(values as unknown as ConvTranspose2dValues).output.shape[2]).toBe(answer);
  });

  it.each([
    ['dilation', 3],
    ['receptive-field', 1],
    ['receptive-field', 3],
  ])('%s step %i: the receptive field is the scene’s last row', (id, n) => {
    const { answer, values } = answerOf(id, n);
    const rows = receptiveFieldModel(values as unknown as ReceptiveFieldValues).rows;
    expect(rows[rows.length - 1].r).toEqual([answer, answer]);
  });

  it('receptive-field step 2: three 3×3 layers have the stack’s weights per channel pair', () => {
    const { answer, values } = answerOf('receptive-field', 2);
    expect(receptiveFieldModel(values as unknown as ReceptiveFieldValues).stackWeights).toBe(answer);
  });

  it('residual step 3: the Bottleneck’s parameters are the residual scene’s', () => {
    const { answer, values } = answerOf('residual', 3);
    expect(blockPlan(values as unknown as ResidualValues).params).toBe(answer);
  });
});

describe('lesson counts agree with the scenes’ panels', () => {
  it.each([
    ['separable', 1],
    ['separable', 2],
  ])('%s step %i: the separable total is the depthwise scene’s', (id, n) => {
    const { answer, values } = answerOf(id, n);
    expect(depthwiseCosts(values as unknown as DepthwiseValues).separable.params).toBe(answer);
  });

  it('squeeze-excite step 3: the SE weights are the scene’s count with bias=False', () => {
    const { answer, values } = answerOf('squeeze-excite', 3);
    expect(squeezeExciteModel(values as unknown as SqueezeExciteValues).weightsOnly).toBe(answer);
  });

  it('pointwise steps 2 and 3: the direct 3×3 and the reduced stack are the bottleneck panel’s', () => {
    const direct = answerOf('pointwise', 2);
    expect(bottleneckLayers(direct.values as unknown as PointwiseValues).direct.params).toBe(direct.answer);
    const reduce = answerOf('pointwise', 3);
    expect(bottleneckLayers(reduce.values as unknown as PointwiseValues).stack.reduce((s, l) => s + l.params, 0)).toBe(reduce.answer);
  });

  it('pooling step 3: AlexNet FC1 is the FC-as-convolution table’s first row', () => {
    const { answer, values } = answerOf('pooling', 3);
    const row = fcAsConv(values as unknown as PoolingValues).rows[0];
    expect([row.fcParams, row.convParams]).toEqual([answer, answer]);
  });
});

/** A step's choice question and its scene values. */
const choiceOf = (id: string, n: number) => {
  const step = findLesson(id)?.steps[n - 1];
  const q = step?.question;
  if (q?.kind !== 'choice') throw new Error(`${id} ${n} has no choice question`);
  return { question: q, values: open(step!.link).values };
};
/** A step's question explanation in English and Chinese. */
const explainOf = (id: string, n: number) => findLesson(id)!.steps[n - 1].question!.explain;
const en = (v: number) => v.toLocaleString('en-US');
/** A fraction as the networks scene's shares panel writes it: one decimal of a percent. */
const pct = (x: number) => (100 * x).toFixed(1);

describe('real-pictures: the answers are the image lab’s', () => {
  it('step 1: the blur kernel’s weights add up to the answer', () => {
    const { answer, values } = answerOf('real-pictures', 1);
    const v = values as unknown as ImageLabValues;
    expect(v.filters).toEqual(['blur']);
    expect(filterKernel('blur', v.kernel).values.reduce((a, b) => a + b, 0)).toBe(answer);
  });

  it('step 2: Sobel-x on a flat patch of 100s gives the answer (the lab’s filter weight through the engine’s conv2d)', () => {
    const { answer, values } = answerOf('real-pictures', 2);
    const v = values as unknown as ImageLabValues;
    expect(v.filters[0]).toBe('sobelX');
    const flat = tensor([channelsOf(v), 3, 3]);
    flat.data.fill(100);
    const out = conv2d(flat, filterWeight(filterKernel('sobelX', v.kernel), channelsOf(v)), null, {});
    expect(Array.from(out.data)).toEqual([answer]);
  });

  it('step 3: the output width is the lab’s outputSize on the bundled picture’s size', () => {
    const { answer, values } = answerOf('real-pictures', 3);
    const v = values as unknown as ImageLabValues;
    const size = pictureSize(v);
    const [h, w] = outputSize(v, filterKernel(v.filters[0], v.kernel), size);
    expect(w).toBe(answer);
    const { narration } = findLesson('real-pictures')!.steps[2];
    const { explain } = findLesson('real-pictures')!.steps[2].question!;
    for (const t of [narration.en, narration.zh]) expect(t).toContain(`${size[0]}×${size[1]}`);
    for (const t of [explain.en, explain.zh]) expect(t).toContain(`${h}×${w}`);
  });

  it('step 4: the one filter the lab finds no rank-1 factors for is the chosen one', () => {
    const { question, values } = choiceOf('real-pictures', 4);
    const v = values as unknown as ImageLabValues;
    expect(question.choices.length).toBe(v.filters.length);
    const notRank1 = v.filters.map((f) => separableInfo(filterKernel(f, v.kernel)).factors === null);
    expect(notRank1.filter(Boolean).length).toBe(1);
    expect(notRank1.indexOf(true)).toBe(question.answer);
    expect(v.filters[question.answer]).toBe('emboss');
  });

  it('step 5: one filter on an RGB picture has the lab’s filter weight’s number of weights', () => {
    const { answer, values } = answerOf('real-pictures', 5);
    const v = values as unknown as ImageLabValues;
    const w = filterWeight(filterKernel(v.filters[0], v.kernel), channelsOf(v));
    expect(w.shape).toEqual([1, 3, 3, 3]);
    expect(w.data.length).toBe(answer);
  });
});

describe('real-networks: the answers are the digits and networks scenes’', () => {
  const net = parseNet(digitsFile) as DigitsNet;
  const counts = netCounts();

  it('step 1: the digits network’s parameters are the engine’s count; the explanation’s sums are its rows', () => {
    expect('reason' in net).toBe(false);
    const { answer } = answerOf('real-networks', 1);
    expect(counts.params).toBe(answer);
    const explain = explainOf('real-networks', 1);
    for (const r of counts.rows) expect(explain.en).toContain(`= ${en(r.params)}`);
    expect(explain.en).toContain(en(counts.macs));
    expect(explain.zh).toContain(en(counts.macs));
  });

  it('step 2: the chosen layer is the 1×1 convolution that gives one map per class', () => {
    const { question, values } = choiceOf('real-networks', 2);
    const v = values as unknown as DigitsValues;
    const f = forward(net, net.samples[v.sample].pixels);
    expect(f.classMaps.shape[0]).toBe(10);
    const classConv = CONVS.find((c) => c.shape[0] === f.classMaps.shape[0] && c.shape[2] === 1)!;
    expect(classConv.name).toBe('conv3');
    expect(question.choices[question.answer].en).toContain(`${classConv.name} (1×1, ${classConv.shape[1]} → ${classConv.shape[0]})`);
    expect(f.gap.shape).toEqual([10]);
  });

  it('step 3: the network’s prediction for the linked sample, which is not its label', () => {
    const { answer, values } = answerOf('real-networks', 3);
    const v = values as unknown as DigitsValues;
    const sample = net.samples[v.sample];
    const f = forward(net, sample.pixels);
    expect(f.predicted).toBe(answer);
    expect(sample.predicted).toBe(answer);
    expect(sample.label).not.toBe(answer);
    const { narration } = findLesson('real-networks')!.steps[2];
    expect(narration.en).toContain(`Test image ${v.sample} is labelled ${sample.label}`);
    const explain = explainOf('real-networks', 3);
    expect(explain.en).toContain(`${pct(f.softmax.data[answer])} %`);
    expect(explain.en).toContain(`${net.testCorrect} of its ${net.testCount}`);
    expect(explain.en).toContain(`(${pct(net.testCorrect / net.testCount)} %)`);
    expect(explain.en).toContain(`one of the ${net.testCount - net.testCorrect}`);
  });

  const tableOf = (n: number) => networkModel(open(findLesson('real-networks')!.steps[n - 1].link).values as unknown as NetworksValues).table;
  const share = (n: number, kind: LayerKind) => shareLines(tableOf(n)).find((l) => l.kind === kind)!;

  it('step 4: AlexNet’s FC share of the parameters (to a whole percent) is the shares panel’s', () => {
    const { answer } = answerOf('real-networks', 4);
    const table = tableOf(4);
    expect(table.id).toBe('alexnet');
    expect(Math.round(100 * share(4, 'fc').paramShare)).toBe(answer);
    const { narration } = findLesson('real-networks')!.steps[3];
    expect(narration.en).toContain(`${en(table.totals.params)} parameters and ${en(table.totals.macs)} MACs`);
    const explain = explainOf('real-networks', 4);
    expect(explain.en).toContain(`${pct(share(4, 'fc').paramShare)} %`);
    expect(explain.en).toContain(`${pct(share(4, 'conv').paramShare)} % of the parameters but do ${pct(share(4, 'conv').macShare)} % of the MACs`);
    expect(explain.en).toContain(en(table.rows.find((r) => r.name === 'classifier.1')!.params));
  });

  it('step 5: the smallest square input AlexNet takes is the scene’s, and the link opens at it', () => {
    const { answer, values } = answerOf('real-networks', 5);
    const v = values as unknown as NetworksValues;
    expect(leastSquare('alexnet', MIN_SIZE - 1, false)).toBe(answer);
    expect(v.size).toEqual([answer, answer]);
    expect(networkProblems({ ...v, size: [answer - 1, answer - 1] })).not.toEqual([]);
    const table = tableOf(5);
    const explain = explainOf('real-networks', 5);
    expect(explain.en).toContain(`stay ${en(table.totals.params)}`);
    expect(explain.en).toContain(`drop to ${en(table.totals.macs)}, and the FC layers now do ${pct(share(5, 'fc').macShare)} % of them`);
    expect(explain.zh).toContain(`${en(table.totals.macs)} 次，其中全连接层现在占 ${pct(share(5, 'fc').macShare)}%`);
    expect(table.rows.find((r) => r.name === 'features.12')!.outShape).toEqual([256, 1, 1]);
  });

  it('step 6: ResNet-50’s MACs are the chosen one of the choices, and its Bottlenecks number 16', () => {
    const { question, values } = choiceOf('real-networks', 6);
    const table = networkModel(values as unknown as NetworksValues).table;
    expect(table.id).toBe('resnet50');
    const { macs, params } = table.totals;
    expect(question.choices[question.answer].en).toBe(`about ${(macs / 1e9).toFixed(2)} billion`);
    expect(question.choices[question.answer].zh).toBe(`约 ${(macs / 1e8).toFixed(1)} 亿次`);
    expect(table.rows.filter((r) => r.type === 'Bottleneck').length).toBe(16);
    const explain = explainOf('real-networks', 6);
    expect(explain.en).toContain(`${en(macs)} MACs (${((2 * macs) / 1e9).toFixed(2)} GFLOPs) with ${en(params)} parameters`);
    const alexnet = tableOf(4).totals;
    expect(explain.en).toContain(`AlexNet does ${en(alexnet.macs)} MACs with ${en(alexnet.params)} parameters`);
  });

  it('step 7: MobileNetV2’s 1×1 share of the MACs (to a whole percent) is the shares panel’s', () => {
    const { answer } = answerOf('real-networks', 7);
    const table = tableOf(7);
    expect(table.id).toBe('mobilenet_v2');
    expect(Math.round(100 * share(7, 'pointwise').macShare)).toBe(answer);
    const explain = explainOf('real-networks', 7);
    expect(explain.en).toContain(`${pct(share(7, 'pointwise').macShare)} %: the depthwise 3×3 convolutions do only ${pct(share(7, 'depthwise').macShare)} %`);
    expect(explain.en).toContain(`${pct(share(7, 'pointwise').paramShare)} % of the parameters`);
    const { narration } = findLesson('real-networks')!.steps[6];
    expect(narration.en).toContain(`${en(table.totals.params)} parameters and does ${en(table.totals.macs)} MACs`);
    expect(table.totals.macs).toBeLessThan(tableOf(4).totals.macs / 2);
  });
});

describe('readAnswer', () => {
  it.each([
    ['12', 12],
    [' 1,024 ', 1024],
    ['589 824', 589_824],
    ['37，752，832', 37_752_832],
    ['１２', 12],
    ['−3', -3],
    ['0.5', 0.5],
  ])('reads %j as %d', (typed, value) => {
    expect(readAnswer(typed)).toEqual({ kind: 'number', value });
  });

  it.each(['abc', '3x3', '1e999', '--2', '.', 'NaN', 'Infinity'])('calls %j not a number', (typed) => {
    expect(readAnswer(typed)).toEqual({ kind: 'invalid' });
  });

  it('calls blank empty', () => {
    expect(readAnswer('   ')).toEqual({ kind: 'empty' });
  });
});

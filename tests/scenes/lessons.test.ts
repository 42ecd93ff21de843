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
import { parseHash } from '../../src/url/route.ts';
import { parseParams } from '../../src/url/schema.ts';

type Values = Record<string, unknown>;
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

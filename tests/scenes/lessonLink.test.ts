import { beforeAll, describe, expect, it } from 'vitest';
import { adjacentLessonStep, loadLessonCatalog, openLessonLink } from '../../src/store/lessonLink.ts';
import type { Correction } from '../../src/url/schema.ts';

beforeAll(() => loadLessonCatalog());

describe('lesson links in the store', () => {
  it('openLessonLink reads the step (clamped and reported) and gives that step’s scene link', () => {
    const corrections: Correction[] = [];
    const open = openLessonLink('transposed', new URLSearchParams('step=0'), corrections);
    expect(open.at).toEqual({ id: 'transposed', step: 1 });
    expect(open.scene).toBe('conv-transpose2d');
    expect(corrections).toMatchObject([{ key: 'step', given: '0' }]);
    const last = openLessonLink('transposed', new URLSearchParams('step=4'), []);
    expect([last.scene, last.query.toString()]).toEqual(['conv-transpose2d', 'padding=1&output_padding=1']);
  });

  it('the lesson link’s other keys go over the step’s own, except the app’s keys', () => {
    const open = openLessonLink('transposed', new URLSearchParams('step=4&padding=0&lang=zh&strde=2'), [], ['lang', 'step']);
    expect(open.scene).toBe('conv-transpose2d');
    expect([...open.query]).toEqual([['output_padding', '1'], ['padding', '0'], ['strde', '2']]);
  });

  it('an unknown lesson opens the lessons list, remembering the id it was asked for', () => {
    expect(openLessonLink('nope', new URLSearchParams('step=2'), [])).toMatchObject({ at: { id: 'nope', step: 1 }, scene: 'lessons' });
  });

  it('adjacentLessonStep moves one step and stops at both ends', () => {
    expect(adjacentLessonStep({ id: 'dilation', step: 1 }, 1)).toEqual({ id: 'dilation', step: 2 });
    expect(adjacentLessonStep({ id: 'dilation', step: 2 }, -1)).toEqual({ id: 'dilation', step: 1 });
    expect(adjacentLessonStep({ id: 'dilation', step: 1 }, -1)).toBeNull();
    expect(adjacentLessonStep({ id: 'dilation', step: 3 }, 1)).toBeNull();
    expect(adjacentLessonStep({ id: 'nope', step: 1 }, 1)).toBeNull();
    expect(adjacentLessonStep(null, 1)).toBeNull();
  });
});

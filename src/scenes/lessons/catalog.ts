import type { Lesson } from './types.ts';
import { lesson as convolution } from './data/convolution.ts';
import { lesson as dilation } from './data/dilation.ts';
import { lesson as transposed } from './data/transposed.ts';
import { lesson as receptiveField } from './data/receptiveField.ts';
import { lesson as pointwise } from './data/pointwise.ts';
import { lesson as separable } from './data/separable.ts';
import { lesson as squeezeExcite } from './data/squeezeExcite.ts';
import { lesson as pooling } from './data/pooling.ts';
import { lesson as residual } from './data/residual.ts';
import { lesson as realPictures } from './data/realPictures.ts';
import { lesson as realNetworks } from './data/realNetworks.ts';

export type { Lesson, LessonQuestion, LessonStep } from './types.ts';

/** Every lesson, in the curriculum's order (CONCEPTS.md): the list `#/lessons` shows. */
export const LESSONS: readonly Lesson[] = [
  convolution,
  dilation,
  transposed,
  realPictures,
  receptiveField,
  pointwise,
  separable,
  squeezeExcite,
  pooling,
  residual,
  realNetworks,
];

/** The lesson with this id, if there is one. */
export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

/** The link of a lesson at a step (1-based): `#/lesson/<id>?step=<n>`. */
export function lessonLink(id: string, step: number): string {
  return `#/lesson/${encodeURIComponent(id)}?step=${step}`;
}

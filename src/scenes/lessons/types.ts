import type { Texts } from '../define.ts';

/** A "predict first" question: a number to type, or one of a few choices. */
export type LessonQuestion =
  | {
      kind: 'number';
      prompt: Texts;
      /** The right answer (a typed value counts when it equals this, commas and spaces ignored). */
      answer: number;
      /** Said once the answer is right (or revealed): why it is that number. */
      explain: Texts;
    }
  | {
      kind: 'choice';
      prompt: Texts;
      choices: readonly Texts[];
      /** Index into `choices` of the right one. */
      answer: number;
      explain: Texts;
    };

/** One step of a lesson: a scene link (`#/<scene>?<parameters>`), its narration, and an optional question. */
export interface LessonStep {
  link: string;
  title: Texts;
  /** A few sentences in each language. */
  narration: Texts;
  question?: LessonQuestion;
}

/** A lesson: an id (the link `#/lesson/<id>`), title, summary and ordered steps (at least one). */
export interface Lesson {
  id: string;
  title: Texts;
  summary: Texts;
  steps: readonly LessonStep[];
}

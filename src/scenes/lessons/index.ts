import { defineScene, lazyView } from '../define.ts';

/**
 * The lessons: `#/lessons` lists them, `#/lesson/<id>?step=N` shows a step's narration and question above
 * the real scene (the URL sync opens that scene's parameters and keeps the lesson in the store).
 */
export const scene = defineScene({
  id: 'lessons',
  title: { en: 'Guided lessons', zh: '引导课程' },
  summary: {
    en: 'Step-by-step lessons through the scenes: predict a number first, then see the scene compute it.',
    zh: '按步骤走过各个场景的课程：先预测一个数，再看场景把它算出来。',
  },
  schema: {},
  playback: false,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/LessonsScene.tsx').then((m) => m.LessonsScene),
  ),
});

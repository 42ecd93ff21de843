/**
 * The lessons' interface messages in English and Simplified Chinese (the lessons' own texts are in their
 * data files). `{name}` marks a value filled in at run time.
 */
const en = {
  'lesson.listTitle': 'Guided lessons',
  'lesson.listIntro': 'Each lesson walks through a few scenes. Most steps ask you to predict a number first; then the scene shows how it is computed. Every step has its own link to share.',
  'lesson.steps': '{n} steps',
  'lesson.notFound': 'There is no lesson “{id}”. Pick one from the list below.',
  'lesson.all': 'All lessons',
  'lesson.progress': 'Step {step} of {total}',
  'lesson.previous': 'Previous step',
  'lesson.next': 'Next step',
  'lesson.predict': 'Predict first',
  'lesson.answer': 'Your answer',
  'lesson.check': 'Check',
  'lesson.reveal': 'Show me',
  'lesson.empty': 'Type a number first.',
  'lesson.notNumber': '“{value}” is not a number: type digits, such as 12 or 1,024.',
  'lesson.wrong': 'Not quite: {value} is not it. Look at the narration again and try once more.',
  'lesson.wrongChoice': 'Not this one. Try another answer.',
  'lesson.pickOne': 'Pick an answer first.',
  'lesson.right': 'Right!',
  'lesson.revealed': 'The answer: {answer}.',
  'lesson.hidden': 'The scene appears once you have answered (or pressed “Show me”).',
  'lesson.openScene': 'Open this scene on its own',
  'lesson.reset': 'Back to this step’s setup',
  'lesson.changed': 'Your changes to this step: {changes}. The narration and the question are about the step as written; the link keeps your changes.',
  'lesson.sceneTitle': 'The scene',
  'lesson.done': 'This is the last step of the lesson.',
};

const zh: Record<keyof typeof en, string> = {
  'lesson.listTitle': '引导课程',
  'lesson.listIntro': '每节课带你走过几个场景。大多数步骤会先请你预测一个数，然后场景演示它是怎么算出来的。每一步都有自己的链接，可以分享。',
  'lesson.steps': '{n} 步',
  'lesson.notFound': '没有名为“{id}”的课程。请从下面的列表中选择一节。',
  'lesson.all': '全部课程',
  'lesson.progress': '第 {step} 步，共 {total} 步',
  'lesson.previous': '上一步',
  'lesson.next': '下一步',
  'lesson.predict': '先预测',
  'lesson.answer': '你的答案',
  'lesson.check': '检查',
  'lesson.reveal': '直接看答案',
  'lesson.empty': '请先输入一个数。',
  'lesson.notNumber': '“{value}”不是数字：请输入数字，例如 12 或 1,024。',
  'lesson.wrong': '不太对：答案不是 {value}。再读一遍讲解，然后再试一次。',
  'lesson.wrongChoice': '不是这个。换一个答案试试。',
  'lesson.pickOne': '请先选择一个答案。',
  'lesson.right': '答对了！',
  'lesson.revealed': '答案是：{answer}。',
  'lesson.hidden': '回答之后（或点“直接看答案”）场景就会出现。',
  'lesson.openScene': '单独打开这个场景',
  'lesson.reset': '回到本步的原始设置',
  'lesson.changed': '你对本步的改动：{changes}。讲解和问题说的是本步原来的设置；链接会保留你的改动。',
  'lesson.sceneTitle': '场景',
  'lesson.done': '这是本课的最后一步。',
};

/** Both catalogues of the lessons. */
export const messages = { en, zh };

declare module '../../i18n/sceneKeys.ts' {
  /** The lessons' keys, typed everywhere `MessageKey` is. */
  interface SceneKeys extends Record<keyof typeof en, true> {}
}

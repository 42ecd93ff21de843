import { defineScene, lazyView } from '../define.ts';
import { digitsSchema } from './schema.ts';

/** The digits scene: a tiny trained NIN-style network on 8×8 digits; the view, weights and messages load when it opens. */
export const scene = defineScene({
  id: 'digits',
  title: { en: 'A tiny trained network: digits', zh: '一个训练好的小网络：手写数字' },
  summary: {
    en: 'Draw a digit or pick a test image: every feature map, the class confidence maps, GAP, softmax and where the network looked.',
    zh: '画一个数字或选一张测试图：每一层的特征图、类别置信图、全局平均池化、softmax，以及网络看的是哪里。',
  },
  schema: digitsSchema,
  playback: false,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/DigitsScene.tsx').then((m) => m.DigitsScene),
  ),
});

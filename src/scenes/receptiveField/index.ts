import { defineScene, lazyView } from '../define.ts';
import { receptiveFieldSchema } from './schema.ts';

/** The receptive-field scene: what the menu and the link need at once; the view and its messages load when it opens. */
export const scene = defineScene({
  id: 'receptive-field',
  title: { en: 'Receptive field', zh: '感受野' },
  summary: {
    en: 'How far a cell sees through a stack of layers; why two 3×3 see as far as one 5×5.',
    zh: '一个单元透过多层网络能看到多远；为什么两个 3×3 看得和一个 5×5 一样远。',
  },
  schema: receptiveFieldSchema,
  playback: false,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/ReceptiveFieldScene.tsx').then((m) => m.ReceptiveFieldScene),
  ),
});

import { defineScene, lazyView } from '../define.ts';
import { groupShuffleSchema } from './schema.ts';

/** The group-shuffle scene: what the menu and the link need at once; the view and its messages load when it opens. */
export const scene = defineScene({
  id: 'group-shuffle',
  title: { en: 'Groups and channel shuffle', zh: '分组卷积与通道重排' },
  summary: {
    en: 'Grouped convolutions cut the channel connections into blocks; a shuffle lets groups talk.',
    zh: '分组卷积把通道连接切成块；通道重排让各组互通信息。',
  },
  schema: groupShuffleSchema,
  playback: true,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/GroupShuffleScene.tsx').then((m) => m.GroupShuffleScene),
  ),
});

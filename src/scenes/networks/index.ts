import { defineScene, lazyView } from '../define.ts';
import { networksSchema } from './schema.ts';

/** The networks scene: what the menu and the link need at once; the view, the network data and the messages load when it opens. */
export const scene = defineScene({
  id: 'networks',
  title: { en: 'Real networks, layer by layer', zh: '真实网络逐层解析' },
  summary: {
    en: 'AlexNet to ShuffleNet as torchvision builds them: every layer’s shape, parameters and MACs, where they sit, and a link to the scene that teaches each layer.',
    zh: '按 torchvision 的定义，从 AlexNet 到 ShuffleNet：每一层的形状、参数和乘加次数，它们集中在哪里，以及讲解每一层的场景链接。',
  },
  schema: networksSchema,
  playback: false,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/NetworksScene.tsx').then((m) => m.NetworksScene),
  ),
});

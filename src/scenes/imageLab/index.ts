import { defineScene, lazyView } from '../define.ts';
import { imageLabSchema } from './schema.ts';

/** The image lab: what the menu and the link need at once; the view, its worker and messages load when it opens. */
export const scene = defineScene({
  id: 'image-lab',
  title: { en: 'Image lab', zh: '图像实验室' },
  summary: {
    en: 'Kernels on real pictures: edges, blur, your own kernel; one pixel written out; Sobel as two 1-D passes.',
    zh: '在真实图片上用卷积核：边缘、模糊、自定义卷积核；写出一个像素的求和；Sobel 拆成两次一维卷积。',
  },
  schema: imageLabSchema,
  playback: false,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/ImageLabScene.tsx').then((m) => m.ImageLabScene),
  ),
});

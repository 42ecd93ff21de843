import { Conv2dScene } from '../../components/conv2d/Conv2dScene.tsx';
import { registerScene } from '../registry.ts';
import { conv2dSchema } from './schema.ts';

registerScene({
  id: 'conv2d',
  titleKey: 'scene.conv2d',
  summaryKey: 'scene.conv2d.summary',
  schema: conv2dSchema,
  playback: true,
  Component: Conv2dScene,
});

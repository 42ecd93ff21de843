import { DepthwiseScene } from '../../components/depthwise/DepthwiseScene.tsx';
import { registerScene } from '../registry.ts';
import { depthwiseSchema } from './schema.ts';

registerScene({
  id: 'depthwise-separable',
  titleKey: 'scene.depthwise-separable',
  summaryKey: 'scene.depthwise-separable.summary',
  schema: depthwiseSchema,
  playback: true,
  Component: DepthwiseScene,
});

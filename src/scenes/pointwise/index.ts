import { PointwiseScene } from '../../components/pointwise/PointwiseScene.tsx';
import { registerScene } from '../registry.ts';
import { pointwiseSchema } from './schema.ts';

registerScene({
  id: 'pointwise',
  titleKey: 'scene.pointwise',
  summaryKey: 'scene.pointwise.summary',
  schema: pointwiseSchema,
  playback: true,
  Component: PointwiseScene,
});

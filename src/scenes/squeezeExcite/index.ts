import { SqueezeExciteScene } from '../../components/squeezeExcite/SqueezeExciteScene.tsx';
import { registerScene } from '../registry.ts';
import { squeezeExciteSchema } from './schema.ts';

registerScene({
  id: 'squeeze-excite',
  titleKey: 'scene.squeeze-excite',
  summaryKey: 'scene.squeeze-excite.summary',
  schema: squeezeExciteSchema,
  playback: true,
  Component: SqueezeExciteScene,
});

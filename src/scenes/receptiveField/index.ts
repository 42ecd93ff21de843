import { ReceptiveFieldScene } from '../../components/receptiveField/ReceptiveFieldScene.tsx';
import { registerScene } from '../registry.ts';
import { receptiveFieldSchema } from './schema.ts';

registerScene({
  id: 'receptive-field',
  titleKey: 'scene.receptive-field',
  summaryKey: 'scene.receptive-field.summary',
  schema: receptiveFieldSchema,
  playback: false,
  Component: ReceptiveFieldScene,
});

import { ConvTranspose2dScene } from '../../components/convTranspose2d/ConvTranspose2dScene.tsx';
import { registerScene } from '../registry.ts';
import { convTranspose2dSchema } from './schema.ts';

registerScene({
  id: 'conv-transpose2d',
  titleKey: 'scene.conv-transpose2d',
  summaryKey: 'scene.conv-transpose2d.summary',
  schema: convTranspose2dSchema,
  playback: true,
  Component: ConvTranspose2dScene,
});

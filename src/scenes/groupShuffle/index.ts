import { GroupShuffleScene } from '../../components/groupShuffle/GroupShuffleScene.tsx';
import { registerScene } from '../registry.ts';
import { groupShuffleSchema } from './schema.ts';

registerScene({
  id: 'group-shuffle',
  titleKey: 'scene.group-shuffle',
  summaryKey: 'scene.group-shuffle.summary',
  schema: groupShuffleSchema,
  playback: true,
  Component: GroupShuffleScene,
});

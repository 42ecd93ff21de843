import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/en.ts';
import type { Schema } from '../url/schema.ts';

/** A scene: its id (the hash path), its parameters, and the component that draws it. */
export interface SceneDef {
  id: string;
  titleKey: MessageKey;
  summaryKey: MessageKey;
  schema: Schema;
  /** Whether the scene has a timeline (then `step` and `speed` are read from and written to the link). */
  playback: boolean;
  Component: ComponentType;
}

/** Every scene of the curriculum in teaching order; those not yet built are listed as coming soon. */
export const PLANNED_SCENES = [
  'conv2d',
  'conv-transpose2d',
  'receptive-field',
  'group-shuffle',
  'depthwise-separable',
  'pointwise',
  'squeeze-excite',
  'inception',
  'residual',
  'pooling',
  'image-lab',
  'lessons',
] as const;

const registry = new Map<string, SceneDef>();

/** Registers a built scene (each scene module calls this once). */
export function registerScene(scene: SceneDef): void {
  registry.set(scene.id, scene);
}

/** The scene with this id, if it is built. */
export function findScene(id: string): SceneDef | undefined {
  return registry.get(id);
}

/** The message key of a planned scene's title and one-line summary. */
export function sceneKeys(id: (typeof PLANNED_SCENES)[number]): { title: MessageKey; summary: MessageKey } {
  return { title: `scene.${id}` as MessageKey, summary: `scene.${id}.summary` as MessageKey };
}

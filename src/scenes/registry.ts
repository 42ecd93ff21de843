import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/en.ts';
import { addMessages } from '../i18n/translate.ts';
import type { Lang } from '../i18n/translate.ts';
import type { Schema } from '../url/schema.ts';
import { conv2dSchema } from './conv2d/schema.ts';
import { convTranspose2dSchema } from './convTranspose2d/schema.ts';
import { depthwiseSchema } from './depthwise/schema.ts';
import { groupShuffleSchema } from './groupShuffle/schema.ts';
import { pointwiseSchema } from './pointwise/schema.ts';
import { receptiveFieldSchema } from './receptiveField/schema.ts';
import { squeezeExciteSchema } from './squeezeExcite/schema.ts';
import type { messages as conv2dMessages } from './conv2d/messages.ts';
import type { messages as convTranspose2dMessages } from './convTranspose2d/messages.ts';
import type { messages as receptiveFieldMessages } from './receptiveField/messages.ts';
import type { messages as groupShuffleMessages } from './groupShuffle/messages.ts';
import type { messages as depthwiseMessages } from './depthwise/messages.ts';
import type { messages as pointwiseMessages } from './pointwise/messages.ts';
import type { messages as squeezeExciteMessages } from './squeezeExcite/messages.ts';

/** What a scene's view chunk exports: the component that draws it. */
export interface SceneModule {
  default: ComponentType;
}

/**
 * A built scene: its id (the hash path), its parameters, and how to load the view. The schema is in the
 * first chunk (a link is read before anything else loads); the view, its model, animations and styles
 * come in a chunk of their own, fetched when the scene opens.
 */
export interface SceneDef {
  id: string;
  titleKey: MessageKey;
  summaryKey: MessageKey;
  schema: Schema;
  /** Whether the scene has a timeline (then `step` and `speed` are read from and written to the link). */
  playback: boolean;
  load: () => Promise<SceneModule>;
}

/** A scene of the curriculum that is not built yet: listed in the menu and the overview as coming soon. */
export interface PlannedScene {
  id: string;
  titleKey: MessageKey;
  summaryKey: MessageKey;
}

/** Every key of the built scenes' own catalogues (a type only: the catalogues load with their scenes). */
export type SceneMessageKey =
  | keyof (typeof conv2dMessages)['en']
  | keyof (typeof convTranspose2dMessages)['en']
  | keyof (typeof receptiveFieldMessages)['en']
  | keyof (typeof groupShuffleMessages)['en']
  | keyof (typeof depthwiseMessages)['en']
  | keyof (typeof pointwiseMessages)['en']
  | keyof (typeof squeezeExciteMessages)['en'];

/** A scene's view module together with its messages, fetched in parallel; the messages are added first. */
async function withMessages(
  messages: Promise<{ messages: Record<Lang, Record<string, string>> }>,
  view: Promise<ComponentType>,
): Promise<SceneModule> {
  const [m, View] = await Promise.all([messages, view]);
  addMessages(m.messages);
  return { default: View };
}

const keysOf = (id: string) => ({ titleKey: `scene.${id}` as MessageKey, summaryKey: `scene.${id}.summary` as MessageKey });

/** Declares a built scene; its title and summary are the messages `scene.<id>` and `scene.<id>.summary`. */
export function defineScene(scene: Omit<SceneDef, 'titleKey' | 'summaryKey'>): SceneDef {
  return { ...scene, ...keysOf(scene.id) };
}

/** Declares a scene that is planned but not built. */
export function planScene(id: string): PlannedScene {
  return { id, ...keysOf(id) };
}

/**
 * Every scene of the curriculum, in teaching order: the one place a scene is declared. The menu, the
 * overview, the URL codec and the tests read this list.
 */
export const SCENES: readonly (SceneDef | PlannedScene)[] = [
  defineScene({
    id: 'conv2d',
    schema: conv2dSchema,
    playback: true,
    load: () => withMessages(import('./conv2d/messages.ts'), import('../components/conv2d/Conv2dScene.tsx').then((m) => m.Conv2dScene)),
  }),
  defineScene({
    id: 'conv-transpose2d',
    schema: convTranspose2dSchema,
    playback: true,
    load: () => withMessages(import('./convTranspose2d/messages.ts'), import('../components/convTranspose2d/ConvTranspose2dScene.tsx').then((m) => m.ConvTranspose2dScene)),
  }),
  defineScene({
    id: 'receptive-field',
    schema: receptiveFieldSchema,
    playback: false,
    load: () => withMessages(import('./receptiveField/messages.ts'), import('../components/receptiveField/ReceptiveFieldScene.tsx').then((m) => m.ReceptiveFieldScene)),
  }),
  defineScene({
    id: 'group-shuffle',
    schema: groupShuffleSchema,
    playback: true,
    load: () => withMessages(import('./groupShuffle/messages.ts'), import('../components/groupShuffle/GroupShuffleScene.tsx').then((m) => m.GroupShuffleScene)),
  }),
  defineScene({
    id: 'depthwise-separable',
    schema: depthwiseSchema,
    playback: true,
    load: () => withMessages(import('./depthwise/messages.ts'), import('../components/depthwise/DepthwiseScene.tsx').then((m) => m.DepthwiseScene)),
  }),
  defineScene({
    id: 'pointwise',
    schema: pointwiseSchema,
    playback: true,
    load: () => withMessages(import('./pointwise/messages.ts'), import('../components/pointwise/PointwiseScene.tsx').then((m) => m.PointwiseScene)),
  }),
  defineScene({
    id: 'squeeze-excite',
    schema: squeezeExciteSchema,
    playback: true,
    load: () => withMessages(import('./squeezeExcite/messages.ts'), import('../components/squeezeExcite/SqueezeExciteScene.tsx').then((m) => m.SqueezeExciteScene)),
  }),
  planScene('inception'),
  planScene('residual'),
  planScene('pooling'),
  planScene('image-lab'),
  planScene('lessons'),
];

/** Whether a registry entry is built (has a view to load). */
export const isBuilt = (scene: SceneDef | PlannedScene): scene is SceneDef => 'load' in scene;

/** The ids of the built scenes, in teaching order. */
export const BUILT_SCENE_IDS: readonly string[] = SCENES.filter(isBuilt).map((s) => s.id);

const extra = new Map<string, SceneDef>();

/** Adds a scene outside the curriculum list (tests use it for a probe scene with a schema of its own). */
export function registerScene(scene: SceneDef): void {
  extra.set(scene.id, scene);
}

/** The built scene with this id, if there is one. */
export function findScene(id: string): SceneDef | undefined {
  const scene = SCENES.find((s) => s.id === id) ?? extra.get(id);
  return scene !== undefined && isBuilt(scene) ? scene : undefined;
}

const loads = new Map<string, Promise<SceneModule>>();

/**
 * The scene's view module, fetched once and cached. Once it settles, the promise carries React's thenable
 * fields (`status`, `value`, `reason`), so `use()` reads a preloaded scene without suspending. (While it is
 * pending the fields stay unset: React instruments an unmarked thenable itself and retries on settle.)
 */
export function loadScene(scene: SceneDef): Promise<SceneModule> {
  const cached = loads.get(scene.id);
  if (cached !== undefined) return cached;
  const loading = scene.load();
  const fields = loading as Promise<SceneModule> & Record<string, unknown>;
  loading.then(
    (value) => Object.assign(fields, { status: 'fulfilled', value }),
    (reason: unknown) => {
      Object.assign(fields, { status: 'rejected', reason });
      // A failed fetch (a dropped connection) is tried again the next time the scene opens.
      loads.delete(scene.id);
    },
  );
  loads.set(scene.id, loading);
  return loading;
}

/**
 * Runs `then` once the scene with this id has its chunk (at once if it has, or if the id names no built
 * scene). The first render waits for it, so the first scene replaces the static first row directly
 * instead of through a loading placeholder (React holds a revealed placeholder for 300 ms). A failed
 * fetch still runs `then`: the scene's error boundary then explains the failure.
 */
export function whenSceneReady(scene: string, then: () => void): void {
  const def = findScene(scene);
  const p = def ? (loadScene(def) as Promise<SceneModule> & { status?: string }) : undefined;
  if (p === undefined || p.status === 'fulfilled' || p.status === 'rejected') then();
  else p.then(then, then);
}

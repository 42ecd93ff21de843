import type { PlannedScene, SceneDef, SceneModule } from './define.ts';
import { scene as conv2d } from './conv2d/index.ts';
import { scene as convTranspose2d } from './convTranspose2d/index.ts';
import { scene as receptiveField } from './receptiveField/index.ts';
import { scene as groupShuffle } from './groupShuffle/index.ts';
import { scene as depthwise } from './depthwise/index.ts';
import { scene as pointwise } from './pointwise/index.ts';
import { scene as squeezeExcite } from './squeezeExcite/index.ts';
import { scene as inception } from './inception/index.ts';
import { scene as residual } from './residual/index.ts';
import { scene as pooling } from './pooling/index.ts';
import { scene as networks } from './networks/index.ts';
import { scene as digits } from './digits/index.ts';
import { scene as imageLab } from './imageLab/index.ts';
import { scene as lessons } from './lessons/index.ts';

export type { PlannedScene, SceneDef, SceneModule } from './define.ts';

/**
 * Every scene of the curriculum, in teaching order: the one place scenes are listed. A built scene is
 * declared in its own folder (`<name>/index.ts`, with `defineScene`) and listed here once; the menu, the
 * overview, the URL codec and the tests read this list.
 */
export const SCENES: readonly (SceneDef | PlannedScene)[] = [
  conv2d,
  convTranspose2d,
  receptiveField,
  groupShuffle,
  depthwise,
  pointwise,
  squeezeExcite,
  inception,
  residual,
  pooling,
  networks,
  digits,
  imageLab,
  lessons,
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

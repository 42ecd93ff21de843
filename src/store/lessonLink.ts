import type * as CatalogModule from '../scenes/lessons/catalog.ts';
import { findScene } from '../scenes/registry.ts';
import { intParam } from '../url/params.ts';
import { parseHash } from '../url/route.ts';
import { parseParams, readValue } from '../url/schema.ts';
import type { Correction } from '../url/schema.ts';
import type { LessonAt } from './routeSlice.ts';

type Catalog = typeof CatalogModule;
let catalog: Catalog | null = null;
let loading: Promise<Catalog> | null = null;

/**
 * The lessons' data once it has arrived, else null. It is its own chunk (eleven lessons' narration in two
 * languages, 17 kB gzipped), fetched when a lesson link is opened, not by every page.
 */
export const lessonCatalog = (): Catalog | null => catalog;

/** Fetches the lessons' data (once; later calls share the first). */
export function loadLessonCatalog(): Promise<Catalog> {
  loading ??= import('../scenes/lessons/catalog.ts').then((m) => (catalog = m));
  return loading;
}

const findLesson = (id: string) => catalog?.findLesson(id);

/** What a lesson link opens: where in the lesson, and the scene link of that step (scene id and its query). */
export interface LessonOpen {
  at: LessonAt;
  scene: string;
  query: URLSearchParams;
}

/**
 * Reads `#/lesson/<id>?step=N&…`: the step (1 to the lesson's length; out of range is clamped, unreadable
 * is step 1, either reported in `corrections`) and that step's scene link, with the lesson link's other
 * keys (the learner's own changes, e.g. `&stride=2`) over the step's; keys in `appKeys` (lang, theme, …)
 * are the app's and left out. The scene's schema then reads the result, reporting keys it does not know.
 * An unknown lesson opens the lessons list (`scene: 'lessons'`), which says the id was not found. The
 * lessons' data must have arrived (`loadLessonCatalog`).
 */
export function openLessonLink(id: string, query: URLSearchParams, corrections: Correction[], appKeys: readonly string[] = []): LessonOpen {
  const lesson = findLesson(id);
  if (lesson === undefined) return { at: { id, step: 1 }, scene: 'lessons', query: new URLSearchParams() };
  const raws = query.getAll('step');
  let step = 1;
  if (raws.length > 0) {
    const read = readValue(intParam('step', 1, lesson.steps.length, 1), raws);
    corrections.push(...read.corrections);
    step = read.value;
  }
  const link = parseHash(lesson.steps[step - 1].link);
  const merged = new URLSearchParams(link.query);
  for (const key of new Set(query.keys())) {
    if (key === 'step' || appKeys.includes(key)) continue;
    merged.delete(key);
    for (const value of query.getAll(key)) merged.append(key, value);
  }
  return { at: { id, step }, scene: link.scene, query: merged };
}

/**
 * The scene and parameter values a lesson step's own link opens (before the learner changes anything),
 * or null for an unknown lesson or step. `hashFor` writes only what differs from these.
 */
export function lessonStepSetup(at: LessonAt): { scene: string; params: Record<string, unknown> } | null {
  const step = findLesson(at.id)?.steps[at.step - 1];
  if (step === undefined) return null;
  // Read once per step: `hashFor` asks on every change of the store while a lesson is open.
  let setup = setups.get(step.link);
  if (setup === undefined) {
    const { scene, query } = parseHash(step.link);
    const def = findScene(scene);
    setup = def ? { scene, params: parseParams(def.schema, query).values } : null;
    setups.set(step.link, setup);
  }
  return setup;
}
const setups = new Map<string, { scene: string; params: Record<string, unknown> } | null>();

/**
 * The step `delta` away from `at` in its lesson (next: +1, previous: −1), or null past either end or
 * outside a lesson. For step keys (the presenter's PageDown/PageUp): `hashFor` of the state at that step
 * (`lessonStepSetup`) then gives its link with the learner's language and theme kept.
 */
export function adjacentLessonStep(at: LessonAt | null, delta: number): LessonAt | null {
  const lesson = at ? findLesson(at.id) : undefined;
  if (at === null || lesson === undefined) return null;
  const step = at.step + delta;
  return step >= 1 && step <= lesson.steps.length ? { id: at.id, step } : null;
}

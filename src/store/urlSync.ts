import { LANG_TAGS, LANGS } from '../i18n/translate.ts';
import type { Lang } from '../i18n/translate.ts';
import { findScene } from '../scenes/registry.ts';
import { boolParam, enumParam, intParam, numberParam } from '../url/params.ts';
import type { ParamCodec } from '../url/params.ts';
import { formatHash, lessonIdOf, parseHash } from '../url/route.ts';
import { defaults, parseParams, readValue, serializeParams } from '../url/schema.ts';
import type { Correction, Schema } from '../url/schema.ts';
import { lessonCatalog, lessonStepSetup, loadLessonCatalog, openLessonLink } from './lessonLink.ts';
import { clampSpeed } from './playbackSlice.ts';
import { FIRST_STEP, positionOfStep, stepNumber } from './stepNumber.ts';
import { THEMES } from './prefsSlice.ts';
import type { Theme } from './prefsSlice.ts';
import type { LessonAt } from './routeSlice.ts';
import { useAppStore } from './store.ts';
import type { AppState } from './store.ts';

/**
 * `controls=stride,padding`: the parameters to show, by PyTorch name, comma-separated (empty: none).
 * Names are checked against the open scene's schema in `applyHash`, where the scene is known.
 */
const controlsParam: ParamCodec<readonly string[] | null> = {
  key: 'controls',
  default: null,
  parse: (raw) => ({ value: raw.split(',').map((n) => n.trim()).filter((n) => n !== '') }),
  format: (v) => (v ?? []).join(','),
  equals: (a, b) => (a ?? []).join(',') === (b ?? []).join(',') && (a === null) === (b === null),
};

/**
 * Keys any link may carry, whatever the scene. Built per reading with the current preference as the
 * default, so an unreadable `lang` or `theme` keeps the learner's own choice and the notice names it.
 */
const globalCodecs = (s: Pick<AppState, 'lang' | 'theme'>) => ({
  lang: enumParam('lang', LANGS, s.lang),
  theme: enumParam('theme', THEMES, s.theme),
  // `step` counts from 1, as the playback bar shows it (stepNumber.ts).
  step: intParam('step', FIRST_STEP, 1_000_000, FIRST_STEP),
  speed: numberParam('speed', 0.25, 8, 1),
  present: boolParam('present', false),
  embed: boolParam('embed', false),
  controls: controlsParam,
});
const GLOBAL_KEYS = Object.values(globalCodecs({ lang: 'en', theme: 'light' })).map((c) => c.key);

const STORAGE_KEY = 'convscope.prefs';

/** Preferences remembered in localStorage (which may be unavailable: then nothing is remembered). */
export function loadPrefs(): { lang?: Lang; theme?: Theme } {
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { lang?: unknown; theme?: unknown };
    return {
      lang: LANGS.find((l) => l === raw.lang),
      theme: THEMES.find((t) => t === raw.theme),
    };
  } catch {
    return {};
  }
}

function savePrefs(lang: Lang, theme: Theme): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ lang, theme }));
  } catch {
    // Storage blocked (private mode, sandboxed embed): preferences last for this visit only.
  }
}

/** The lesson link read once the lessons' data arrives (null: none waiting). */
let waitingFor: string | null = null;

/**
 * Applies a location hash to the store: the scene and its validated parameters, and the global keys
 * (`lang` and `theme` win over remembered preferences; `step` and `speed` position the playback).
 */
export function applyHash(hash: string): void {
  const { scene, query } = parseHash(hash);
  const corrections: Correction[] = [];
  const state = useAppStore.getState();
  const global = globalCodecs(state);
  const readGlobal = <T>(codec: ParamCodec<T>): T => {
    const raws = query.getAll(codec.key);
    if (raws.length === 0) return codec.default;
    const read = readValue(codec, raws);
    corrections.push(...read.corrections);
    return read.value;
  };
  state.setLang(readGlobal(global.lang));
  state.setTheme(readGlobal(global.theme));
  // A lesson link opens its step's scene link (its `step` is the lesson's own, not the timeline's).
  const lessonId = lessonIdOf(scene);
  if (lessonId !== undefined && lessonCatalog() === null) {
    // The lessons' data is its own chunk: meanwhile the page says it is loading, then reads this link again
    // (unless another link was opened in between).
    state.setDelivery({ present: readGlobal(global.present), embed: readGlobal(global.embed), controls: null });
    state.awaitLessons();
    waitingFor = hash;
    loadLessonCatalog().then(
      () => waitingFor === hash && applyHash(hash),
      // Unreachable (offline before any visit): the lessons scene's own chunk fails the same way, and the
      // page's chunk-failure notice explains it.
      () => waitingFor === hash && useAppStore.getState().openScene('lessons', {}, []),
    );
    return;
  }
  waitingFor = null;
  const lesson = lessonId === undefined ? undefined : openLessonLink(lessonId, query, corrections, GLOBAL_KEYS);
  const def = findScene(lesson?.scene ?? scene);
  if (def === undefined) {
    state.setDelivery({ present: readGlobal(global.present), embed: readGlobal(global.embed), controls: null });
    state.openScene(scene, {}, corrections);
    return;
  }
  const parsed = parseParams(def.schema, lesson?.query ?? query, GLOBAL_KEYS);
  state.setDelivery({ present: readGlobal(global.present), embed: readGlobal(global.embed), controls: knownControls(def.schema, readGlobal(global.controls), corrections) });
  state.pause();
  state.seek(def.playback && !lesson ? positionOfStep(readGlobal(global.step)) : 0);
  state.setSpeed(def.playback ? readGlobal(global.speed) : 1);
  state.unpin();
  state.openScene(lesson?.scene ?? scene, { ...defaults(def.schema), ...parsed.values }, [...corrections, ...parsed.corrections], lesson?.at ?? null);
}

/** The names a scene's form can show (its fields' keys); any other name in `controls=` is reported and dropped. */
function knownControls(schema: Schema, names: readonly string[] | null, corrections: Correction[]): readonly string[] | null {
  if (names === null) return null;
  const fields = new Set(Object.values(schema).filter((c) => c.field !== undefined).map((c) => c.key));
  const kept = names.filter((n) => fields.has(n));
  for (const n of names) if (!fields.has(n)) corrections.push({ key: 'controls', given: n, used: null, reason: 'unknownControl' });
  return kept;
}

/**
 * The hash that describes the current state: scene, non-default parameters, then the global keys. In a
 * lesson: the lesson and its step, then the parameters the learner changed from the step's own link (so a
 * shared link opens the step as the learner left it, and the step's link alone opens it as written).
 */
export function hashFor(s: AppState): string {
  const def = findScene(s.scene);
  const pairs: [string, string][] = [];
  if (s.lesson) {
    pairs.push(['step', String(s.lesson.step)], ...lessonChanges(s));
  } else if (def) {
    pairs.push(...serializeParams(def.schema, { ...defaults(def.schema), ...s.params }));
    if (def.playback) {
      const step = stepNumber(s.position);
      if (step > FIRST_STEP) pairs.push(['step', String(step)]);
      if (s.speed !== 1) pairs.push(['speed', String(clampSpeed(s.speed))]);
    }
  }
  if (s.lang !== 'en') pairs.push(['lang', s.lang]);
  if (s.theme !== 'light') pairs.push(['theme', s.theme]);
  if (s.present) pairs.push(['present', '1']);
  if (s.embed) pairs.push(['embed', '1']);
  if (s.controls !== null) pairs.push(['controls', s.controls.join(',')]);
  return formatHash(s.lesson ? `lesson/${s.lesson.id}` : s.scene, pairs);
}

/** In a lesson, the parameters the learner changed from the step's own link, as the link writes them (none outside a lesson). */
export function lessonChanges(s: Pick<AppState, 'lesson' | 'scene' | 'params'>): [string, string][] {
  const setup = s.lesson && lessonStepSetup(s.lesson);
  const def = findScene(s.scene);
  if (!setup || !def || setup.scene !== s.scene) return [];
  const pairs: [string, string][] = [];
  for (const [name, codec] of Object.entries(def.schema)) {
    const value = s.params[name] ?? codec.default;
    if (!codec.equals(value, setup.params[name])) pairs.push([codec.key, codec.format(value)]);
  }
  return pairs;
}

/** The hash of a lesson step as its own link sets it up (the learner's changes to this step left behind). */
export function lessonStepHash(s: AppState, at: LessonAt): string {
  const setup = lessonStepSetup(at);
  return hashFor({ ...s, lesson: at, ...(setup ?? {}) });
}

/**
 * Keeps the store, the hash, localStorage and `<html lang / data-theme>` in step: the hash is read at
 * start and on every hashchange; every state change writes it back with replaceState (not while
 * playing, when only the position moves). Returns a function that stops the sync.
 */
export function startUrlSync(): () => void {
  const stored = loadPrefs();
  const state = useAppStore.getState();
  const preferred = stored.lang ?? (navigator.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en');
  state.setLang(preferred);
  if (stored.theme) state.setTheme(stored.theme);
  applyHash(location.hash);
  // Applied at once: a scene whose chunk is still on its way shows the loading placeholder meanwhile (the
  // menu fetches a chunk as soon as it is pointed at). Deferring it instead would leave the old scene
  // live, and its next state change would write its own hash over the new one.
  const onHash = () => applyHash(location.hash);
  window.addEventListener('hashchange', onHash);
  const apply = (s: AppState) => {
    document.documentElement.lang = LANG_TAGS[s.lang];
    document.documentElement.dataset.theme = s.theme;
  };
  apply(useAppStore.getState());
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.theme !== prev.theme) {
      apply(s);
      savePrefs(s.lang, s.theme);
    }
    if (s.lessonsLoading || (s.playing && s.position !== prev.position && s.params === prev.params)) return;
    const hash = hashFor(s);
    if (hash !== location.hash) history.replaceState(null, '', hash);
  });
  return () => {
    window.removeEventListener('hashchange', onHash);
    unsubscribe();
  };
}

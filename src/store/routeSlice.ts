import type { StateCreator } from 'zustand';
import { findScene } from '../scenes/registry.ts';
import { throughCodecs } from '../url/schema.ts';
import type { Correction } from '../url/schema.ts';
import type { AppState } from './store.ts';

/** A lesson being followed (`#/lesson/<id>?step=N`): its id and step, counted from 1. */
export interface LessonAt {
  id: string;
  step: number;
}

/**
 * Which scene is open, its parameter values (inputs only, never results), and what the URL corrected. In a
 * lesson, `scene` and `params` are the current step's scene and `lesson` says where in the lesson we are.
 */
export interface RouteSlice {
  scene: string;
  params: Record<string, unknown>;
  corrections: Correction[];
  lesson: LessonAt | null;
  /**
   * A lesson link is being read while the lessons' data (its own chunk) is on its way: the page shows the
   * loading placeholder and the link is not written back until the link has been read.
   */
  lessonsLoading: boolean;
  /** Opens a scene with parsed values (from the URL or a link), inside a lesson when `lesson` is given. */
  openScene: (scene: string, params: Record<string, unknown>, corrections?: Correction[], lesson?: LessonAt | null) => void;
  /**
   * Changes some parameters of the open scene, each through its codec: the store never holds a value a
   * link could not carry (out of range is clamped, unknown names are dropped).
   */
  setParams: (changes: Record<string, unknown>) => void;
  dismissCorrections: () => void;
  /** Waits for the lessons' data: the lessons scene, loading (`openScene` ends it). */
  awaitLessons: () => void;
}

/** Initial route: the overview. */
export const initialRoute = (): Pick<RouteSlice, 'scene' | 'params' | 'corrections' | 'lesson' | 'lessonsLoading'> => ({ scene: '', params: {}, corrections: [], lesson: null, lessonsLoading: false });

/** The route slice. */
export const createRouteSlice: StateCreator<AppState, [], [], RouteSlice> = (set) => ({
  ...initialRoute(),
  openScene: (scene, params, corrections = [], lesson = null) => set({ scene, params, corrections, lesson, lessonsLoading: false }),
  setParams: (changes) =>
    set((s) => {
      const schema = findScene(s.scene)?.schema;
      return { params: { ...s.params, ...(schema ? throughCodecs(schema, changes) : {}) } };
    }),
  dismissCorrections: () => set({ corrections: [] }),
  awaitLessons: () => set({ scene: 'lessons', params: {}, corrections: [], lesson: null, lessonsLoading: true }),
});

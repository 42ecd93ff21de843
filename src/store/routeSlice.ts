import type { StateCreator } from 'zustand';
import { findScene } from '../scenes/registry.ts';
import { throughCodecs } from '../url/schema.ts';
import type { Correction } from '../url/schema.ts';
import type { AppState } from './store.ts';

/** Which scene is open, its parameter values (inputs only, never results), and what the URL corrected. */
export interface RouteSlice {
  scene: string;
  params: Record<string, unknown>;
  corrections: Correction[];
  /** Opens a scene with parsed values (from the URL or a link). */
  openScene: (scene: string, params: Record<string, unknown>, corrections?: Correction[]) => void;
  /**
   * Changes some parameters of the open scene, each through its codec: the store never holds a value a
   * link could not carry (out of range is clamped, unknown names are dropped).
   */
  setParams: (changes: Record<string, unknown>) => void;
  dismissCorrections: () => void;
}

/** Initial route: the overview. */
export const initialRoute = (): Pick<RouteSlice, 'scene' | 'params' | 'corrections'> => ({ scene: '', params: {}, corrections: [] });

/** The route slice. */
export const createRouteSlice: StateCreator<AppState, [], [], RouteSlice> = (set) => ({
  ...initialRoute(),
  openScene: (scene, params, corrections = []) => set({ scene, params, corrections }),
  setParams: (changes) =>
    set((s) => {
      const schema = findScene(s.scene)?.schema;
      return { params: { ...s.params, ...(schema ? throughCodecs(schema, changes) : {}) } };
    }),
  dismissCorrections: () => set({ corrections: [] }),
});

import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

/**
 * A cell a learner points at: which of the scene's tensors (`kind`, each scene names its own: conv2d's
 * 'input', 'weight', 'output', the transposed scene's 'source', …) and the cell's index in it. The store
 * holds any kind; a scene reads only its own kinds through `useFocus`.
 */
export interface Focus<K extends string = string> {
  kind: K;
  index: readonly number[];
}

/** Hover and pin: one focused cell drives every highlight (ezyang's idea); a pinned one wins over hover. */
export interface SelectionSlice {
  hover: Focus | null;
  pinned: Focus | null;
  setHover: (focus: Focus | null) => void;
  /** Pins a cell, or unpins it when it is already pinned. */
  togglePin: (focus: Focus) => void;
  unpin: () => void;
}

/** Initial selection: nothing. */
export const initialSelection = (): Pick<SelectionSlice, 'hover' | 'pinned'> => ({ hover: null, pinned: null });

const same = (a: Focus | null, b: Focus) => a !== null && a.kind === b.kind && a.index.join() === b.index.join();

/** The selection slice. */
export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  ...initialSelection(),
  setHover: (hover) => set({ hover }),
  togglePin: (focus) => set((s) => ({ pinned: same(s.pinned, focus) ? null : focus })),
  unpin: () => set({ pinned: null }),
});

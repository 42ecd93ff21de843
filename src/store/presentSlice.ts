import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

/**
 * How the page is delivered: `present` lays it out for a projector (playback only, large type), `embed`
 * shows the scene alone for an `<iframe>`, `controls` names the parameters shown (their PyTorch keys;
 * null: all). `blank` is the presenter's black screen (B), never in a link.
 */
export interface PresentSlice {
  present: boolean;
  embed: boolean;
  controls: readonly string[] | null;
  blank: boolean;
  setDelivery: (d: { present: boolean; embed: boolean; controls: readonly string[] | null }) => void;
  setPresent: (present: boolean) => void;
  toggleBlank: () => void;
}

/** Initial delivery: the ordinary page. */
export const initialPresent = (): Pick<PresentSlice, 'present' | 'embed' | 'controls' | 'blank'> => ({ present: false, embed: false, controls: null, blank: false });

/** The delivery slice. */
export const createPresentSlice: StateCreator<AppState, [], [], PresentSlice> = (set) => ({
  ...initialPresent(),
  setDelivery: ({ present, embed, controls }) => set((s) => ({ present, embed, controls, blank: present && s.blank })),
  setPresent: (present) => set({ present, blank: false }),
  toggleBlank: () => set((s) => ({ blank: !s.blank })),
});

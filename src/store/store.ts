import { create } from 'zustand';
import { createPlaybackSlice, initialPlayback } from './playbackSlice.ts';
import type { PlaybackSlice } from './playbackSlice.ts';
import { createPrefsSlice, initialPrefs } from './prefsSlice.ts';
import type { PrefsSlice } from './prefsSlice.ts';
import { createPresentSlice, initialPresent } from './presentSlice.ts';
import type { PresentSlice } from './presentSlice.ts';
import { createRouteSlice, initialRoute } from './routeSlice.ts';
import type { RouteSlice } from './routeSlice.ts';
import { createSelectionSlice, initialSelection } from './selectionSlice.ts';
import type { SelectionSlice } from './selectionSlice.ts';

/** The whole app state: typed slices of inputs; results are derived by selectors and hooks. */
export type AppState = PrefsSlice & RouteSlice & PlaybackSlice & SelectionSlice & PresentSlice & { reset: () => void };

/** The one store. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createPrefsSlice(...a),
  ...createRouteSlice(...a),
  ...createPlaybackSlice(...a),
  ...createSelectionSlice(...a),
  ...createPresentSlice(...a),
  reset: () => a[0]({ ...initialPrefs(), ...initialRoute(), ...initialPlayback(), ...initialSelection(), ...initialPresent() }),
}));

/** Named selectors, so components subscribe to exactly what they read. */
export const selectLang = (s: AppState) => s.lang;
export const selectTheme = (s: AppState) => s.theme;
export const selectScene = (s: AppState) => s.scene;
export const selectParams = (s: AppState) => s.params;
export const selectCorrections = (s: AppState) => s.corrections;
export const selectPlaying = (s: AppState) => s.playing;
export const selectPosition = (s: AppState) => s.position;
export const selectSpeed = (s: AppState) => s.speed;
export const selectPresent = (s: AppState) => s.present;
export const selectEmbed = (s: AppState) => s.embed;
export const selectControls = (s: AppState) => s.controls;
export const selectBlank = (s: AppState) => s.blank;

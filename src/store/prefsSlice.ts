import type { StateCreator } from 'zustand';
import type { Lang } from '../i18n/translate.ts';
import type { AppState } from './store.ts';

/** Colour themes: light, dark, and projector (high contrast, large type for a classroom). */
export const THEMES = ['light', 'dark', 'projector'] as const;

/** A theme name as used in `?theme=`. */
export type Theme = (typeof THEMES)[number];

/** The learner's preferences: interface language and theme. */
export interface PrefsSlice {
  lang: Lang;
  theme: Theme;
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme) => void;
}

/** Initial preferences (before storage and the URL are read). */
export const initialPrefs = (): Pick<PrefsSlice, 'lang' | 'theme'> => ({ lang: 'en', theme: 'light' });

/** The preferences slice. */
export const createPrefsSlice: StateCreator<AppState, [], [], PrefsSlice> = (set) => ({
  ...initialPrefs(),
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
});

import { memo } from 'react';
import { useT } from '../i18n/useT.ts';
import { LANG_TAGS, LANGS } from '../i18n/translate.ts';
import type { Lang } from '../i18n/translate.ts';
import { THEMES } from '../store/prefsSlice.ts';
import type { Theme } from '../store/prefsSlice.ts';
import { selectLang, selectTheme, useAppStore } from '../store/store.ts';
import { SceneMenu } from './SceneMenu.tsx';

const LANG_NAMES: Record<Lang, string> = { en: 'English', zh: '简体中文' };
const THEME_KEYS = { light: 'themeLight', dark: 'themeDark', projector: 'themeProjector' } as const;

/** The top bar: app name, the scene menu, language and theme switches, and the presenter button. */
export const Header = memo(function Header() {
  const t = useT();
  const lang = useAppStore(selectLang);
  const theme = useAppStore(selectTheme);
  const setLang = useAppStore((s) => s.setLang);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <header className="app-header">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('skipToContent')}
      </a>
      <a className="app-name" href="#/">
        {t('appName')}
      </a>
      <SceneMenu />
      <div className="header-controls">
        <label>
          <span>{t('language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={LANG_TAGS[l]}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          title={t('presentTitle')}
          onClick={() => {
            useAppStore.getState().setPresent(true);
            // Full screen needs the click's user activation; refused (an iframe, a policy), the layout still applies.
            void document.documentElement.requestFullscreen?.().catch(() => undefined);
          }}
        >
          {t('present')}
        </button>
        <label>
          <span>{t('theme')}</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(THEME_KEYS[th])}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
});

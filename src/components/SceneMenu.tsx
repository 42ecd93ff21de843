import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/useT.ts';
import { findScene, isBuilt, loadScene, SCENES } from '../scenes/registry.ts';
import { selectScene, useAppStore } from '../store/store.ts';

/**
 * The scene menu: a disclosure button naming the open scene, and a panel with the overview and every
 * scene of the curriculum (those not built yet marked as coming soon). One row in the header however
 * many scenes there are; Escape, a click outside, or choosing a scene closes it.
 */
export function SceneMenu() {
  const t = useT();
  // In a lesson the page is the lessons', whichever scene its step shows.
  const scene = useAppStore((s) => (s.lesson ? 'lessons' : selectScene(s)));
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const def = findScene(scene);
  const current = scene === '' ? t('overviewLink') : def ? t(def.titleKey) : scene;

  useEffect(() => setOpen(false), [scene]);
  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    // Scenes bind Space (play) and Escape (unpin) on the window: inside the menu, the menu has them.
    if (e.key === ' ') e.stopPropagation();
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };

  return (
    <nav ref={root} className="scene-menu" aria-label={t('sceneMenu')} onKeyDown={onKeyDown}>
      <button ref={button} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        <span className="scene-menu-label">{t('sceneMenuLabel')}</span> <span className="scene-menu-current">{current}</span>
        <span className="scene-menu-chevron" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <ul id={panelId} className="scene-menu-panel" hidden={!open}>
        <li>
          <a href="#/" aria-current={scene === '' ? 'page' : undefined} onClick={() => setOpen(false)}>
            {t('overviewLink')}
          </a>
        </li>
        {SCENES.map((entry) =>
          isBuilt(entry) ? (
            <li key={entry.id}>
              <a
                href={`#/${entry.id}`}
                aria-current={scene === entry.id ? 'page' : undefined}
                onClick={() => setOpen(false)}
                // Pointing at a scene starts fetching its chunk, so it usually opens without a wait.
                onPointerEnter={() => void loadScene(entry).catch(() => undefined)}
                onFocus={() => void loadScene(entry).catch(() => undefined)}
              >
                {t(entry.titleKey)}
              </a>
            </li>
          ) : (
            <li key={entry.id} className="scene-menu-planned">
              {t(entry.titleKey)} <span className="badge">{t('comingSoon')}</span>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

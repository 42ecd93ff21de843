import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/useT.ts';
import { findScene, PLANNED_SCENES, sceneKeys } from '../scenes/registry.ts';
import { selectScene, useAppStore } from '../store/store.ts';

/**
 * The scene menu: a disclosure button naming the open scene, and a panel with the overview and every
 * scene of the curriculum (those not built yet marked as coming soon). One row in the header however
 * many scenes there are; Escape, a click outside, or choosing a scene closes it.
 */
export function SceneMenu() {
  const t = useT();
  const scene = useAppStore(selectScene);
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
        {PLANNED_SCENES.map((id) =>
          findScene(id) ? (
            <li key={id}>
              <a href={`#/${id}`} aria-current={scene === id ? 'page' : undefined} onClick={() => setOpen(false)}>
                {t(sceneKeys(id).title)}
              </a>
            </li>
          ) : (
            <li key={id} className="scene-menu-planned">
              {t(sceneKeys(id).title)} <span className="badge">{t('comingSoon')}</span>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

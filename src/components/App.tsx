import { Suspense, use, useEffect } from 'react';
import { useEmbedHeight } from '../hooks/useEmbedHeight.ts';
import { useT } from '../i18n/useT.ts';
import { findScene, loadScene } from '../scenes/registry.ts';
import type { SceneDef } from '../scenes/registry.ts';
import { selectControls, selectEmbed, selectPresent, selectScene, useAppStore } from '../store/store.ts';
import { CorrectionsNotice } from './CorrectionsNotice.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Header } from './Header.tsx';
import { NotFound } from './NotFound.tsx';
import { Overview } from './Overview.tsx';
import { Presenter } from './Presenter.tsx';

/** The open scene's view, from its own chunk (suspends until the chunk has arrived, the first time only). */
function SceneView({ def }: { def: SceneDef }) {
  const { default: View } = use(loadScene(def));
  return <View />;
}

/**
 * Shown while a scene's chunk is on its way (on loopback, a few tens of milliseconds): marked busy, not a
 * live region, so screen readers are not interrupted for it and the page's one status stays the notices.
 */
function SceneLoading() {
  const t = useT();
  return (
    <p className="scene-loading" aria-busy="true">
      {t('sceneLoading')}
    </p>
  );
}

/**
 * The shell: header, notices, and the open scene (or the overview, or a not-found message). One error
 * boundary covers the header too, so no error ever leaves a blank page; an inner one keeps the header
 * usable when only the scene fails. `present=1` and `embed=1` drop the header and mark `<html>`
 * (`data-present`, `data-embed`, `data-controls` when `controls=` names some) for the layout in styles.css.
 */
export function App() {
  const t = useT();
  const scene = useAppStore(selectScene);
  const present = useAppStore(selectPresent);
  const embed = useAppStore(selectEmbed);
  const controls = useAppStore(selectControls);
  // In a lesson (`#/lesson/<id>`) the lessons view frames the step's scene, which is the store's `scene`.
  const inLesson = useAppStore((s) => s.lesson !== null);
  const lessonsLoading = useAppStore((s) => s.lessonsLoading);
  const def = scene === '' ? undefined : findScene(inLesson ? 'lessons' : scene);
  useEffect(() => {
    const html = document.documentElement;
    html.toggleAttribute('data-present', present && !embed);
    html.toggleAttribute('data-embed', embed);
    html.toggleAttribute('data-controls', controls !== null && controls.length > 0);
  }, [present, embed, controls]);
  useEmbedHeight(embed);
  return (
    <ErrorBoundary resetKey={scene}>
      {!present && !embed && <Header />}
      {present && !embed && <Presenter />}
      <main id="main" tabIndex={-1}>
        {/* The page's one h1 (the header's menu already shows the title); the scenes' panels are h2. */}
        {def && <h1 className="visually-hidden">{t(def.titleKey)}</h1>}
        <CorrectionsNotice />
        <ErrorBoundary resetKey={scene}>
          {scene === '' ? (
            <Overview />
          ) : lessonsLoading ? (
            <SceneLoading />
          ) : def ? (
            <Suspense fallback={<SceneLoading />}>
              <SceneView def={def} />
            </Suspense>
          ) : (
            <NotFound scene={scene} />
          )}
        </ErrorBoundary>
      </main>
    </ErrorBoundary>
  );
}

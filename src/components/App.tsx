import { findScene } from '../scenes/registry.ts';
import { selectScene, useAppStore } from '../store/store.ts';
import { CorrectionsNotice } from './CorrectionsNotice.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Header } from './Header.tsx';
import { NotFound } from './NotFound.tsx';
import { Overview } from './Overview.tsx';

/** The shell: header, notices, and the open scene (or the overview, or a not-found message). */
export function App() {
  const scene = useAppStore(selectScene);
  const def = scene === '' ? undefined : findScene(scene);
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1}>
        <CorrectionsNotice />
        <ErrorBoundary resetKey={scene}>
          {scene === '' ? <Overview /> : def ? <def.Component /> : <NotFound scene={scene} />}
        </ErrorBoundary>
      </main>
    </>
  );
}

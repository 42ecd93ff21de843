import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import { whenSceneReady } from './scenes/registry.ts';
import { useAppStore } from './store/store.ts';
import { startUrlSync } from './store/urlSync.ts';
import './styles.css';

startUrlSync();
const root = document.getElementById('root');
// The first render waits for the open scene's chunk (fetched in parallel with nothing else to do), so
// the scene appears in one step after the static first row, with no loading placeholder in between.
if (root !== null) {
  whenSceneReady(useAppStore.getState().scene, () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}

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

// Offline after one visit: the built app's service worker (sw.js, written by scripts/offlinePlugin.ts)
// precaches this build. Registered after load so it never competes with the first render; where it is
// refused (a private window, a blocked origin) the app simply stays online-only.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}

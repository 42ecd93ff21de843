import { useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { useAppStore } from '../store/store.ts';
import { download, exportFileName, rasterize, stagePicture } from './exportImage.ts';
import { MAX_GIF_FRAMES, makeGif } from './exportGif.ts';
import styles from './ExportMenu.module.css';

type Busy = { done: number; total: number } | null;

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png'));
}

/**
 * "Export: PNG SVG GIF" in a scene's link row: the picture region (`.stage-box` of the same scene) as a
 * PNG (twice its CSS size, for slides) or an SVG with computed styles inlined, and the timeline as an
 * animated GIF with a progress bar and Cancel. Files are named after the scene and the link's settings.
 * The GIF steps the store's position frame by frame while paused, and puts it back when done.
 */
export function ExportMenu() {
  const t = useT();
  const ref = useRef<HTMLSpanElement>(null);
  const cancel = useRef(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);

  const stage = (): HTMLElement => {
    const el = ref.current?.closest('.scene')?.querySelector<HTMLElement>('.stage-box');
    if (!el) throw new Error(t('stageRegion'));
    return el;
  };
  const run = (job: () => Promise<void>) => {
    setError(null);
    job().catch((e: unknown) => setError(t('export.failed', { message: e instanceof Error ? e.message : String(e) })));
  };
  const png = () =>
    run(async () => {
      const canvas = await rasterize(stagePicture(stage()), 2);
      download(await canvasBlob(canvas), exportFileName(location.hash, 'png'));
    });
  const svg = () =>
    run(async () => {
      const picture = stagePicture(stage());
      download(new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${picture.svg}`], { type: 'image/svg+xml' }), exportFileName(location.hash, 'svg'));
    });
  const gif = () =>
    run(async () => {
      const el = stage();
      // The timeline's length, as the open scene's playback publishes it (null: no timeline, one frame).
      const store = useAppStore.getState();
      const { position, speed } = store;
      const total = store.timelineLength ?? 1;
      store.pause();
      cancel.current = false;
      setBusy({ done: 0, total: Math.min(total, MAX_GIF_FRAMES) });
      try {
        const blob = await makeGif({
          stage: el,
          total,
          speed,
          seek: (s) => useAppStore.getState().seek(s),
          onFrame: (done, of) => setBusy({ done, total: of }),
          cancelled: () => cancel.current,
        });
        if (blob) download(blob, exportFileName(location.hash, 'gif', false));
      } finally {
        useAppStore.getState().seek(position);
        setBusy(null);
      }
    });

  return (
    // A menu that opens over the page: three buttons in the link row took the width of the picture's row
    // (pooling's output cells shrank below the size that prints a value).
    <details className={styles.menu}>
      <summary>{t('export.label')}</summary>
      <span ref={ref} className={styles.export} role="group" aria-label={t('export.label')}>
        {busy ? (
          <span className={styles.progress}>
            <progress max={busy.total} value={busy.done} aria-label={t('export.progress', { n: busy.done, total: busy.total })} />
            <span aria-live="polite" title={t('export.progress', { n: busy.done, total: busy.total })}>
              GIF {busy.done}/{busy.total}
            </span>
            <button type="button" onClick={() => (cancel.current = true)}>{t('export.cancel')}</button>
          </span>
        ) : (
          <>
            <button type="button" onClick={png} title={t('export.pngTitle')}>{t('export.png')}</button>
            <button type="button" onClick={svg} title={t('export.svgTitle')}>{t('export.svg')}</button>
            <button type="button" onClick={gif} title={t('export.gifTitle')}>{t('export.gif')}</button>
          </>
        )}
        {error && <p className={styles.error} role="alert">{error}</p>}
      </span>
    </details>
  );
}

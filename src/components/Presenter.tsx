import { useEffect } from 'react';
import { useT } from '../i18n/useT.ts';
import { selectBlank, useAppStore } from '../store/store.ts';

/** Leaves presenter mode: out of full screen too, when the page is in it. */
export function exitPresent(): void {
  useAppStore.getState().setPresent(false);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/**
 * Presenter mode's own parts (`present=1`): B blanks the screen and shows it again (what a teacher does
 * to turn the class's eyes away), a quiet button to leave, and leaving full screen (Esc) leaves the mode
 * when the header's button had entered it.
 */
export function Presenter() {
  const t = useT();
  const blank = useAppStore(selectBlank);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'b' && e.key !== 'B')) return;
      const target = e.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
      e.preventDefault();
      useAppStore.getState().toggleBlank();
    };
    // Full screen entered by the button and left with Esc: back to the ordinary page.
    let wasFull = document.fullscreenElement !== null;
    const onFull = () => {
      const full = document.fullscreenElement !== null;
      if (wasFull && !full) useAppStore.getState().setPresent(false);
      wasFull = full;
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFull);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFull);
    };
  }, []);
  return (
    <>
      <button type="button" className="present-exit" onClick={exitPresent}>
        {t('exitPresent')}
      </button>
      {blank && (
        <div className="present-blank" role="status" onClick={() => useAppStore.getState().toggleBlank()}>
          <span className="visually-hidden">{t('blanked')}</span>
        </div>
      )}
    </>
  );
}

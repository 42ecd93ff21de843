import { useLayoutEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { FocusCell } from '../../../animations/conv2dHighlights.ts';
import { useT } from '../../../i18n/useT.ts';
import { useAppStore } from '../../../store/store.ts';
import styles from './ExplainSheet.module.css';

/** Space kept between the pinned cell and the sheet's top edge, in pixels. */
const CLEARANCE = 12;

/**
 * On a phone, the explanation of the pinned cell in a sheet fixed to the bottom of the screen, next to
 * what was tapped instead of a long scroll below the picture. When the sheet opens (or another cell is
 * pinned) the page scrolls just enough that the pinned cell stays visible above it. Close unpins.
 */
export function ExplainSheet({ pinned, children }: { pinned: FocusCell; children: ReactNode }) {
  const t = useT();
  const unpin = useAppStore((s) => s.unpin);
  const ref = useRef<HTMLElement>(null);
  const key = `${pinned.kind}${pinned.index.join()}`;
  useLayoutEffect(() => {
    const sheet = ref.current;
    const ring = document.querySelector('.grid-pinned');
    if (!sheet || !ring) return;
    const top = sheet.getBoundingClientRect().top;
    const cell = ring.getBoundingClientRect();
    if (cell.bottom > top - CLEARANCE) window.scrollBy({ top: cell.bottom - top + CLEARANCE, behavior: 'instant' });
    else if (cell.top < 0) window.scrollBy({ top: cell.top - CLEARANCE, behavior: 'instant' });
  }, [key]);
  return (
    <section ref={ref} className={styles.explainSheet} aria-label={t('sheet.label')}>
      <button type="button" className={styles.close} onClick={unpin}>
        {t('sheet.close')}
      </button>
      {children}
    </section>
  );
}

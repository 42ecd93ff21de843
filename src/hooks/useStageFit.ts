import { useCallback, useRef } from 'react';
import { fitStage } from '../layout/stageFit.ts';

/** Measures the picture region drawn at `scale` (its children zoomed by `--stage-fit`). */
function probeAt(box: HTMLElement, scale: number) {
  box.style.setProperty('--stage-fit', String(scale));
  // Half a pixel of slack: sub-pixel zoomed sizes round either way.
  const fitsWidth = box.scrollWidth <= box.clientWidth + 0.5;
  const overflowHeight = box.scrollHeight - box.clientHeight;
  return { fitsWidth, fits: fitsWidth && overflowHeight <= 0.5, overflowHeight };
}

/**
 * In an embed the picture must fit its frame: when the picture region's content is larger than the
 * region, its children are zoomed (`--stage-fit`, read by styles.css under `[data-embed]`) to the largest
 * scale at which it fits, not below `MIN_STAGE_FIT` (then it scrolls). `data-fit-extra` on the region says
 * how much taller the frame would need to be to show it at the scale its width allows; the embed's height
 * message adds it. Refitted whenever the region or its content changes size. Returns the region's ref.
 */
export function useStageFit(active: boolean): (el: HTMLDivElement | null) => void {
  const cleanup = useRef<(() => void) | null>(null);
  return useCallback(
    (box: HTMLDivElement | null) => {
      cleanup.current?.();
      cleanup.current = null;
      if (box === null || !active || typeof ResizeObserver === 'undefined') return;
      const fit = () => {
        const { scale, extraHeight } = fitStage((s) => probeAt(box, s));
        box.style.setProperty('--stage-fit', String(scale));
        box.dataset.fitExtra = String(extraHeight);
      };
      // The region (the frame resized) and its children (the scene drew more or less); a fit that ends
      // at the sizes it started from is not observed again, so this does not loop.
      const sizes = new ResizeObserver(fit);
      const watch = () => {
        sizes.disconnect();
        sizes.observe(box);
        for (const child of Array.from(box.children)) sizes.observe(child);
      };
      const children = new MutationObserver(watch);
      children.observe(box, { childList: true });
      watch();
      cleanup.current = () => {
        sizes.disconnect();
        children.disconnect();
        box.style.removeProperty('--stage-fit');
        delete box.dataset.fitExtra;
      };
    },
    [active],
  );
}

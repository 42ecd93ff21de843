import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** The content-box size of `el` (its client size less padding). */
function contentSize(el: HTMLElement): { width: number; height: number } {
  const cs = getComputedStyle(el);
  return {
    width: el.clientWidth - (parseFloat(cs.paddingLeft) || 0) - (parseFloat(cs.paddingRight) || 0),
    height: el.clientHeight - (parseFloat(cs.paddingTop) || 0) - (parseFloat(cs.paddingBottom) || 0),
  };
}

/**
 * The content-box size of an element, 0×0 until it is laid out. Measured once in a layout effect, so the
 * first painted frame already has the real size (a view that waits for it never appears a frame later
 * and pushes what is below it down: no layout shift), then kept up to date by a ResizeObserver.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return undefined;
    const update = (width: number, height: number) =>
      setSize((s) => (Math.abs(s.width - width) < 1 && Math.abs(s.height - height) < 1 ? s : { width, height }));
    const first = contentSize(el);
    update(first.width, first.height);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => update(entry.contentRect.width, entry.contentRect.height));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

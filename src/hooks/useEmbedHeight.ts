import { useEffect } from 'react';

/**
 * In an embed, tells the framing page how tall the content is, so the frame can size itself: posts
 * `{ type: 'convscope:height', height }` (CSS pixels, whole) to `window.parent` on load and whenever the
 * content's height changes. Does nothing when the page is not framed.
 */
export function useEmbedHeight(active: boolean): void {
  useEffect(() => {
    if (!active || window.parent === window) return;
    const root = document.getElementById('root') ?? document.body;
    let last = -1;
    // The scene fills the frame and scrolls inside `main` when it cannot fit: the height it needs is
    // the frame's plus what `main` would scroll, plus what a shrunk picture would need to show larger.
    const post = () => {
      const main = root.querySelector('main');
      const overflow = main ? main.scrollHeight - main.clientHeight : 0;
      // A picture shrunk to fit (useStageFit) says how much taller it would need the frame.
      const shrunk = Number(root.querySelector<HTMLElement>('.stage-box')?.dataset.fitExtra ?? 0) || 0;
      const height = Math.ceil(root.getBoundingClientRect().height + Math.max(0, overflow) + shrunk);
      if (height === last) return;
      last = height;
      // The parent's origin is unknown (any teaching site); the message carries only a height.
      window.parent.postMessage({ type: 'convscope:height', height }, '*');
    };
    const observer = new ResizeObserver(post);
    const watch = () => {
      observer.disconnect();
      observer.observe(root);
      for (const el of Array.from(root.querySelectorAll('main, main > *, .scene > *'))) observer.observe(el);
      post();
    };
    // A scene's chunk arrives after the first render, and scenes change: watch what is there now.
    let frame = 0;
    const mutations = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(watch);
    });
    mutations.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-fit-extra'] });
    watch();
    window.addEventListener('resize', post);
    return () => {
      cancelAnimationFrame(frame);
      mutations.disconnect();
      observer.disconnect();
      window.removeEventListener('resize', post);
    };
  }, [active]);
}

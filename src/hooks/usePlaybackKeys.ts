import { useLayoutEffect, useRef } from 'react';

/** What the playback keys do; the scene supplies each action. */
export interface PlaybackKeyActions {
  togglePlay: () => void;
  stepCell: (delta: 1 | -1) => void;
  stepTerm: (delta: 1 | -1) => void;
  slower: () => void;
  faster: () => void;
  toStart: () => void;
  toEnd: () => void;
  escape: () => void;
  help: () => void;
}

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'button';
}

/**
 * Offers a "next"/"previous" key press to whoever moves through steps above the scene (a lesson): a
 * cancelable `convscope:next` / `convscope:prev` CustomEvent on `window`. A listener that calls
 * `preventDefault()` takes the press; otherwise the playback steps. True when it was taken.
 */
function takenByLesson(dir: 'next' | 'prev'): boolean {
  return !window.dispatchEvent(new CustomEvent(`convscope:${dir}`, { cancelable: true }));
}

/**
 * The keyboard model every scene shares: Space play/pause, ←/→ (and PageDown/PageUp, what presentation
 * clickers send) by output cell, Shift+←/→ by single
 * multiply-add, [ and ] slower/faster, Home/End, Escape unpins, ? opens the help. Keys typed into a
 * field stay with the field (Escape still works).
 */
export function usePlaybackKeys(actions: PlaybackKeyActions): void {
  const ref = useRef(actions);
  ref.current = actions;
  // Attached with the commit, before the first paint: once the playback bar is on screen, its keys work
  // (a passive effect could run after the learner's first key press).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const a = ref.current;
      if (e.key === 'Escape') {
        a.escape();
        return;
      }
      if (typingInto(e.target)) return;
      const handlers: Record<string, () => void> = {
        ' ': a.togglePlay,
        ArrowRight: () => (e.shiftKey ? a.stepTerm(1) : takenByLesson('next') || a.stepCell(1)),
        ArrowLeft: () => (e.shiftKey ? a.stepTerm(-1) : takenByLesson('prev') || a.stepCell(-1)),
        PageDown: () => takenByLesson('next') || a.stepCell(1),
        PageUp: () => takenByLesson('prev') || a.stepCell(-1),
        '[': a.slower,
        ']': a.faster,
        Home: a.toStart,
        End: a.toEnd,
        '?': a.help,
      };
      const handler = handlers[e.key];
      if (handler === undefined) return;
      // A focused button would also "click" on Space; the shortcut wins so Space always toggles.
      e.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

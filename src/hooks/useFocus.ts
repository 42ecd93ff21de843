import { useMemo } from 'react';
import type { Focus } from '../store/selectionSlice.ts';
import { useAppStore } from '../store/store.ts';

/** A scene's view of the selection: only cells of its own kinds, typed; hover and pin setters of the same type. */
export interface SceneFocus<K extends string> {
  /** The pinned cell, else the hovered one. */
  focus: Focus<K> | null;
  pinned: Focus<K> | null;
  setHover: (focus: Focus<K> | null) => void;
  togglePin: (focus: Focus<K>) => void;
}

/**
 * The focused and pinned cells as a scene reads them: a cell of another kind, or one `valid` rejects (an
 * index past the current shape after a parameter shrank it), reads as nothing, so no view indexes outside
 * its tensors.
 */
export function useFocus<const K extends string>(kinds: readonly K[], valid?: (focus: Focus<K>) => boolean): SceneFocus<K> {
  const hover = useAppStore((s) => s.hover);
  const pin = useAppStore((s) => s.pinned);
  const setHover = useAppStore((s) => s.setHover);
  const togglePin = useAppStore((s) => s.togglePin);
  const accept = (f: Focus | null): Focus<K> | null =>
    f !== null && (kinds as readonly string[]).includes(f.kind) && (valid === undefined || valid(f as Focus<K>)) ? (f as Focus<K>) : null;
  const pinned = accept(pin);
  const hovered = accept(hover);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => ({ focus: pinned ?? hovered, pinned, setHover, togglePin }), [pinned, hovered, setHover, togglePin]);
}

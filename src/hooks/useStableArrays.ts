import { useRef } from 'react';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Returns `arrays` with each element replaced by the previous call's array at the same place when the
 * contents are equal, so memoized grids whose marks did not change skip rendering.
 */
export function useStableArrays(arrays: Uint8Array[]): Uint8Array[] {
  const previous = useRef<Uint8Array[]>([]);
  const stable = arrays.map((a, i) => (previous.current[i] !== undefined && sameBytes(previous.current[i], a) ? previous.current[i] : a));
  previous.current = stable;
  return stable;
}

import type { Explanation } from '../../engine/index.ts';
import type { LabOptions, Rgb } from './compute.ts';
import type { Patch } from './model.ts';
import type { Kernel } from './schema.ts';

/** The largest picture accepted, per side (a larger one is refused with a message, not scaled). */
export const MAX_UPLOAD_SIDE = 4096;

/** Messages to the image lab's worker: load a picture (a file or the URL of a bundled one), filter it, explain a pixel. */
export type ToWorker =
  | { type: 'load'; id: number; source: Blob | string; maxSide: number }
  | { type: 'run'; id: number; channels: 1 | 3; filters: Kernel[]; options: LabOptions; colours: [Rgb, Rgb, Rgb] }
  | { type: 'explain'; id: number; filter: number; cell: [number, number] };

/** Why a picture could not be used: `lab.error.<code>` explains it with the values. */
export type PictureErrorCode = 'notImage' | 'tooLarge' | 'fetch' | 'failed';

/** One filter's output: its picture (the diverging scale up to `bound`), value range, size, and for a rank-1 kernel the two 1-D passes' largest difference. */
export interface MapResult {
  bitmap: ImageBitmap;
  range: [number, number];
  /** The |value| drawn in the full end colour (colorBound: the 99th percentile of |value|). */
  bound: number;
  size: [number, number];
  separableDifference: number | null;
}

/** Messages from the worker; `id` is the request's. */
export type FromWorker =
  | { type: 'picture'; id: number; size: [number, number]; original: [number, number]; bitmap: ImageBitmap }
  | { type: 'error'; id: number; code: PictureErrorCode; values: Record<string, number | string> }
  | { type: 'input'; id: number; bitmap: ImageBitmap }
  | { type: 'progress'; id: number; done: number }
  | { type: 'result'; id: number; maps: MapResult[]; ms: number }
  | { type: 'explanation'; id: number; filter: number; cell: [number, number]; explanation: Explanation; patch: Patch };

/** The size [H, W] a picture of `size` is filtered at: scaled (never up) so its longest side is at most `maxSide`. */
export function scaledSize(size: readonly [number, number], maxSide: number): [number, number] {
  const scale = Math.min(1, maxSide / Math.max(size[0], size[1]));
  return [Math.max(1, Math.round(size[0] * scale)), Math.max(1, Math.round(size[1] * scale))];
}

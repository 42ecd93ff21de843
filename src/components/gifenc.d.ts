/** Types of the parts of `gifenc` (pure JavaScript, no types of its own) that the GIF export uses. */
declare module 'gifenc' {
  /** An RGB(A) palette: one `[r, g, b]` or `[r, g, b, a]` per colour, 0–255. */
  export type Palette = number[][];
  /** Up to `maxColors` colours for flat RGBA pixels (`width × height × 4` bytes). */
  export function quantize(rgba: Uint8Array | Uint8ClampedArray, maxColors: number, options?: { format?: 'rgb565' | 'rgb444' | 'rgba4444' }): Palette;
  /** One palette index per pixel. */
  export function applyPalette(rgba: Uint8Array | Uint8ClampedArray, palette: Palette, format?: 'rgb565' | 'rgb444' | 'rgba4444'): Uint8Array;
  /** A GIF being written frame by frame. */
  export interface Encoder {
    /** `delay` in milliseconds; `repeat` 0 loops forever (first frame only). */
    writeFrame(index: Uint8Array, width: number, height: number, options?: { palette?: Palette; delay?: number; repeat?: number; first?: boolean }): void;
    finish(): void;
    bytes(): Uint8Array;
  }
  export function GIFEncoder(options?: { auto?: boolean; initialCapacity?: number }): Encoder;
}

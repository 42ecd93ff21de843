/** Side of the bitmap the UCI optdigits preprocessing counts on: 32×32, then 4×4 blocks → 8×8 pixels 0–16. */
export const BITMAP = 32;
/** A bitmap cell is on when at least this share of it is inked. */
const ON_SHARE = 0.3;
/** Samples per bitmap cell along each axis (an area estimate of the ink it covers). */
const SUB = 4;

/**
 * A drawing as load_digits' pixels: the ink's bounding box scaled (aspect kept, longer side to 32) and
 * centred on a 32×32 black-and-white bitmap, as NIST's forms were normalised, then each 4×4 block's
 * inked cells counted (0–16), as the UCI optdigits preprocessing did.
 * @param ink side × side coverage values (row-major; > 0.5 is ink), e.g. a canvas's alpha / 255
 * @returns 64 pixels 0–16, row-major 8×8 (all zero for an empty drawing)
 */
export function inkToPixels(ink: ArrayLike<number>, side: number): number[] {
  let top = side;
  let bottom = -1;
  let left = side;
  let right = -1;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      if (ink[y * side + x] > 0.5) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  const pixels = new Array<number>(64).fill(0);
  if (bottom < 0) return pixels;
  const h = bottom - top + 1;
  const w = right - left + 1;
  const scale = BITMAP / Math.max(h, w); // bitmap cells per source pixel
  const offY = (BITMAP - h * scale) / 2;
  const offX = (BITMAP - w * scale) / 2;
  const inked = (sy: number, sx: number) => {
    const y = Math.floor(top + (sy - offY) / scale);
    const x = Math.floor(left + (sx - offX) / scale);
    return y >= top && y <= bottom && x >= left && x <= right && ink[y * side + x] > 0.5;
  };
  for (let by = 0; by < BITMAP; by++) {
    for (let bx = 0; bx < BITMAP; bx++) {
      let hits = 0;
      for (let i = 0; i < SUB; i++) for (let j = 0; j < SUB; j++) if (inked(by + (i + 0.5) / SUB, bx + (j + 0.5) / SUB)) hits++;
      if (hits >= ON_SHARE * SUB * SUB) pixels[(by >> 2) * 8 + (bx >> 2)]++;
    }
  }
  return pixels;
}

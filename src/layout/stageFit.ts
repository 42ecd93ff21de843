/** The smallest scale an embedded picture is shrunk to (its 14 px numbers drawn at 7 px); below it the picture scrolls in its box instead. */
export const MIN_STAGE_FIT = 0.5;

/** How a picture fits its box at one scale: does it, and by how much its height exceeds the box (CSS px). */
export interface FitProbe {
  fits: boolean;
  fitsWidth: boolean;
  overflowHeight: number;
}

/** What `fitStage` found: the scale to draw at, and the extra height at which only the width limits it. */
export interface StageFit {
  scale: number;
  /** How much taller the box would have to be for the picture to show at `widthScale` (0 when it fits at 1). */
  extraHeight: number;
  widthScale: number;
}

/**
 * The largest scale in [min, 1] at which the picture fits its box, found by bisection over `probe` (which
 * draws the picture at a scale and measures it; a smaller scale never fits worse: shrunk content reflows
 * into a wider logical box). Also the largest scale at which its width fits, and how much height that
 * scale would need beyond the box: what an embed asks its frame for.
 */
export function fitStage(probe: (scale: number) => FitProbe, min = MIN_STAGE_FIT, steps = 7): StageFit {
  const full = probe(1);
  if (full.fits) return { scale: 1, extraHeight: 0, widthScale: 1 };
  const largest = (ok: (p: FitProbe) => boolean): number => {
    if (!ok(probe(min))) return min;
    let lo = min;
    let hi = 1;
    for (let i = 0; i < steps; i++) {
      const mid = (lo + hi) / 2;
      if (ok(probe(mid))) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  const widthScale = full.fitsWidth ? 1 : largest((p) => p.fitsWidth);
  const extraHeight = Math.max(0, Math.ceil(probe(widthScale).overflowHeight));
  const scale = largest((p) => p.fits);
  return { scale, extraHeight, widthScale };
}

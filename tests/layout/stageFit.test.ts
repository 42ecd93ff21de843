import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MIN_STAGE_FIT, fitStage } from '../../src/layout/stageFit.ts';

/**
 * A picture of `w`×`h` CSS px in a box of `bw`×`bh`, drawn at a scale: its drawn size is the natural size
 * times the scale, and (as zoomed content reflows into a wider logical box) its height may shrink more,
 * by `reflow` ∈ [0, 1] of what the extra logical width allows.
 */
function picture(w: number, h: number, bw: number, bh: number, reflow = 0) {
  const probes: number[] = [];
  const probe = (s: number) => {
    probes.push(s);
    const width = w * s;
    const height = h * s * (1 - reflow * (1 - s));
    return { fitsWidth: width <= bw + 0.5, fits: width <= bw + 0.5 && height <= bh + 0.5, overflowHeight: height - bh };
  };
  return { probe, probes };
}

describe('fitStage', () => {
  it('leaves a picture that fits at full size, with one measurement', () => {
    const p = picture(700, 300, 784, 383);
    expect(fitStage(p.probe)).toEqual({ scale: 1, extraHeight: 0, widthScale: 1 });
    expect(p.probes).toEqual([1]);
  });

  it('shrinks a tall picture to the box height, and asks for the height that shows it at full size', () => {
    // Squeeze-excite's sixteen cards at 800×500: 784 wide fits, 700 tall does not fit 368.
    const fit = fitStage(picture(784, 700, 784, 368).probe);
    expect(fit.widthScale).toBe(1);
    expect(fit.extraHeight).toBe(700 - 368);
    expect(fit.scale).toBeLessThanOrEqual(368.5 / 700);
    expect(fit.scale).toBeGreaterThan(368 / 700 - 0.01);
  });

  it('a wide picture: the width limits the scale, and the height asked for is at that scale', () => {
    // Pointwise at 400×600: 484 wide in a 384 box, 742 tall in 441.
    const fit = fitStage(picture(484, 742, 384, 441).probe);
    // Half a pixel of slack, as the page measures.
    expect(fit.widthScale).toBeLessThanOrEqual(384.5 / 484);
    expect(fit.widthScale).toBeGreaterThan(384 / 484 - 0.01);
    expect(fit.extraHeight).toBe(Math.ceil(742 * fit.widthScale - 441));
    expect(fit.scale).toBeLessThanOrEqual(441.5 / 742);
  });

  it('never goes below the floor: a picture too large for it scrolls at MIN_STAGE_FIT', () => {
    const fit = fitStage(picture(784, 4000, 784, 368).probe);
    expect(fit.scale).toBe(MIN_STAGE_FIT);
  });

  it('the scale it picks fits, is within 1 % of the largest that does, and never exceeds 1 (any box, any reflow)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 3000 }), fc.integer({ min: 50, max: 3000 }),
        fc.integer({ min: 200, max: 1900 }), fc.integer({ min: 150, max: 1000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (w, h, bw, bh, reflow) => {
          const { probe } = picture(w, h, bw, bh, reflow);
          const { scale } = fitStage(probe);
          expect(scale).toBeLessThanOrEqual(1);
          expect(scale).toBeGreaterThanOrEqual(MIN_STAGE_FIT);
          if (scale > MIN_STAGE_FIT) {
            expect(probe(scale).fits).toBe(true);
            if (scale < 1) expect(probe(Math.min(1, scale + 0.01)).fits).toBe(false);
          }
        },
      ),
    );
  });
});

/// <reference path="./gifenc.d.ts" />
import { GIFEncoder, applyPalette, quantize } from 'gifenc';
import { STEPS_PER_SECOND } from '../hooks/usePlaybackClock.ts';
import { rasterize, stagePicture } from './exportImage.ts';

/** At most this many frames: a longer timeline is sampled evenly (first and last step kept). */
export const MAX_GIF_FRAMES = 120;
/** A GIF is at most this wide (CSS pixels × scale), so a long timeline stays a few megabytes. */
const MAX_GIF_WIDTH = 960;

/** The steps a GIF of a `total`-step timeline shows: all of them, or `MAX_GIF_FRAMES` spread evenly. */
export function gifSteps(total: number): number[] {
  const n = Math.max(1, Math.floor(total));
  if (n <= MAX_GIF_FRAMES) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: MAX_GIF_FRAMES }, (_, i) => Math.round((i * (n - 1)) / (MAX_GIF_FRAMES - 1)));
}

/** What `makeGif` needs from the page: moving the timeline, and whether the picture is drawn. */
export interface GifSource {
  stage: HTMLElement;
  total: number;
  speed: number;
  seek: (step: number) => void;
  onFrame: (done: number, total: number) => void;
  cancelled: () => boolean;
}

/** Resolves once React has rendered the last `seek` and the stage is no longer computing. */
async function settled(stage: HTMLElement): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await new Promise<void>((resolve) => {
      // A hidden tab runs no animation frames; the timeout keeps the export going there.
      const timer = setTimeout(resolve, 100);
      requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
    });
    if (stage.getAttribute('aria-busy') !== 'true') return;
  }
}

/**
 * An animated GIF of the timeline: each chosen step is sought, drawn from the stage's picture and
 * quantized to its own 256-colour palette; a frame lasts as long as playback at the current speed would
 * spend on the steps it stands for, the last one two seconds. Null when cancelled.
 */
export async function makeGif(src: GifSource): Promise<Blob | null> {
  const steps = gifSteps(src.total);
  const gif = GIFEncoder();
  const first = stagePicture(src.stage);
  const scale = Math.min(1, MAX_GIF_WIDTH / first.width);
  const perStep = 1000 / (STEPS_PER_SECOND * Math.max(0.25, src.speed));
  for (let i = 0; i < steps.length; i++) {
    if (src.cancelled()) return null;
    src.seek(steps[i]);
    await settled(src.stage);
    const canvas = await rasterize(stagePicture(src.stage), scale, first);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D canvas');
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const palette = quantize(data, 256);
    const span = i + 1 < steps.length ? steps[i + 1] - steps[i] : 0;
    const delay = i + 1 < steps.length ? Math.max(60, Math.round(perStep * span)) : 2000;
    gif.writeFrame(applyPalette(data, palette), width, height, { palette, delay });
    src.onFrame(i + 1, steps.length);
  }
  gif.finish();
  return new Blob([gif.bytes() as Uint8Array<ArrayBuffer>], { type: 'image/gif' });
}

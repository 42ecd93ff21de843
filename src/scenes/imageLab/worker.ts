/**
 * The image lab's Web Worker: decodes and scales a picture, filters it with every kernel (conv2d in strips,
 * reporting progress), colours each output map and hands it back as an ImageBitmap, and explains single
 * pixels. The page's main thread only posts requests and draws bitmaps, so it stays responsive on large
 * pictures. Between strips the worker yields, so a newer request replaces an older run.
 */
import { colorBound, explainPixel, filterInStrips, pictureTensor, colorize, separableDifference, valueRange } from './compute.ts';
import type { LabOptions } from './compute.ts';
import { MAX_UPLOAD_SIDE, scaledSize } from './protocol.ts';
import type { FromWorker, MapResult, ToWorker } from './protocol.ts';
import { rank1Factors } from '../../engine/index.ts';
import type { Tensor } from '../../engine/index.ts';
import type { Kernel } from './schema.ts';

interface Picture {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
  tensors: Partial<Record<1 | 3, Tensor>>;
}

let picture: Picture | null = null;
let latestRun = 0;
let lastRun: { channels: 1 | 3; filters: Kernel[]; options: LabOptions } | null = null;
let queue: Promise<void> = Promise.resolve();

const send = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
// A yield through a message port: unlike setTimeout(0), it is not clamped to 4 ms when nested.
const yielder = new MessageChannel();
const waiting: (() => void)[] = [];
yielder.port1.onmessage = () => waiting.shift()?.();
const pause = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    yielder.port2.postMessage(null);
  });
/** Work runs this long (ms) between yields: progress is posted and newer requests are read then. */
const SLICE_MS = 15;
let shownInput: { picture: Picture; channels: 1 | 3 } | null = null;

function tensorOf(p: Picture, channels: 1 | 3): Tensor {
  return (p.tensors[channels] ??= pictureTensor(p.rgba, p.width, p.height, channels));
}

async function bitmapOf(rgba: Uint8ClampedArray<ArrayBuffer>, width: number, height: number): Promise<ImageBitmap> {
  return createImageBitmap(new ImageData(rgba, width, height));
}

async function load(m: Extract<ToWorker, { type: 'load' }>): Promise<void> {
  let blob: Blob;
  if (typeof m.source === 'string') {
    const response = await fetch(m.source).catch(() => null);
    if (!response || !response.ok) return send({ type: 'error', id: m.id, code: 'fetch', values: { url: m.source } });
    blob = await response.blob();
  } else blob = m.source;
  const decoded = await createImageBitmap(blob).catch(() => null);
  if (decoded === null || decoded.width === 0 || decoded.height === 0) {
    return send({ type: 'error', id: m.id, code: 'notImage', values: { type: blob.type || '?' } });
  }
  const original: [number, number] = [decoded.height, decoded.width];
  if (decoded.width > MAX_UPLOAD_SIDE || decoded.height > MAX_UPLOAD_SIDE) {
    decoded.close();
    return send({ type: 'error', id: m.id, code: 'tooLarge', values: { width: original[1], height: original[0], max: MAX_UPLOAD_SIDE } });
  }
  const [height, width] = scaledSize(original, m.maxSide);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(decoded, 0, 0, width, height);
  decoded.close();
  picture = { rgba: ctx.getImageData(0, 0, width, height).data, width, height, tensors: {} };
  const bitmap = canvas.transferToImageBitmap();
  send({ type: 'picture', id: m.id, size: [height, width], original, bitmap }, [bitmap]);
}

async function run(m: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  if (picture === null || m.id !== latestRun) return;
  const started = performance.now();
  const x = tensorOf(picture, m.channels);
  lastRun = { channels: m.channels, filters: m.filters, options: m.options };
  // The input as the filters read it (gray: the luminance they use).
  if (shownInput?.picture !== picture || shownInput.channels !== m.channels) {
    const shown = m.channels === 3 ? picture.rgba.slice() : grayPixels(x);
    const input = await bitmapOf(shown, picture.width, picture.height);
    send({ type: 'input', id: m.id, bitmap: input }, [input]);
    shownInput = { picture, channels: m.channels };
  }
  const maps: MapResult[] = [];
  for (let f = 0; f < m.filters.length; f++) {
    const k = m.filters[f];
    const work = filterInStrips(x, k, m.options);
    let step = work.next();
    let sliceStart = performance.now();
    while (!step.done) {
      if (performance.now() - sliceStart > SLICE_MS) {
        send({ type: 'progress', id: m.id, done: (f + step.value) / m.filters.length });
        await pause();
        if (m.id !== latestRun) return;
        sliceStart = performance.now();
      }
      step = work.next();
    }
    const out = step.value;
    const factors = rank1Factors(k.values, k.kH, k.kW);
    const difference = factors ? separableDifference(x, factors, m.options, out) : null;
    const [, h, w] = out.shape;
    const bound = colorBound(out.data);
    const bitmap = await bitmapOf(colorize(out.data, m.colours, bound), w, h);
    maps.push({ bitmap, range: valueRange(out.data), bound, size: [h, w], separableDifference: difference });
  }
  send({ type: 'result', id: m.id, maps, ms: performance.now() - started }, maps.map((r) => r.bitmap));
}

function grayPixels(x: Tensor): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(x.data.length * 4);
  for (let i = 0; i < x.data.length; i++) {
    out[4 * i] = out[4 * i + 1] = out[4 * i + 2] = x.data[i];
    out[4 * i + 3] = 255;
  }
  return out;
}

function explain(m: Extract<ToWorker, { type: 'explain' }>): void {
  if (picture === null || lastRun === null) return;
  const k = lastRun.filters[m.filter];
  if (k === undefined) return;
  try {
    const { explanation, patch } = explainPixel(tensorOf(picture, lastRun.channels), k, lastRun.options, m.cell);
    send({ type: 'explanation', id: m.id, filter: m.filter, cell: m.cell, explanation, patch });
  } catch {
    // A pixel of an older map (the picture changed meanwhile): the newer map's pointer asks again.
  }
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'explain') return explain(m);
  if (m.type === 'run') latestRun = m.id;
  queue = queue
    .then(() => (m.type === 'load' ? load(m) : run(m)))
    .catch((err: unknown) => send({ type: 'error', id: m.id, code: 'failed', values: { message: err instanceof Error ? err.message : String(err) } }));
};

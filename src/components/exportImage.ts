import { parseHash } from '../url/route.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Presentation properties copied from the computed style onto every exported SVG element (CSS variables resolved). */
const STYLE_PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'opacity', 'visibility', 'display', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'paint-order', 'shape-rendering',
] as const;
/** Link keys that say how the page looks, not what it shows: left out of file names. */
const VIEW_KEYS = new Set(['lang', 'theme', 'speed', 'present', 'embed', 'controls']);

/** A picture of the stage: an SVG document and its size in CSS pixels. */
export interface StagePicture {
  svg: string;
  width: number;
  height: number;
}

/**
 * The file name of an export from a location hash: the scene and the settings in its link, e.g.
 * `#/conv2d?size=5&stride=2` and 'png' → `conv2d_size5_stride2.png`. How the page looks (language, theme,
 * speed) is left out; `withStep` false leaves out the step too (a GIF holds every step). Underscores
 * separate the settings, so a key's own (`kernel_size`) becomes a hyphen; a value keeps its minus sign.
 */
export function exportFileName(hash: string, ext: string, withStep = true): string {
  const { scene, query } = parseHash(hash);
  const safe = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+(?!\d)|-+$/g, '');
  const parts = [safe(scene) || 'convscope'];
  for (const [key, value] of query) {
    if (VIEW_KEYS.has(key) || (!withStep && key === 'step')) continue;
    const part = safe(key) + safe(value);
    if (part) parts.push(part);
  }
  return `${parts.join('_').slice(0, 120)}.${ext}`;
}

function inlineStyles(source: Element, copy: Element): void {
  const from = [source, ...source.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i];
    const computed = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    target.setAttribute('style', style);
    target.removeAttribute('class');
  });
}

function text(doc: XMLDocument, content: string, x: number, y: number, style: CSSStyleDeclaration): Element {
  const t = doc.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('dominant-baseline', 'text-before-edge');
  t.setAttribute('style', `fill:${style.color};font-family:${style.fontFamily};font-size:${style.fontSize};font-weight:${style.fontWeight};font-style:${style.fontStyle}`);
  t.textContent = content;
  return t;
}

function background(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    if (c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) return c;
  }
  return '#ffffff';
}

/**
 * One SVG of everything the stage shows: its SVGs (grids) with their computed styles inlined, its canvases
 * and images as embedded PNGs, and its one-line HTML texts (captions) as SVG text, each where it stands
 * in the stage, on the stage's background. The stage's whole scroll area is drawn.
 */
export function stagePicture(stage: HTMLElement): StagePicture {
  const box = stage.getBoundingClientRect();
  const width = Math.max(1, Math.ceil(Math.max(stage.scrollWidth, box.width)));
  const height = Math.max(1, Math.ceil(Math.max(stage.scrollHeight, box.height)));
  const at = (r: DOMRect) => ({ x: r.left - box.left + stage.scrollLeft, y: r.top - box.top + stage.scrollTop });
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background(stage));
  root.append(bg);
  const place = (name: string, r: DOMRect) => {
    const { x, y } = at(r);
    const node = doc.createElementNS(SVG_NS, name);
    node.setAttribute('x', String(x));
    node.setAttribute('y', String(y));
    node.setAttribute('width', String(r.width));
    node.setAttribute('height', String(r.height));
    return node;
  };
  const visit = (parent: Element) => {
    for (const node of parent.childNodes) {
      if (node instanceof SVGSVGElement) {
        const r = node.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const copy = node.cloneNode(true) as SVGSVGElement;
        inlineStyles(node, copy);
        const { x, y } = at(r);
        copy.setAttribute('x', String(x));
        copy.setAttribute('y', String(y));
        copy.setAttribute('width', String(r.width));
        copy.setAttribute('height', String(r.height));
        root.append(doc.importNode(copy, true));
      } else if (node instanceof HTMLCanvasElement || node instanceof HTMLImageElement) {
        const r = node.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const image = place('image', r);
        image.setAttribute('preserveAspectRatio', 'none');
        image.setAttribute('href', dataUrl(node));
        root.append(image);
      } else if (node instanceof Element) {
        if (getComputedStyle(node).display !== 'none') visit(node);
      } else if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = range.getClientRects();
        const style = getComputedStyle(parent);
        // Wrapped text would need its line breaks; one-line captions and labels are what stages hold.
        if (rects.length === 1 && style.visibility !== 'hidden') {
          const { x, y } = at(rects[0]);
          root.append(text(doc, node.textContent.trim(), x, y, style));
        }
      }
    }
  };
  visit(stage);
  return { svg: new XMLSerializer().serializeToString(doc), width, height };
}

function dataUrl(el: HTMLCanvasElement | HTMLImageElement): string {
  if (el instanceof HTMLCanvasElement) return el.toDataURL('image/png');
  const c = document.createElement('canvas');
  c.width = el.naturalWidth || 1;
  c.height = el.naturalHeight || 1;
  c.getContext('2d')?.drawImage(el, 0, 0);
  return c.toDataURL('image/png');
}

/**
 * Draws a stage picture onto a new canvas `scale` times its CSS size, or times `frame`'s size (a GIF's
 * frames all have the first one's size; a picture that grew is cut, one that shrank is padded).
 */
export async function rasterize(picture: StagePicture, scale: number, frame: { width: number; height: number } = picture): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(frame.width * scale));
    canvas.height = Math.max(1, Math.round(frame.height * scale));
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, picture.width * scale, picture.height * scale);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Starts the download of `blob` as `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

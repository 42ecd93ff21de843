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
  if (style.whiteSpace.startsWith('pre') || style.whiteSpace === 'break-spaces') t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  t.textContent = content;
  return t;
}

/** Whether a computed colour paints anything (not `transparent`, alpha above 0). */
function painted(color: string): boolean {
  return Boolean(color) && color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color) && !/\/\s*0\)$/.test(color);
}

function background(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    if (painted(c)) return c;
  }
  return '#ffffff';
}

/** A laid-out piece of a text node (a character, or a grapheme): its text and box, null when collapsed away. */
export interface PlacedChar {
  text: string;
  rect: { left: number; top: number; width: number; height: number } | null;
}

/** One line of a wrapped text: its text and the box of its visible characters. */
export interface TextLine {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The lines of a text from where its characters were laid out, in order: a character starts a new line
 * when its box is not level with the current line's (its top below the line's middle, or above its top).
 * Whitespace never starts a line nor widens one (a space at a break hangs or collapses); unless
 * `preserveSpace`, runs of whitespace become one space and each line is trimmed. Works for text without
 * spaces (Chinese breaks between any two characters): it is the boxes that say where lines are.
 */
export function groupLines(chars: readonly PlacedChar[], preserveSpace = false): TextLine[] {
  const lines: (TextLine & { right: number; bottom: number })[] = [];
  let line: (typeof lines)[number] | undefined;
  for (const { text: t, rect } of chars) {
    const blank = !/\S/.test(t);
    if (blank || !rect || (rect.width === 0 && rect.height === 0)) {
      if (line) line.text += t;
      continue;
    }
    const level = line && rect.top >= line.top - line.height / 2 && rect.top < line.top + line.height / 2;
    if (!line || !level) {
      line = { text: t, left: rect.left, top: rect.top, width: 0, height: rect.height, right: rect.left + rect.width, bottom: rect.top + rect.height };
      lines.push(line);
    } else {
      line.text += t;
      line.left = Math.min(line.left, rect.left);
      line.top = Math.min(line.top, rect.top);
      line.right = Math.max(line.right, rect.left + rect.width);
      line.bottom = Math.max(line.bottom, rect.top + rect.height);
    }
    line.width = line.right - line.left;
    line.height = line.bottom - line.top;
  }
  return lines
    .map(({ text: t, left, top, width, height }) => ({ text: preserveSpace ? t.replace(/\s+$/, '') : t.replace(/\s+/g, ' ').trim(), left, top, width, height }))
    .filter((l) => l.text.length > 0);
}

/** The graphemes of a string with their UTF-16 offsets (a character, an emoji or a letter with its accents). */
function graphemes(s: string): { index: number; segment: string }[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)];
  const out: { index: number; segment: string }[] = [];
  let index = 0;
  for (const segment of s) {
    out.push({ index, segment });
    index += segment.length;
  }
  return out;
}

/** The lines a text node is laid out in, measured grapheme by grapheme. */
function textNodeLines(node: Text, preserveSpace: boolean): TextLine[] {
  const range = document.createRange();
  const chars: PlacedChar[] = graphemes(node.data).map(({ index, segment }) => {
    range.setStart(node, index);
    range.setEnd(node, index + segment.length);
    const rects = range.getClientRects();
    const r = rects.length > 0 ? rects[0] : null;
    return { text: segment, rect: r && { left: r.left, top: r.top, width: r.width, height: r.height } };
  });
  return groupLines(chars, preserveSpace);
}

/** A border side as the computed style gives it. */
interface Side {
  width: number;
  style: string;
  color: string;
}

/** The SVG `stroke-dasharray` of a CSS border style at a width (Chromium's dashes: 3w on 2w thin, 2w on w from 3 px). */
export function borderDash(style: string, width: number): string | null {
  if (style === 'dashed') return width >= 3 ? `${2 * width} ${width}` : `${3 * width} ${2 * width}`;
  if (style === 'dotted') return `${width} ${width}`;
  return null;
}

function strokeStyle(side: Side): string {
  const dash = borderDash(side.style, side.width);
  return `fill:none;stroke:${side.color};stroke-width:${side.width}px${dash ? `;stroke-dasharray:${dash}` : ''}`;
}

/**
 * An HTML element's own painting as SVG, into `target`: its background (when it paints one that differs
 * from `under`, what its parent shows) and its borders, each visible side as a line with its width, colour
 * and style, or one rounded rectangle when all four are alike. Children are drawn after (over) these.
 */
function decorate(doc: XMLDocument, target: Element, r: DOMRect, pos: { x: number; y: number }, cs: CSSStyleDeclaration, under: string): void {
  if (cs.visibility !== 'visible' || r.width === 0 || r.height === 0) return;
  const radii = [cs.borderTopLeftRadius, cs.borderTopRightRadius, cs.borderBottomRightRadius, cs.borderBottomLeftRadius];
  // A uniform radius in pixels (a percentage or elliptical radius is drawn square).
  const radius = radii.every((v) => v === radii[0]) && /^[\d.]+px$/.test(radii[0]) ? Math.min(parseFloat(radii[0]), r.width / 2, r.height / 2) : 0;
  const bg = cs.backgroundColor;
  if (painted(bg) && bg !== under) {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(pos.x));
    rect.setAttribute('y', String(pos.y));
    rect.setAttribute('width', String(r.width));
    rect.setAttribute('height', String(r.height));
    if (radius > 0) rect.setAttribute('rx', String(radius));
    rect.setAttribute('style', `fill:${bg};stroke:none`);
    target.append(rect);
  }
  const side = (name: 'Top' | 'Right' | 'Bottom' | 'Left'): Side | null => {
    const width = parseFloat(cs.getPropertyValue(`border-${name.toLowerCase()}-width`)) || 0;
    const style = cs.getPropertyValue(`border-${name.toLowerCase()}-style`);
    const color = cs.getPropertyValue(`border-${name.toLowerCase()}-color`);
    return width > 0 && style !== 'none' && style !== 'hidden' && painted(color) ? { width, style, color } : null;
  };
  const [top, right, bottom, left] = (['Top', 'Right', 'Bottom', 'Left'] as const).map(side);
  const same = (a: Side | null, b: Side | null) => a && b && a.width === b.width && a.style === b.style && a.color === b.color;
  if (top && same(top, right) && same(top, bottom) && same(top, left)) {
    const w = top.width;
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(pos.x + w / 2));
    rect.setAttribute('y', String(pos.y + w / 2));
    rect.setAttribute('width', String(Math.max(0, r.width - w)));
    rect.setAttribute('height', String(Math.max(0, r.height - w)));
    if (radius > w / 2) rect.setAttribute('rx', String(radius - w / 2));
    rect.setAttribute('style', strokeStyle(top));
    target.append(rect);
    return;
  }
  const line = (s: Side | null, x1: number, y1: number, x2: number, y2: number) => {
    if (!s) return;
    const l = doc.createElementNS(SVG_NS, 'line');
    l.setAttribute('x1', String(x1));
    l.setAttribute('y1', String(y1));
    l.setAttribute('x2', String(x2));
    l.setAttribute('y2', String(y2));
    l.setAttribute('style', strokeStyle(s));
    target.append(l);
  };
  const { x, y } = pos;
  const x2 = x + r.width;
  const y2 = y + r.height;
  if (top) line(top, x, y + top.width / 2, x2, y + top.width / 2);
  if (right) line(right, x2 - right.width / 2, y, x2 - right.width / 2, y2);
  if (bottom) line(bottom, x, y2 - bottom.width / 2, x2, y2 - bottom.width / 2);
  if (left) line(left, x + left.width / 2, y, x + left.width / 2, y2);
}

/**
 * One SVG of everything the stage shows: its SVGs (grids) with their computed styles inlined, its canvases
 * and images as embedded PNGs, its HTML boxes' backgrounds and borders (cards, chips, dashed dividers) as
 * rectangles and lines, and its HTML texts (captions) as SVG text, one per line when they wrap, each where
 * it stands in the stage, on the stage's background; an HTML element's opacity becomes a group's. The
 * stage's whole scroll area is drawn.
 */
export function stagePicture(stage: HTMLElement): StagePicture {
  const box = stage.getBoundingClientRect();
  const width = Math.max(1, Math.ceil(Math.max(stage.scrollWidth, box.width)));
  const height = Math.max(1, Math.ceil(Math.max(stage.scrollHeight, box.height)));
  const at = (r: { left: number; top: number }) => ({ x: r.left - box.left + stage.scrollLeft, y: r.top - box.top + stage.scrollTop });
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  const stageBg = background(stage);
  bg.setAttribute('fill', stageBg);
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
  /** The content box of a replaced element (a canvas or image inside its border and padding). */
  const contentBox = (r: DOMRect, cs: CSSStyleDeclaration): DOMRect => {
    const px = (p: string) => parseFloat(cs.getPropertyValue(p)) || 0;
    const l = px('border-left-width') + px('padding-left');
    const t = px('border-top-width') + px('padding-top');
    const w = r.width - l - px('border-right-width') - px('padding-right');
    const h = r.height - t - px('border-bottom-width') - px('padding-bottom');
    return new DOMRect(r.left + l, r.top + t, Math.max(0, w), Math.max(0, h));
  };
  /** The first (or last) box of an element's laid-out content: a text's line or a child's box. */
  const contentEdge = (el: Element, first: boolean): DOMRect | null => {
    const nodes = [...el.childNodes];
    if (!first) nodes.reverse();
    const range = document.createRange();
    for (const n of nodes) {
      let rects: DOMRectList | null = null;
      if (n instanceof Text && n.data.trim()) {
        range.selectNodeContents(n);
        rects = range.getClientRects();
      } else if (n instanceof Element) {
        rects = n.getClientRects();
      }
      const list = rects ? [...rects].filter((r) => r.width > 0 || r.height > 0) : [];
      if (list.length > 0) return first ? list[0] : list[list.length - 1];
    }
    return null;
  };
  /**
   * An in-flow `::before` or `::after` (a legend's swatch, an arrow between chips): its box's background and
   * borders, or its quoted text, beside the element's first (last) content, centred on that line. Where
   * it stands is inferred (the page does not say), so absolutely placed ones are left out.
   */
  const pseudo = (el: HTMLElement, which: '::before' | '::after', target: Element, under: string) => {
    const cs = getComputedStyle(el, which);
    if (cs.content === 'none' || cs.content === 'normal' || cs.display === 'none' || cs.position === 'absolute' || cs.position === 'fixed') return;
    const px = (p: string) => parseFloat(cs.getPropertyValue(p)) || 0;
    const anchor = contentEdge(el, which === '::before');
    const own = el.getBoundingClientRect();
    const ecs = getComputedStyle(el);
    const startX = own.left + (parseFloat(ecs.borderLeftWidth) || 0) + (parseFloat(ecs.paddingLeft) || 0);
    const startY = own.top + (parseFloat(ecs.borderTopWidth) || 0) + (parseFloat(ecs.paddingTop) || 0);
    const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(cs.content);
    const label = quoted ? quoted[1].replace(/\\(.)/g, '$1') : null;
    if (label?.trim() && cs.display.startsWith('inline') && cs.display !== 'inline-block') {
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx || cs.visibility !== 'visible') return;
      ctx.font = cs.font;
      const w = ctx.measureText(label).width;
      const left = anchor ? (which === '::before' ? anchor.left - w : anchor.right) : startX;
      const { x, y } = at({ left, top: anchor ? anchor.top : startY });
      target.append(text(doc, label.trim(), x + (which === '::before' ? 0 : ctx.measureText(label.replace(/\S.*$/, '')).width), y, cs));
      return;
    }
    const border = cs.boxSizing === 'border-box';
    const w = px('width') + (border ? 0 : px('padding-left') + px('padding-right') + px('border-left-width') + px('border-right-width'));
    const h = px('height') + (border ? 0 : px('padding-top') + px('padding-bottom') + px('border-top-width') + px('border-bottom-width'));
    if (w === 0 && h === 0) return;
    const left = anchor ? (which === '::before' ? anchor.left - px('margin-right') - w : anchor.right + px('margin-left')) : startX + px('margin-left');
    const top = anchor ? anchor.top + (anchor.height - h) / 2 : startY + px('margin-top');
    const r = new DOMRect(left, top, w, h);
    decorate(doc, target, r, at(r), cs, under);
  };
  // `under`: the background the parent shows (an element's own is drawn only where it differs).
  const visit = (parent: Element, target: Element, under: string) => {
    for (const node of parent.childNodes) {
      if (node instanceof SVGSVGElement) {
        const r = node.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        decorate(doc, target, r, at(r), getComputedStyle(node), under);
        const copy = node.cloneNode(true) as SVGSVGElement;
        inlineStyles(node, copy);
        const { x, y } = at(r);
        copy.setAttribute('x', String(x));
        copy.setAttribute('y', String(y));
        copy.setAttribute('width', String(r.width));
        copy.setAttribute('height', String(r.height));
        target.append(doc.importNode(copy, true));
      } else if (node instanceof HTMLCanvasElement || node instanceof HTMLImageElement) {
        const r = node.getBoundingClientRect();
        const cs = getComputedStyle(node);
        if (r.width === 0 || r.height === 0 || cs.display === 'none') continue;
        decorate(doc, target, r, at(r), cs, under);
        const inner = contentBox(r, cs);
        if (inner.width === 0 || inner.height === 0 || cs.visibility !== 'visible') continue;
        const image = place('image', inner);
        image.setAttribute('preserveAspectRatio', 'none');
        image.setAttribute('href', dataUrl(node));
        target.append(image);
      } else if (node instanceof HTMLElement) {
        const cs = getComputedStyle(node);
        if (cs.display === 'none') continue;
        let into = target;
        const opacity = parseFloat(cs.opacity);
        if (opacity < 1) {
          into = doc.createElementNS(SVG_NS, 'g');
          into.setAttribute('opacity', String(opacity));
          target.append(into);
        }
        const r = node.getBoundingClientRect();
        decorate(doc, into, r, at(r), cs, under);
        const inside = painted(cs.backgroundColor) ? cs.backgroundColor : under;
        pseudo(node, '::before', into, inside);
        visit(node, into, inside);
        pseudo(node, '::after', into, inside);
      } else if (node instanceof Element) {
        if (getComputedStyle(node).display !== 'none') visit(node, target, under);
      } else if (node instanceof Text && node.data.trim()) {
        const style = getComputedStyle(parent);
        if (style.visibility !== 'visible') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = range.getClientRects();
        const preserve = style.whiteSpace.startsWith('pre') || style.whiteSpace === 'break-spaces';
        if (rects.length === 1) {
          const { x, y } = at(rects[0]);
          target.append(text(doc, preserve ? node.data : node.data.replace(/\s+/g, ' ').trim(), x, y, style));
        } else if (rects.length > 1) {
          // Wrapped (or split by a change of font): one SVG text per line, at the line's own box.
          for (const line of textNodeLines(node, preserve)) {
            const { x, y } = at(line);
            target.append(text(doc, line.text, x, y, style));
          }
        }
      }
    }
  };
  // The stage's own borders (its background is the picture's).
  decorate(doc, root, box, { x: 0, y: 0 }, getComputedStyle(stage), stageBg);
  visit(stage, root, stageBg);
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

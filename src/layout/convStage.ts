import type { Conv2dGeometry } from '../engine/index.ts';
import { cellForFont, indexGutter, readableCell } from './gridMetrics.ts';

export { indexGutter, readableCell };

/** Cell sizes and the arrangement of the input cards that fit the stage. */
export interface StageLayout {
  cellSize: number;
  outputCellSize: number;
  /** Input channels per row of cards (each card: a channel above its kernel slice). */
  columns: number;
  /** Outputs beside the inputs (wide stage) or below them (narrow, scrolling stage). */
  outputsBeside: boolean;
  /** Whether the cards need more room than the box: the stage then scrolls inside its box. */
  scrolls: boolean;
}

/** The widest numbers the grids show, in characters (e.g. `-12` is 3), for the readable cell size. */
export interface StageChars {
  input: number;
  output: number;
  /** The number font (px) the cells are sized for; `MIN_FONT` when omitted (presenter mode asks for more). */
  font?: number;
}

/** The smallest cell that shows `chars` characters at `font` px (a one-character number fills at most 0.55 of its cell). */
function readableAt(chars: number, font?: number): number {
  if (font === undefined) return readableCell(chars);
  return Math.max(readableCell(chars), cellForFont(chars, font));
}

/** Caption height and gap between cards, in pixels. */
const CAPTION = 34;
const GAP = 20;
const MAX_CELL = 80;
/** Smallest cell when the caller asks for a fit at any size (colour only below about 17 px). */
const FIT_CELL = 8;


/**
 * The largest cells that fit, but (given `chars`) never smaller than their numbers need:
 * on a wide stage (a projector) the input cards and the output column fit the box when they can, and
 * otherwise keep readable cells and scroll inside the box (`scrolls`); on a narrow one (a phone) cards
 * wrap to the width and the page scrolls (the box scrolls sideways if one grid is wider than the
 * screen). Tries every number of card columns and keeps the one with the largest cells. Widths include
 * each grid's row and column numbers (`indexGutter`).
 */
export function stageLayout(g: Conv2dGeometry, width: number, height: number, narrow: boolean, chars?: StageChars): StageLayout {
  const paddedW = g.inW + g.padLeft + g.padRight;
  const paddedH = g.inH + g.padTop + g.padBottom;
  const cards = g.inChannels;
  // Without `chars` the cells shrink to FIT_CELL and the caller's box must fit them (no scrolling).
  const minIn = chars ? readableAt(chars.input, chars.font) : FIT_CELL;
  const minOut = chars ? readableAt(chars.output, chars.font) : FIT_CELL;
  const gutterAt = (s: number) => indexGutter(s);
  let best: StageLayout | null = null;
  let bestScore: [number, number, number] = [-1, -1, -1];
  for (let columns = 1; columns <= cards; columns++) {
    const rows = Math.ceil(cards / columns);
    // The gutters grow with the cell: sized first for the cell that fits without them (a little more
    // than they will need), then the cell is fitted with them.
    const fitWith = (gutter: { left: number; top: number }) => {
      if (narrow) return (width - (columns + 1) * GAP - columns * gutter.left) / (columns * Math.max(paddedW, g.kW));
      const byWidth = (width - (columns + 2) * GAP - (columns + 1) * gutter.left) / (columns * Math.max(paddedW, g.kW) + g.outW);
      const byHeight = (height / rows - 2 * CAPTION - 2 * GAP - 2 * gutter.top) / (paddedH + g.kH);
      return Math.min(byWidth, byHeight);
    };
    const fit = fitWith(gutterAt(Math.min(MAX_CELL, Math.max(0, fitWith({ left: 0, top: 0 })))));
    const s = Math.max(minIn, Math.min(MAX_CELL, Math.floor(fit)));
    const outBound = narrow
      ? (width - 2 * GAP - gutterAt(s).left) / g.outW
      : (height / g.outChannels - CAPTION - GAP - gutterAt(s).top) / g.outH;
    const outputCellSize = Math.max(minOut, Math.min(Math.max(s, minOut), Math.floor(outBound)));
    const cardWidth = Math.max(paddedW, g.kW) * s + gutterAt(s).left;
    const needed = (columns + 1) * GAP + columns * cardWidth + (narrow ? 0 : GAP + g.outW * outputCellSize + gutterAt(outputCellSize).left);
    // Best: no sideways scrolling (a phone's grid wider than the screen cannot help it), then the
    // largest cells, then the fewest rows (when readable cells must scroll, scroll as little as possible).
    const score: [number, number, number] = [needed <= width || columns === 1 ? 1 : 0, s, -rows];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && (score[1] > bestScore[1] || (score[1] === bestScore[1] && score[2] > bestScore[2])))) {
      bestScore = score;
      best = { cellSize: s, outputCellSize, columns, outputsBeside: !narrow, scrolls: Math.floor(fit) < minIn || Math.floor(outBound) < minOut };
    }
  }
  return best as StageLayout;
}

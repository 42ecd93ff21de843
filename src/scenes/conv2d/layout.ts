import type { Conv2dGeometry } from '../../engine/index.ts';

/** Cell sizes and the arrangement of the input cards that fit the stage. */
export interface StageLayout {
  cellSize: number;
  outputCellSize: number;
  /** Input channels per row of cards (each card: a channel above its kernel slice). */
  columns: number;
  /** Outputs beside the inputs (wide stage) or below them (narrow, scrolling stage). */
  outputsBeside: boolean;
}

/** Caption height and gap between cards, in pixels. */
const CAPTION = 34;
const GAP = 20;
const MAX_CELL = 80;
const MIN_CELL = 8;

/**
 * The largest cells that fit: on a wide stage (a projector) every input card and the output column
 * fit the box without scrolling; on a narrow one (a phone) cards wrap to the width and the page scrolls.
 * Tries every number of card columns and keeps the one with the largest cells.
 */
export function stageLayout(g: Conv2dGeometry, width: number, height: number, narrow: boolean): StageLayout {
  const paddedW = g.inW + g.padLeft + g.padRight;
  const paddedH = g.inH + g.padTop + g.padBottom;
  const cards = g.inChannels;
  let best: StageLayout = { cellSize: MIN_CELL, outputCellSize: MIN_CELL, columns: 1, outputsBeside: !narrow };
  for (let columns = 1; columns <= cards; columns++) {
    const rows = Math.ceil(cards / columns);
    let s: number;
    if (narrow) {
      s = (width - (columns + 1) * GAP) / (columns * Math.max(paddedW, g.kW));
    } else {
      const byWidth = (width - (columns + 2) * GAP) / (columns * Math.max(paddedW, g.kW) + g.outW);
      const byHeight = (height / rows - 2 * CAPTION - 2 * GAP) / (paddedH + g.kH);
      s = Math.min(byWidth, byHeight);
    }
    s = Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor(s)));
    if (s > best.cellSize || columns === 1) {
      const outBound = narrow
        ? (width - 2 * GAP) / g.outW
        : (height / g.outChannels - CAPTION - GAP) / g.outH;
      const outputCellSize = Math.max(MIN_CELL, Math.min(s, Math.floor(outBound)));
      best = { cellSize: s, outputCellSize, columns, outputsBeside: !narrow };
    }
  }
  return best;
}

import type { Conv2dGeometry, ConvTranspose2dGeometry, Tensor } from '../../engine/index.ts';
import { formatValue } from '../../i18n/format.ts';
import { indexGutter } from '../../layout/gridMetrics.ts';
import type { StageChars, StageLayout } from '../../layout/convStage.ts';

/** Smallest cell (px): a touch target's minimum, and the size at which stamp counts are drawn. */
const MIN_CELL = 24;
const MAX_CELL = 72;
/** Caption plus gap per card, and between grids, in pixels. */
const CARD = 80;
const GAP = 24;

/**
 * The wide "both" stage: gather cards | shared output | scatter cards in one row, one cell size for
 * all (so a gather cell and an output cell compare). Tries each number of card columns per view and
 * keeps the largest cells, never below `minCell` (24 px; more in presenter mode): when even those do
 * not fit `width` × `height`, the stage scrolls (`scrolls`). Widths and heights include each grid's row and column numbers.
 */
export function bothLayout(g: ConvTranspose2dGeometry, eq: Conv2dGeometry, width: number, height: number, minCell = MIN_CELL): { gather: StageLayout; scatter: StageLayout } {
  const maxCell = Math.max(MAX_CELL, minCell);
  let best = { cell: 0, fit: 0, gatherColumns: 1, scatterColumns: 1 };
  for (let cg = 1; cg <= eq.inPerGroup; cg++) {
    for (let cs = 1; cs <= g.inChannels; cs++) {
      const rowsG = Math.ceil(eq.inPerGroup / cg);
      const rowsS = Math.ceil(g.inChannels / cs);
      const fitWith = (gutter: { left: number; top: number }) => {
        const byWidth = (width - (cg + cs + 7) * GAP - (cg + cs + 1) * gutter.left) / (cg * Math.max(eq.inW, eq.kW) + g.outW + cs * Math.max(g.inW, g.kW));
        const byHeight = Math.min(
          (height - rowsG * (CARD + 2 * gutter.top)) / (rowsG * (eq.inH + eq.kH)),
          (height - rowsS * (CARD + 2 * gutter.top)) / (rowsS * (g.inH + g.kH)),
          (height - g.outChannels * (CARD / 2 + gutter.top)) / (g.outChannels * g.outH),
        );
        return Math.min(byWidth, byHeight);
      };
      // The gutters grow with the cell: sized for the cell that fits without them, then fitted with them.
      const fit = Math.floor(fitWith(indexGutter(Math.max(minCell, Math.min(maxCell, fitWith({ left: 0, top: 0 }))))));
      const cell = Math.max(minCell, Math.min(maxCell, fit));
      if (cell > best.cell || (cell === best.cell && fit > best.fit)) best = { cell, fit, gatherColumns: cg, scatterColumns: cs };
    }
  }
  const common = { cellSize: best.cell, outputCellSize: best.cell, outputsBeside: true, scrolls: best.fit < minCell };
  return { gather: { ...common, columns: best.gatherColumns }, scatter: { ...common, columns: best.scatterColumns } };
}

/** The most characters any value of the tensors takes as the grids write it (`-12` is 3). */
function widest(...tensors: Tensor[]): number {
  let chars = 1;
  for (const t of tensors) for (let i = 0; i < t.data.length; i++) chars = Math.max(chars, formatValue(t.data[i]).length);
  return chars;
}

/**
 * How wide the numbers of a transposed convolution's grids get, for readable cells in a single view:
 * inputs and kernels, and the output (one character more: the scatter's running sums pass through
 * values the finished output does not have).
 */
export function transposedChars(x: Tensor, weight: Tensor, output: Tensor): StageChars {
  return { input: widest(x, weight), output: widest(output) + 1 };
}

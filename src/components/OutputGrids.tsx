import { useMemo } from 'react';
import type { FocusCell } from '../animations/conv2dHighlights.ts';
import { planes } from '../engine/index.ts';
import type { Tensor } from '../engine/index.ts';
import { useStableArrays } from '../hooks/useStableArrays.ts';
import { useT } from '../i18n/useT.ts';
import { formatValue } from '../i18n/format.ts';
import { useAppStore } from '../store/store.ts';
import { colorScale } from './colorScale.ts';
import { Grid } from './Grid.tsx';

/** Props of `OutputGrids`. */
export interface OutputGridsProps {
  /** The output [O, H, W]. */
  output: Tensor;
  /** One mark array per output channel (see MARK). */
  marks: Uint8Array[];
  cellSize: number;
  /** Output cells computed so far, in timeline order (channel by channel). */
  completedCells: number;
  pinned: FocusCell | null;
  /** Optional small counts per cell (stamps reaching it) and a stamp outline on some channels. */
  badges?: ArrayLike<number>[];
  stamp?: { top: number; left: number; height: number; width: number; channels: readonly number[] } | null;
  /** The values the colours are scaled to (default `output`): running sums keep the final output's colours. */
  colorFrom?: Tensor;
  /** Row and column numbers around each grid. */
  indices?: boolean;
}

/**
 * The output channels of a convolution as a column of grids filling in: hover or click a cell to focus
 * it. Shared by the conv2d stage and both views of the transposed convolution.
 */
export function OutputGrids({ output, marks, cellSize, completedCells, pinned, badges, stamp, colorFrom, indices = false }: OutputGridsProps) {
  const t = useT();
  const setHover = useAppStore((s) => s.setHover);
  const togglePin = useAppStore((s) => s.togglePin);
  const [, h, w] = output.shape;
  const plane = h * w;
  const color = useMemo(() => colorScale((colorFrom ?? output).data), [colorFrom, output]);
  const channelPlanes = useMemo(() => planes(output), [output]);
  // Only the channels whose marks changed this step re-render.
  const stableMarks = useStableArrays(marks);
  const leave = () => setHover(null);
  return (
    <div className="stage-outputs">
      {channelPlanes.map((values, o) => (
        <div className="card" key={o}>
          <Grid
            label={t('grid.output', { o })}
            rows={h}
            cols={w}
            cellSize={cellSize}
            values={values}
            color={color}
            format={formatValue}
            marks={stableMarks[o]}
            badges={badges?.[o]}
            filled={Math.max(0, Math.min(plane, completedCells - o * plane))}
            stamp={stamp && stamp.channels.includes(o) ? stamp : null}
            onHover={(r, col) => setHover({ kind: 'output', index: [o, r, col] })}
            onSelect={(r, col) => togglePin({ kind: 'output', index: [o, r, col] })}
            onLeave={leave}
            pinned={pinned?.kind === 'output' && pinned.index[0] === o ? [pinned.index[1], pinned.index[2]] : null}
            indices={indices}
          />
        </div>
      ))}
    </div>
  );
}

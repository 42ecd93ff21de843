import { useMemo } from 'react';
import { planes } from '../engine/index.ts';
import type { Tensor } from '../engine/index.ts';
import { useStableArrays } from '../hooks/useStableArrays.ts';
import { useT } from '../i18n/useT.ts';
import { formatValue } from '../i18n/format.ts';
import { colorScale } from './colorScale.ts';
import type { StageFocus } from './ConvStage.tsx';
import { Grid } from './Grid.tsx';
import styles from './ConvStage.module.css';

/** Props of `OutputGrids`. */
export interface OutputGridsProps {
  /** The output [O, H, W]. */
  output: Tensor;
  /** One mark array per output channel (see MARK). */
  marks: Uint8Array[];
  cellSize: number;
  /** Output cells computed so far, in timeline order (channel by channel). */
  completedCells: number;
  /** The pinned cell (ringed when it is an output cell), and hover and click setting an output cell [o, y, x]. */
  focus: StageFocus<'output'>;
  /** Optional small counts per cell (stamps reaching it) and a stamp outline on some channels. */
  badges?: ArrayLike<number>[];
  stamp?: { top: number; left: number; height: number; width: number; channels: readonly number[] } | null;
  /** The values the colours are scaled to (default `output`): running sums keep the final output's colours. */
  colorFrom?: Tensor;
  /** Row and column numbers around each grid. */
  indices?: boolean;
  /** A class beside the column's own (a scene that lays the column out differently). */
  className?: string;
}

/**
 * The output channels of a convolution as a column of grids filling in: hover or click a cell to focus
 * it. Shared by the conv2d stage and both views of the transposed convolution.
 */
export function OutputGrids({ output, marks, cellSize, completedCells, focus, badges, stamp, colorFrom, indices = false, className }: OutputGridsProps) {
  const t = useT();
  const { pinned, setHover, togglePin } = focus;
  const [, h, w] = output.shape;
  const plane = h * w;
  const color = useMemo(() => colorScale((colorFrom ?? output).data), [colorFrom, output]);
  const channelPlanes = useMemo(() => planes(output), [output]);
  // Only the channels whose marks changed this step re-render.
  const stableMarks = useStableArrays(marks);
  const leave = () => setHover(null);
  return (
    <div className={className ? `${styles.stageOutputs} ${className}` : styles.stageOutputs}>
      {channelPlanes.map((values, o) => (
        <div className={styles.stageCard} key={o}>
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

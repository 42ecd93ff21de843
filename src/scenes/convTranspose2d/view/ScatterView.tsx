import { useMemo } from 'react';
import type { FocusCell } from '../../../animations/conv2dHighlights.ts';
import type { ScatterHighlights } from '../../../animations/scatterHighlights.ts';
import type { ScatterRunning } from '../../../animations/scatterFrames.ts';
import { useStableArrays } from '../../../hooks/useStableArrays.ts';
import { useT } from '../../../i18n/useT.ts';
import { formatValue } from '../../../i18n/format.ts';
import type { StageLayout } from '../../../layout/convStage.ts';
import type { ConvTranspose2dModel } from '../model.ts';
import { colorScale } from '../../../components/colorScale.ts';
import type { StageFocus } from '../../../components/ConvStage.tsx';
import { Grid } from '../../../components/Grid.tsx';
import { OutputGrids } from '../../../components/OutputGrids.tsx';
import { planes } from '../../../engine/index.ts';
// The scatter view is laid out as the convolution stage is (cards of an input and its kernel, outputs beside).
import stage from '../../../components/ConvStage.module.css';

/** Props of `ScatterView`. */
export interface ScatterViewProps {
  model: ConvTranspose2dModel;
  highlights: ScatterHighlights;
  layout: StageLayout;
  completedCells: number;
  /** Per output channel, how many input cells' stamps reach each cell. */
  counts: Uint16Array[];
  /** The pinned cell, and hover and click setting an input cell ('source' [c, y, x]) or an output cell. */
  focus: StageFocus<'source' | 'output'>;
  /** The outputs are drawn elsewhere (between the two views, shared by both). */
  hideOutputs?: boolean;
  /** While the scatter timeline plays: the output built so far (running sums, stamps received so far). */
  running?: ScatterRunning | null;
}

/**
 * The scatter view: each input cell stamps a copy of the kernel, scaled by its value, onto the output
 * at (row·stride − padding, column·stride − padding); where stamps overlap the products add up. The
 * small number in each output cell counts the stamps that reach it.
 */
export function ScatterView({ model, highlights: h, layout, completedCells, counts, focus, hideOutputs = false, running = null }: ScatterViewProps) {
  const t = useT();
  const g = model.geometry;
  const { pinned, setHover, togglePin } = focus;
  const colors = useMemo(() => ({ input: colorScale(model.x.data), weight: colorScale(model.weight.data) }), [model]);
  const kPlane = g.kH * g.kW;
  const filter = h.kernelOf != null ? h.kernelOf : h.cell ? h.cell[0] : h.source ? Math.floor(h.source[0] / g.inPerGroup) * g.outPerGroup : 0;
  const group = Math.floor(filter / g.outPerGroup);
  const j = filter - group * g.outPerGroup;
  const inputs = useMemo(() => planes(model.x), [model]);
  const kernels = useMemo(
    () => Array.from({ length: g.inChannels }, (_, c) => model.weight.data.subarray((c * g.outPerGroup + j) * kPlane, (c * g.outPerGroup + j + 1) * kPlane)),
    [model, g.inChannels, g.outPerGroup, j, kPlane],
  );
  const inputMarks = useStableArrays(h.input);
  const pinnedAt = (kind: FocusCell['kind'], c: number) => (pinned?.kind === kind && pinned.index[0] === c ? ([pinned.index[1], pinned.index[2]] as const) : null);
  const leave = () => setHover(null);
  const s = layout.cellSize;
  return (
    <div className="stage">
      <div className={stage.stageInputs} style={{ gridTemplateColumns: `repeat(${layout.columns}, auto)` }}>
        {inputs.map((values, c) => {
          const read = Math.floor(c / g.inPerGroup) === group;
          return (
            <div className={read ? stage.stageCard : `${stage.stageCard} ${stage.stageUnread}`} key={c}>
              <Grid
                label={t('grid.input', { c })}
                rows={g.inH}
                cols={g.inW}
                cellSize={s}
                values={values}
                color={colors.input}
                format={formatValue}
                marks={inputMarks[c]}
                onHover={(r, col) => setHover({ kind: 'source', index: [c, r, col] })}
                onSelect={(r, col) => togglePin({ kind: 'source', index: [c, r, col] })}
                onLeave={leave}
                pinned={pinnedAt('source', c)}
              />
              {read ? (
                <Grid label={t('grid.stampKernel', { c, o: filter })} rows={g.kH} cols={g.kW} cellSize={s} values={kernels[c]} color={colors.weight} format={formatValue} />
              ) : (
                <p className={stage.notRead}>{t('grid.notRead', { o: filter })}</p>
              )}
            </div>
          );
        })}
      </div>
      {!hideOutputs && <TransposedOutputs model={model} highlights={h} layout={layout} completedCells={completedCells} counts={counts} focus={focus} running={running} />}
    </div>
  );
}

/**
 * The output channels of a transposed convolution, shared by both views: the current cell, the stamp of
 * the current (or focused) input cell, and in each cell the number of stamps that reach it. While the
 * scatter plays, every cell shows its running sum (from zero) and the stamps it has received so far,
 * in the final output's colours.
 */
export function TransposedOutputs({ model, highlights: h, layout, completedCells, counts, focus, running = null, className }: Omit<ScatterViewProps, 'hideOutputs'> & { className?: string }) {
  if (running) {
    const all = running.output.data.length;
    return <OutputGrids output={running.output} colorFrom={model.output} marks={h.output} cellSize={layout.outputCellSize} completedCells={all} focus={focus} badges={running.counts} stamp={h.stamp} className={className} />;
  }
  return <OutputGrids output={model.output} marks={h.output} cellSize={layout.outputCellSize} completedCells={completedCells} focus={focus} badges={counts} stamp={h.stamp} className={className} />;
}

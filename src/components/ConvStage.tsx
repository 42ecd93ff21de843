import { useMemo } from 'react';
import { useStableArrays } from '../hooks/useStableArrays.ts';
import type { Conv2dHighlights, FocusCell } from '../animations/conv2dHighlights.ts';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/en.ts';
import { formatValue } from '../i18n/format.ts';
import type { StageLayout } from '../layout/convStage.ts';
import type { Focus } from '../store/selectionSlice.ts';
import { colorScale } from './colorScale.ts';
import { Grid } from './Grid.tsx';
import { OutputGrids } from './OutputGrids.tsx';
import { planes } from '../engine/index.ts';
import type { Conv2dGeometry, Tensor } from '../engine/index.ts';
import styles from './ConvStage.module.css';

/** What the stage draws: a convolution's input, weight, geometry and output (a conv2d model, or the gather view of a transposed one). */
export interface ConvStageModel {
  x: Tensor;
  weight: Tensor;
  geometry: Conv2dGeometry;
  output: Tensor;
}

const DEFAULT_LABELS = { input: 'grid.input', kernel: 'grid.kernel' } as const;

/** The cells a stage's grids name: an input cell [c, y, x], a kernel tap [o, i, ky, kx], an output cell [o, y, x]. */
export type StageKind = 'input' | 'weight' | 'output';

/**
 * The scene's focus as a stage uses it (the scene's `useFocus`): the pinned cell ringed, and hover and
 * click on a grid set the hovered and pinned cell of kind `K`.
 */
export interface StageFocus<K extends string> {
  pinned: FocusCell | null;
  setHover: (focus: Focus<K> | null) => void;
  togglePin: (focus: Focus<K>) => void;
}

/** Props of `ConvStage`. */
export interface ConvStageProps {
  model: ConvStageModel;
  highlights: Conv2dHighlights;
  layout: StageLayout;
  /** Output cells computed so far (timeline order). */
  completedCells: number;
  focus: StageFocus<StageKind>;
  /** Gather view of a transposed convolution: kinds of the grid cells (inserted zeros, padding). */
  inputKinds?: Uint8Array;
  /** Message keys of the captions (the gather view calls its input a grid and its kernel flipped). */
  labels?: { input: MessageKey; kernel: MessageKey };
  /** The outputs are drawn elsewhere (the transposed scene shares them between its two views). */
  hideOutputs?: boolean;
}

/**
 * The input channels (each ringed by its padding) with the shown filter's kernel slice under each, and
 * the output channels filling in. Hover or click any cell to focus it.
 */
export function ConvStage({ model, highlights: h, layout, completedCells, focus, inputKinds, labels = DEFAULT_LABELS, hideOutputs = false }: ConvStageProps) {
  const t = useT();
  const { geometry: g, x, weight, output } = model;
  const { pinned, setHover, togglePin } = focus;
  const colors = useMemo(() => ({ input: colorScale(x.data), weight: colorScale(weight.data) }), [x, weight]);
  const kPlane = g.kH * g.kW;
  const inputs = useMemo(() => planes(x), [x]);
  const kernels = useMemo(
    () => Array.from({ length: g.inPerGroup }, (_, i) => weight.data.subarray((h.filter * g.inPerGroup + i) * kPlane, (h.filter * g.inPerGroup + i + 1) * kPlane)),
    [weight, h.filter, g.inPerGroup, kPlane],
  );
  const filterGroup = Math.floor(h.filter / g.outPerGroup);
  const pad = useMemo(() => [g.padTop, g.padBottom, g.padLeft, g.padRight] as const, [g.padTop, g.padBottom, g.padLeft, g.padRight]);
  // Only the planes whose marks changed this step re-render.
  const inputMarks = useStableArrays(h.input);
  const kernelMarks = useStableArrays(h.kernel);
  const pinnedAt = (kind: FocusCell['kind'], prefix: readonly number[]) =>
    pinned?.kind === kind && prefix.every((v, i) => pinned.index[i] === v) ? ([pinned.index[prefix.length], pinned.index[prefix.length + 1]] as const) : null;
  const leave = () => setHover(null);
  const s = layout.cellSize;
  return (
    <div className="stage">
      <div className={styles.stageInputs} style={{ gridTemplateColumns: `repeat(${layout.columns}, auto)` }}>
        {inputs.map((values, c) => {
          const i = c - filterGroup * g.inPerGroup;
          const read = i >= 0 && i < g.inPerGroup;
          const onWindow = h.window !== null && h.window.channels.includes(c);
          return (
            <div className={read ? styles.stageCard : `${styles.stageCard} ${styles.stageUnread}`} key={c}>
              <Grid
                label={t(labels.input, { c })}
                rows={g.inH}
                cols={g.inW}
                pad={pad}
                cellSize={s}
                values={values}
                color={colors.input}
                format={formatValue}
                marks={inputMarks[c]}
                kinds={inputKinds}
                window={onWindow && h.window ? { top: h.window.top, left: h.window.left, height: g.effectiveKH, width: g.effectiveKW } : null}
                onHover={(r, col) => setHover({ kind: 'input', index: [c, r, col] })}
                onSelect={(r, col) => togglePin({ kind: 'input', index: [c, r, col] })}
                onLeave={leave}
                pinned={pinnedAt('input', [c])}
                indices
              />
              {read ? (
                <Grid
                  label={t(labels.kernel, { o: h.filter, i })}
                  rows={g.kH}
                  cols={g.kW}
                  cellSize={s}
                  values={kernels[i]}
                  color={colors.weight}
                  format={formatValue}
                  marks={kernelMarks[i]}
                  onHover={(r, col) => setHover({ kind: 'weight', index: [h.filter, i, r, col] })}
                  onSelect={(r, col) => togglePin({ kind: 'weight', index: [h.filter, i, r, col] })}
                  onLeave={leave}
                  pinned={pinnedAt('weight', [h.filter, i])}
                  indices
                />
              ) : (
                <p className={styles.notRead}>{t('grid.notRead', { o: h.filter })}</p>
              )}
            </div>
          );
        })}
      </div>
      {!hideOutputs && <OutputGrids output={output} marks={h.output} cellSize={layout.outputCellSize} completedCells={completedCells} focus={focus} indices />}
    </div>
  );
}

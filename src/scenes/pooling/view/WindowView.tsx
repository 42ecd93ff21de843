import { useMemo, useRef } from 'react';
import { PresetButtons } from '../../../components/PresetButtons.tsx';
import { MARK } from '../../../animations/conv2dHighlights.ts';
import { outputsReading, poolCell, poolDrawnPosition, poolFrame, poolPlane, poolPlaneValues, poolTimeline } from '../../../animations/poolingFrames.ts';
import { planes } from '../../../engine/index.ts';
import { useElementSize } from '../../../hooks/useElementSize.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import type { PlaybackUnits } from '../../../hooks/playbackUnits.ts';
import { useSceneModel } from '../../../hooks/useSceneModel.ts';
import { useScenePlayback } from '../../../hooks/useScenePlayback.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatSigned } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { useAppStore } from '../../../store/store.ts';
import { colorScale } from '../../../components/colorScale.ts';
import { Grid } from '../../../components/Grid.tsx';
import { NewValuesButton } from '../../../components/NewValuesButton.tsx';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { windowCode } from '../code.ts';
import { nearestValidWindow, paddingLimit, WINDOW_PRESETS, windowModel, windowProblems } from '../model.ts';
import { poolingSchema } from '../schema.ts';
import type { PoolingValues } from '../schema.ts';
import type { PoolPlane } from '../../../animations/poolingFrames.ts';
import type { WindowGeometry } from '../../../engine/index.ts';
import { PartSwitch } from './PoolingScene.tsx';
import { WindowExplain } from './WindowExplain.tsx';
import type { WindowSubject } from './WindowExplain.tsx';
import { WindowPanels } from './WindowPanels.tsx';
import shared from './pooling.module.css';
import own from './window.module.css';

/** This part's classes and the ones every part shares. */
const styles = { ...shared, ...own };

/** A step is one tap of the window (compared or added), a stop a written output cell. */
const POOL_UNITS: PlaybackUnits = {
  step: { prev: 'pool.prevTap', next: 'pool.nextTap', keys: 'pool.key.taps' },
  stop: { prev: 'prevCell', next: 'nextCell', keys: 'key.arrows' },
};

const FIELDS = ['mode', 'size', 'inChannels', 'kernelSize', 'stride', 'padding', 'dilation', 'ceilMode', 'countIncludePad'] as const;
const pairText = ([h, w]: readonly [number, number]) => `${h}×${w}`;
/** Grid text: −∞ on max pooling's padding, nothing past the padded input (NaN there), else the value. */
const cellText = (v: number) => (Number.isNaN(v) ? '' : v === -Infinity ? '−∞' : formatSigned(v));

/**
 * Cells as large as the picture allows, never below 24 px (readable, and a touch target). On a wide
 * screen either each channel is a row (plane → output, channels stacked) or a column (plane above its
 * output, channels side by side), whichever gives larger cells; on a phone rows, plane above output.
 */
function windowLayout(plane: PoolPlane, g: WindowGeometry, C: number, box: { width: number; height: number }, narrow: boolean): { cell: number; columns: boolean } {
  const clamp = (s: number, max: number) => Math.max(24, Math.min(max, Math.floor(s)));
  if (narrow) return { cell: clamp((box.width - 8) / plane.cols, 56), columns: false };
  // Room for what is not cells: two-line captions, the arrow, the gaps and the legend (projector type is 22 px).
  const rows = Math.min((box.width - 80) / (plane.cols + g.outW), (box.height - 70 * C - 40) / (C * plane.rows));
  const columns = Math.min((box.width - 40 * C) / (C * Math.max(plane.cols, g.outW)), (box.height - 210) / (plane.rows + g.outH));
  return columns > rows ? { cell: clamp(columns, 84), columns: true } : { cell: clamp(rows, 84), columns: false };
}

/**
 * The window part: each input channel on its padded plane (with the strip ceil_mode's last windows
 * reach), the window sliding tap by tap, the output filling in, and the written-out max or average of
 * the current or pointed cell. Values from the engine's maxPool2d/avgPool2d, taps from the frames.
 */
export function WindowView({ values }: { values: PoolingValues }) {
  const t = useT();
  const setParams = useAppStore((s) => s.setParams);
  const narrow = useMediaQuery(NARROW_QUERY);
  const reduced = useMediaQuery('(prefers-reduced-motion: reduce)');
  const stageRef = useRef<HTMLDivElement>(null);
  const box = useElementSize(stageRef);
  const { problems, fresh, model } = useSceneModel(values, windowProblems, windowModel, nearestValidWindow);
  const g = model.geometry;
  const C = g.channels;
  const plane = useMemo(() => poolPlane(g), [g]);
  const { focus, pinned, setHover, togglePin } = useFocus(['input', 'output'], (f) => {
    const [c, a, b] = f.index;
    if (f.index.length !== 3 || c >= C) return false;
    return f.kind === 'output' ? a < g.outH && b < g.outW : a >= plane.top && a < plane.top + plane.rows && b >= plane.left && b < plane.left + plane.cols;
  });
  const timeline = useMemo(() => poolTimeline(g, C), [g, C]);
  const playback = useScenePlayback(timeline, POOL_UNITS);
  const glides = !reduced && focus === null;
  const pos = useAppStore((s) => poolDrawnPosition(g, C, s.position, glides));
  const frame = useMemo(() => poolFrame(g, model.x, C, model.countIncludePad, pos, glides), [g, model, C, pos, glides]);

  const subject: WindowSubject = useMemo(() => {
    if (focus?.kind === 'input') return { kind: 'input', cell: [focus.index[0], focus.index[1], focus.index[2]] };
    if (focus?.kind === 'output') {
      const [c, oy, ox] = focus.index;
      const cell = poolCell(g, model.x, c, oy, ox, model.countIncludePad);
      return { kind: 'output', cell: [c, oy, ox], tapIndex: null, best: cell.best, partialSum: cell.sum, counted: cell.divisor };
    }
    const done = frame.phase === 'result';
    return { kind: 'output', cell: frame.cell, tapIndex: done ? null : frame.tapIndex, best: frame.best, partialSum: frame.partialSum, counted: frame.counted };
  }, [focus, frame, g, model]);

  // Marks on the planes (window taps, the cells dilation skips, the current tap, the winner so far) and on the outputs.
  const marks = useMemo(() => {
    const inMarks = Array.from({ length: C }, () => new Uint8Array(plane.rows * plane.cols));
    const outMarks = Array.from({ length: C }, () => new Uint8Array(g.outH * g.outW));
    const idx = (iy: number, ix: number) => (iy - plane.top) * plane.cols + (ix - plane.left);
    const [c, a, b] = subject.cell;
    if (subject.kind === 'output') {
      const cell = poolCell(g, model.x, c, a, b, model.countIncludePad);
      const top = a * g.strideH - g.padTop;
      const left = b * g.strideW - g.padLeft;
      for (let r = 0; r < g.effectiveKH; r++) for (let col = 0; col < g.effectiveKW; col++) inMarks[c][idx(top + r, left + col)] = MARK.skipped;
      cell.taps.forEach((tap) => (inMarks[c][idx(tap.iy, tap.ix)] = MARK.window));
      if (model.mode === 'max' && subject.best !== null) inMarks[c][idx(cell.taps[subject.best].iy, cell.taps[subject.best].ix)] = MARK.linked;
      if (subject.tapIndex !== null) inMarks[c][idx(cell.taps[subject.tapIndex].iy, cell.taps[subject.tapIndex].ix)] = MARK.current;
      outMarks[c][a * g.outW + b] = MARK.current;
    } else {
      inMarks[c][idx(a, b)] = MARK.current;
      for (const [oy, ox] of outputsReading(g, a, b)) outMarks[c][oy * g.outW + ox] = MARK.linked;
    }
    return { inMarks, outMarks };
  }, [subject, g, plane, C, model]);

  const planeValues = useMemo(() => Array.from({ length: C }, (_, c) => poolPlaneValues(plane, model.x, c, model.mode)), [plane, model, C]);
  const outPlanes = useMemo(() => planes(model.output), [model]);
  const colors = useMemo(() => colorScale(model.x.data), [model]);
  const outColors = useMemo(() => colorScale(model.output.data), [model]);

  const { cell, columns } = useMemo(() => windowLayout(plane, g, C, box, narrow), [plane, g, C, box, narrow]);
  const measured = box.width > 0;
  const windowRect = (c: number) => {
    if (c !== subject.cell[0] || subject.kind !== 'output') return null;
    const playing = focus === null;
    const top = playing ? frame.windowTop : subject.cell[1] * g.strideH - g.padTop;
    const left = playing ? frame.windowLeft : subject.cell[2] * g.strideW - g.padLeft;
    return { top: top - plane.top, left: left - plane.left, height: g.effectiveKH, width: g.effectiveKW };
  };
  // The winning cell (max) gets a dashed ring of its own, drawn above the window's outline.
  const bestRect = (c: number) => {
    if (model.mode !== 'max' || subject.kind !== 'output' || c !== subject.cell[0] || subject.best === null) return null;
    const tap = poolCell(g, model.x, c, subject.cell[1], subject.cell[2], model.countIncludePad).taps[subject.best];
    return { top: tap.iy - plane.top, left: tap.ix - plane.left, height: 1, width: 1 };
  };
  // Beside the picture on a wide screen (first of the side panels), right under it on a phone.
  const explain = <WindowExplain model={model} subject={subject} pinned={pinned !== null} />;
  // Whether the plane draws more than the input (padding, or the strip ceil_mode's last windows reach).
  const extended = plane.rows > g.inH || plane.cols > g.inW;
  const limit = paddingLimit(values);
  const padBad = values.padding[0] > limit.max[0] || values.padding[1] > limit.max[1];
  const fields = FIELDS.filter((f) => (f === 'dilation' ? values.mode === 'max' : f === 'countIncludePad' ? values.mode === 'avg' : true));
  const code = windowCode(values, fresh ? fresh.outShape : null, { out: t('pool.code.out'), rejected: t('pool.code.rejected'), anySize: t('pool.code.anySize'), impossible: t('pool.code.impossible') });
  const fold = [values.mode === 'max' ? 'MaxPool2d' : 'AvgPool2d', `size ${pairText(values.size)}`, `kernel_size ${pairText(values.kernelSize)}`, `stride ${pairText(values.stride)}`, `padding ${pairText(values.padding)}`].join(' · ');

  return (
    <SceneShell
      className={styles.scene}
      fold={fold}
      problems={problems}
      stale={!fresh}
      above={<PartSwitch view="window" />}
      controls={
        <div className={`${styles.form}${padBad ? ` ${styles.padBad}` : ''}`}>
          <SchemaForm
            schema={poolingSchema}
            values={values}
            names={fields}
            onChange={(changes) => setParams(changes)}
            labels={{ mode: t('pool.mode'), ceilMode: t('pool.ceilMode'), countIncludePad: t('pool.countIncludePad') }}
            optionLabel={(_, m) => t(`pool.mode.${m}` as MessageKey)}
            descriptions={{ padding: t('pool.padHint', { h: limit.max[0], w: limit.max[1] }) }}
            after={{
              padding: padBad ? (
                <p className={styles.padProblem} data-testid="pool-pad-problem">
                  {t(limit.span[0] > values.kernelSize[0] || limit.span[1] > values.kernelSize[1] ? 'pool.padWhyDilated' : 'pool.padWhy', {
                    p: pairText(values.padding),
                    k: pairText(values.kernelSize),
                    span: pairText(limit.span),
                    max: pairText(limit.max),
                  })}
                </p>
              ) : null,
            }}
          >
            <div className="field field-buttons">
              <NewValuesButton seed={values.seed} onSeed={(seed) => setParams({ seed })} />
            </div>
            {values.mode === 'avg' && (values.dilation[0] > 1 || values.dilation[1] > 1) && (
              <p className="field-note" data-testid="pool-no-dilation">{t('pool.noDilation', { d: pairText(values.dilation) })}</p>
            )}
            <PresetButtons presets={WINDOW_PRESETS} label={(p) => t(`pool.preset.${p.id}` as MessageKey)} onPick={(p) => setParams(p.values)} />
          </SchemaForm>
        </div>
      }
      stageRef={stageRef}
      stageClassName={styles.stage}
      stage={
        measured && (
          <div className={styles.windowStage}>
            <div className={`${styles.channels}${columns ? ` ${styles.channelColumns}` : ''}`}>
              {planeValues.map((pv, c) => (
                <div key={c} className={styles.channelRow} data-testid={`pool-channel-${c}`}>
                  <Grid
                    label={extended ? t('pool.inputPlane', { c, H: g.inH, W: g.inW }) : t('grid.input', { c })}
                    rows={plane.rows}
                    cols={plane.cols}
                    cellSize={cell}
                    values={pv}
                    kinds={plane.kinds}
                    color={colors}
                    format={cellText}
                    marks={marks.inMarks[c]}
                    window={windowRect(c)}
                    stamp={bestRect(c)}
                    onHover={(r, col) => setHover({ kind: 'input', index: [c, r + plane.top, col + plane.left] })}
                    onSelect={(r, col) => togglePin({ kind: 'input', index: [c, r + plane.top, col + plane.left] })}
                    onLeave={() => setHover(null)}
                    pinned={pinned?.kind === 'input' && pinned.index[0] === c ? [pinned.index[1] - plane.top, pinned.index[2] - plane.left] : null}
                  />
                  <span className={styles.arrow} aria-hidden="true">{narrow || columns ? '↓' : '→'}</span>
                  <Grid
                    label={t('grid.output', { o: c })}
                    rows={g.outH}
                    cols={g.outW}
                    cellSize={cell}
                    values={outPlanes[c]}
                    color={outColors}
                    format={formatSigned}
                    marks={marks.outMarks[c]}
                    filled={focus ? undefined : Math.max(0, Math.min(g.outH * g.outW, frame.completedCells - c * g.outH * g.outW))}
                    onHover={(r, col) => setHover({ kind: 'output', index: [c, r, col] })}
                    onSelect={(r, col) => togglePin({ kind: 'output', index: [c, r, col] })}
                    onLeave={() => setHover(null)}
                    pinned={pinned?.kind === 'output' && pinned.index[0] === c ? [pinned.index[1], pinned.index[2]] : null}
                  />
                </div>
              ))}
              <ul className={`swatch-legend ${styles.legend}`} aria-label={t('pool.legend')}>
                <li className={styles.lgWindow}>{t('pool.lg.window')}</li>
                <li className={styles.lgCurrent}>{t('pool.lg.current')}</li>
                {model.mode === 'max' && <li className={styles.lgBest}>{t('pool.lg.best')}</li>}
                {(g.padTop > 0 || g.padLeft > 0) && <li className={styles.lgPad}>{t(model.mode === 'max' ? 'pool.lg.padMax' : 'pool.lg.padAvg')}</li>}
                {plane.kinds.includes(3) && <li className={styles.lgOutside}>{t('pool.lg.outside')}</li>}
              </ul>
            </div>
            {narrow && explain}
          </div>
        )
      }
      side={
        <>
          {!narrow && explain}
          <WindowPanels model={model} />
        </>
      }
      code={code}
      playback={playback}
    />
  );
}

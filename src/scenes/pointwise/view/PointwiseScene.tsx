import { useMemo } from 'react';
import { PresetButtons } from '../../../components/PresetButtons.tsx';
import { MARK } from '../../../animations/conv2dHighlights.ts';
import { stepTimeline } from '../../../animations/timeline.ts';
import { useScenePlayback } from '../../../hooks/useScenePlayback.ts';
import { PIXEL_UNITS } from '../../../hooks/playbackUnits.ts';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatCount, formatSigned } from '../../../i18n/format.ts';
import { pointwiseSchema } from '../schema.ts';
import { BOTTLENECK_PRESETS, bottleneckLayers, pointwiseCode, pointwiseModel } from '../model.ts';
import type { PointwiseValues } from '../schema.ts';
import { selectLang, selectParams, selectPresent, useAppStore } from '../../../store/store.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { channelColor } from '../../../components/channelColors.ts';
import { colorScale } from '../../../components/colorScale.ts';
import { CostTable } from '../../../components/CostTable.tsx';
import { PRESENT_GRID_FONT, readableCell } from '../../../components/readableCell.ts';
import { PwFormula, PwMatmul } from './PwMatmul.tsx';
import { Grid } from '../../../components/Grid.tsx';
import channelStyles from '../../../components/ChannelStage.module.css';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import { NewValuesButton } from '../../../components/NewValuesButton.tsx';
import { planes } from '../../../engine/index.ts';
import styles from './PointwiseScene.module.css';

/** Channels 0…n−1 as the notes write them: `0–7`, or `0` alone. */
const range = (n: number) => (n === 1 ? '0' : `0–${n - 1}`);

/**
 * 1×1 convolution as a fully connected layer applied at every pixel: the chosen pixel's channel vector
 * times the weight matrix gives its output channel vector, H×W unchanged; and the bottleneck: a direct
 * k×k convolution against 1×1 reductions around it, with parameters and MACs per layer.
 */
export function PointwiseScene() {
  const t = useT();
  const values = useAppStore(selectParams) as PointwiseValues;
  const lang = useAppStore(selectLang);
  const setParams = useAppStore((s) => s.setParams);
  const narrow = useMediaQuery(NARROW_QUERY);
  const model = useMemo(() => pointwiseModel(values), [values]);
  const [H, W] = values.size;
  const I = values.inChannels;
  const O = values.outChannels;
  const { drawnIn, drawnOut } = model;
  // A pointed cell is [channel, row, column] of an input or output grid; an output names the channel written out.
  const { focus: pointed, pinned, setHover, togglePin } = useFocus(['input', 'output'], (f) => f.index.length === 3 && f.index[1] < H && f.index[2] < W);
  const plane = H * W;
  // Playback scans the pixels in raster order; pointing at one shows it instead.
  const timeline = useMemo(() => stepTimeline(H * W), [H, W]);
  const playback = useScenePlayback(timeline, PIXEL_UNITS);
  const { step } = playback;
  const pixel: [number, number] = pointed ? [pointed.index[1], pointed.index[2]] : [Math.floor(step / W), step % W];
  const channel = pointed?.kind === 'output' && pointed.index[0] < drawnOut ? pointed.index[0] : 0;
  const p = pixel[0] * W + pixel[1];
  const marks = useMemo(() => {
    const m = new Uint8Array(plane);
    m[p] = MARK.current;
    return m;
  }, [plane, p]);
  // Presented, the numbers are drawn for the back of the room (the picture scrolls to the current pixel's row).
  const font = useAppStore(selectPresent) ? PRESENT_GRID_FONT : undefined;
  const views = useMemo(() => {
    const inPlanes = Array.from({ length: drawnIn }, (_, c) => model.x.data.subarray(c * plane, (c + 1) * plane));
    const outPlanes = planes(model.output);
    return {
      in: inPlanes,
      out: outPlanes,
      cells: { in: readableCell(inPlanes, font), out: readableCell(outPlanes, font) },
      colors: { in: colorScale(model.x.data.subarray(0, drawnIn * plane)), out: colorScale(model.output.data) },
    };
  }, [model, drawnIn, plane, font]);
  const n = (v: number) => formatCount(v, lang);
  const grid = (kind: 'in' | 'out', c: number) => (
    <div key={`${kind}${c}`} className={kind === 'out' && c === channel ? `${channelStyles.channelRow} ${channelStyles.channelCurrent}` : channelStyles.channelRow} style={{ borderColor: kind === 'in' ? channelColor(c) : 'var(--border)' }}>
      <Grid
        label={t(kind === 'in' ? 'se.channel' : 'grid.output', { c, o: c })}
        rows={H}
        cols={W}
        cellSize={views.cells[kind]}
        values={views[kind][c]}
        color={views.colors[kind]}
        format={formatSigned}
        marks={marks}
        onHover={(r, col) => setHover({ kind: kind === 'in' ? 'input' : 'output', index: [c, r, col] })}
        onSelect={(r, col) => togglePin({ kind: kind === 'in' ? 'input' : 'output', index: [c, r, col] })}
        onLeave={() => setHover(null)}
        pinned={pinned && pinned.index[0] === c && pinned.kind === (kind === 'in' ? 'input' : 'output') ? [pinned.index[1], pinned.index[2]] : null}
      />
    </div>
  );
  const { direct, stack } = bottleneckLayers(values);
  const sum = (key: 'params' | 'macs') => stack.reduce((s, l) => s + l[key], 0);
  const name = (l: { k: number; from: number; to: number }) => ({ k: l.k, from: l.from, to: l.to });
  const set = (changes: Partial<PointwiseValues>) => setParams(changes);
  return (
    <SceneShell
      className={`${styles.root} ${channelStyles.channelScene}`}
      controls={
        <SchemaForm schema={pointwiseSchema} values={values} names={['size', 'inChannels', 'outChannels']} onChange={set}>
          <div className="field field-buttons">
            <NewValuesButton seed={values.seed} onSeed={(seed) => set({ seed })} />
          </div>
        </SchemaForm>
      }
      stageClassName={channelStyles.channelStage}
      stage={
        <>
          <section className={channelStyles.channelCol} aria-label={t('pw.inputs')}>
            {I > drawnIn && <p className="drawn-note" data-testid="pw-drawn-in">{t('pw.drawnIn', { range: range(drawnIn), n: n(I), more: n(I - drawnIn) })}</p>}
            {Array.from({ length: drawnIn }, (_, c) => grid('in', c))}
          </section>
          <section className={styles.equation} aria-label={t('pw.equation', { y: pixel[0], x: pixel[1] })}>
            <h2 className="view-title">{t('pw.equation', { y: pixel[0], x: pixel[1] })}</h2>
            <PwMatmul model={model} pixel={pixel} channel={channel} onChannel={(o) => setHover({ kind: 'output', index: [o, pixel[0], pixel[1]] })} />
            <p className="calc-note">{t('pw.note', { H, W, I: n(I), O: n(O) })}</p>
            <p className="calc-note" data-testid="pw-count">{t('pw.count', { H, W, I: n(I), O: n(O), params: n(model.params), macs: n(model.macs) })}</p>
          </section>
          <section className={channelStyles.channelCol} aria-label={t('pw.outputs')}>
            {O > drawnOut && <p className="drawn-note" data-testid="pw-drawn-out">{t('pw.drawnOut', { range: range(drawnOut), n: n(O), more: n(O - drawnOut) })}</p>}
            {Array.from({ length: drawnOut }, (_, o) => [
              grid('out', o),
              // On a phone the written-out sum also sits right under the output channel pointed at (scrolled into view once pinned:
              // scrolling on hover would move the cell from under the pointer and lose the hover).
              narrow && pointed?.kind === 'output' && o === channel ? <PwFormula key="near" model={model} pixel={pixel} channel={channel} testId="pw-formula-near" reveal={pinned !== null} /> : null,
            ])}
          </section>
        </>
      }
      side={
        <>
          <section className="panel" aria-label={t('pw.bnTitle')}>
            <h2>{t('pw.bnTitle')}</h2>
            <SchemaForm
              schema={pointwiseSchema}
              values={values}
              names={['bnIn', 'bnMid', 'bnOut', 'bnKernel', 'mode', 'bias']}
              onChange={set}
              label={t('pw.bnTitle')}
              labels={{ bnIn: t('pw.bn.in'), bnMid: t('pw.mid'), bnOut: t('pw.bn.out'), bnKernel: t('pw.bn.k'), }}
              fullLabels={{ mode: t('pw.mode') }}
              optionLabel={(_, m) => t(`pw.mode.${m}` as MessageKey)}
            />
            <PresetButtons field={false} presets={BOTTLENECK_PRESETS} label={(p) => t(`pw.preset.${p.id}` as MessageKey)} onPick={(p) => setParams(p.values)} />
          </section>
          <CostTable
            title={t('pw.costTitle', { map: values.map })}
            testId="pw-costs"
            lines={[
              { key: 'pw.row', values: name(direct), params: direct.params, macs: direct.macs, total: true },
              ...stack.map((l) => ({ key: 'pw.row' as MessageKey, values: name(l), params: l.params, macs: l.macs })),
              { key: 'pw.row.stack', params: sum('params'), macs: sum('macs'), total: true },
            ]}
            ratio={{ params: sum('params') / direct.params, macs: sum('macs') / direct.macs }}
          />
        </>
      }
      code={pointwiseCode(values, t('pw.code.kept'))}
      playback={playback}
    />
  );
}

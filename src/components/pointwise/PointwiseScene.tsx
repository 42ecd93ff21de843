import { useMemo } from 'react';
import { MARK } from '../../animations/conv2dHighlights.ts';
import { NARROW_QUERY, useMediaQuery } from '../../hooks/useMediaQuery.ts';
import { useScenePlayback } from '../../hooks/useScenePlayback.ts';
import { PIXEL_UNITS } from '../../hooks/playbackUnits.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { formatValue } from '../../scenes/conv2d/formulas.ts';
import { BOTTLENECK_MODES } from '../../scenes/pointwise/schema.ts';
import { BOTTLENECK_PRESETS, bottleneckLayers, pointwiseCode, pointwiseModel } from '../../scenes/pointwise/model.ts';
import type { PointwiseValues } from '../../scenes/pointwise/schema.ts';
import { selectFocus, selectParams, selectPinned, useAppStore } from '../../store/store.ts';
import { channelColor } from '../channelColors.ts';
import { colorScale } from '../colorScale.ts';
import { CopyButton } from '../CopyButton.tsx';
import { CostTable } from '../depthwise/CostTable.tsx';
import { IntField } from '../fields/IntField.tsx';
import { PairField } from '../fields/PairField.tsx';
import { Grid } from '../Grid.tsx';
import { PlaybackBar } from '../PlaybackBar.tsx';
import { CodePanel } from '../CodePanel.tsx';
import { NewValuesButton } from '../NewValuesButton.tsx';
import { planes } from '../../engine/index.ts';

/**
 * 1×1 convolution as a fully connected layer applied at every pixel: the chosen pixel's channel vector
 * times the weight matrix gives its output channel vector, H×W unchanged; and the bottleneck: a direct
 * k×k convolution against 1×1 reductions around it, with parameters and MACs per layer.
 */
export function PointwiseScene() {
  const t = useT();
  const values = useAppStore(selectParams) as PointwiseValues;
  const focus = useAppStore(selectFocus);
  const pinned = useAppStore(selectPinned);
  const setHover = useAppStore((s) => s.setHover);
  const togglePin = useAppStore((s) => s.togglePin);
  const setParams = useAppStore((s) => s.setParams);
  const narrow = useMediaQuery(NARROW_QUERY);
  const model = useMemo(() => pointwiseModel(values), [values]);
  const [H, W] = values.size;
  const I = values.inChannels;
  const O = values.outChannels;
  const plane = H * W;
  // Playback scans the pixels in raster order; pointing at one shows it instead.
  const timeline = useMemo(() => ({ cells: H * W, termsPerCell: 0, stepsPerCell: 1, totalSteps: H * W }), [H, W]);
  const playback = useScenePlayback(timeline, PIXEL_UNITS);
  const { step } = playback;
  const pixel: [number, number] =
    focus?.kind === 'input' && focus.index[0] < H && focus.index[1] < W ? [focus.index[0], focus.index[1]] : [Math.floor(step / W), step % W];
  const p = pixel[0] * W + pixel[1];
  const marks = useMemo(() => {
    const m = new Uint8Array(plane);
    m[p] = MARK.current;
    return m;
  }, [plane, p]);
  const colors = useMemo(() => ({ x: colorScale(model.x.data), y: colorScale(model.output.data) }), [model]);
  const cell = narrow ? 26 : Math.max(18, Math.min(40, Math.floor(640 / (Math.max(I, O) * H))));
  const views = useMemo(() => ({ in: planes(model.x), out: planes(model.output) }), [model]);
  const grid = (kind: 'in' | 'out', c: number) => (
    <div key={`${kind}${c}`} className="dw-row" style={{ borderColor: kind === 'in' ? channelColor(c) : 'var(--border)' }}>
      <Grid
        label={t(kind === 'in' ? 'se.channel' : 'grid.output', { c, o: c })}
        rows={H}
        cols={W}
        cellSize={cell}
        values={views[kind][c]}
        color={kind === 'in' ? colors.x : colors.y}
        format={formatValue}
        marks={marks}
        onHover={(r, col) => setHover({ kind: 'input', index: [r, col] })}
        onSelect={(r, col) => togglePin({ kind: 'input', index: [r, col] })}
        onLeave={() => setHover(null)}
        pinned={pinned?.kind === 'input' ? [pinned.index[0], pinned.index[1]] : null}
      />
    </div>
  );
  const xs = Array.from({ length: I }, (_, i) => model.x.data[i * plane + p]);
  const ys = Array.from({ length: O }, (_, o) => model.output.data[o * plane + p]);
  const { direct, stack } = bottleneckLayers(values);
  const sum = (key: 'params' | 'macs') => stack.reduce((s, l) => s + l[key], 0);
  const name = (l: { k: number; from: number; to: number }) => ({ k: l.k, from: l.from, to: l.to });
  return (
    <div className={`scene scene-pw${narrow ? ' scene-narrow' : ''}`}>
      <div className="scene-top">
        <form className="controls" aria-label={t('parameters')} onSubmit={(e) => e.preventDefault()}>
          <PairField label={`${t('p.size')} · size`} name="size" value={values.size} min={1} max={8} onChange={(size) => setParams({ size })} />
          <IntField label={`${t('p.in_channels')} · in_channels`} name="in_channels" value={I} min={1} max={8} onChange={(inChannels) => setParams({ inChannels })} />
          <IntField label={`${t('p.out_channels')} · out_channels`} name="out_channels" value={O} min={1} max={8} onChange={(outChannels) => setParams({ outChannels })} />
          <div className="field field-buttons">
            <NewValuesButton seed={values.seed} onSeed={(seed) => setParams({ seed })} />
          </div>
        </form>
        <CopyButton text={() => location.href} label={t('copyLink')} done={t('linkCopied')} />
      </div>
      <div className="scene-body">
        <div className="stage-box dw-stage" tabIndex={0} role="region" aria-label={t('stageRegion')}>
          <section className="dw-col" aria-label={t('pw.inputs')}>
            {Array.from({ length: I }, (_, c) => grid('in', c))}
          </section>
          <section className="pw-equation" aria-label={t('pw.equation', { y: pixel[0], x: pixel[1] })}>
            <h2 className="view-title">{t('pw.equation', { y: pixel[0], x: pixel[1] })}</h2>
            <div className="pw-matmul" data-testid="pw-matmul">
              <table className="pw-matrix" aria-label={t('pw.weights', { O, I })}>
                {/* Headers for screen readers (row = output channel, column = input channel); the colours say it on screen. */}
                <thead className="visually-hidden">
                  <tr>
                    <td />
                    {Array.from({ length: I }, (_, i) => (
                      <th key={i} scope="col">
                        {t('grid.input', { c: i })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {Array.from({ length: O }, (_, o) => (
                    <tr key={o}>
                      <th scope="row" className="visually-hidden">
                        {t('grid.output', { o })}
                      </th>
                      {Array.from({ length: I }, (_, i) => (
                        <td key={i} style={{ borderTopColor: channelColor(i) }}>
                          {formatValue(model.weight.data[o * I + i])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              <span className="pw-op">×</span>
              <table className="pw-vector" aria-label={t('pw.vectorIn')}>
                <tbody>
                  {xs.map((v, i) => (
                    <tr key={i}>
                      <td style={{ borderLeftColor: channelColor(i) }}>{formatValue(v)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <span className="pw-op">=</span>
              <table className="pw-vector" aria-label={t('pw.vectorOut')}>
                <tbody>
                  {ys.map((v, o) => (
                    <tr key={o}>
                      <td data-testid={`pw-y-${o}`}>{formatValue(v)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="calc-note">{t('pw.note', { H, W, I, O })}</p>
            <p className="formula">{`y[0] = ${xs.map((v, i) => `${formatValue(model.weight.data[i])}×${formatValue(v)}`).join(' + ')} = ${formatValue(ys[0])}`}</p>
          </section>
          <section className="dw-col" aria-label={t('pw.outputs')}>
            {Array.from({ length: O }, (_, o) => grid('out', o))}
          </section>
        </div>
        <aside className="side" tabIndex={0}>
          <section className="panel" aria-label={t('pw.bnTitle')}>
            <h2>{t('pw.bnTitle')}</h2>
            <div className="controls">
              <IntField label="in" name="bn_in" value={values.bnIn} min={1} max={4096} onChange={(bnIn) => setParams({ bnIn })} />
              <IntField label={t('pw.mid')} name="bn_mid" value={values.bnMid} min={1} max={4096} onChange={(bnMid) => setParams({ bnMid })} />
              <IntField label="out" name="bn_out" value={values.bnOut} min={1} max={4096} onChange={(bnOut) => setParams({ bnOut })} />
              <IntField label="k" name="bn_kernel" value={values.bnKernel} min={1} max={11} onChange={(bnKernel) => setParams({ bnKernel })} />
              <div className="field">
                <label htmlFor="pw-mode">{t('pw.mode')}</label>
                <select id="pw-mode" value={values.mode} onChange={(e) => setParams({ mode: e.target.value as PointwiseValues['mode'] })}>
                  {BOTTLENECK_MODES.map((m) => (
                    <option key={m} value={m}>
                      {t(`pw.mode.${m}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field field-check">
                <input id="pw-bias" type="checkbox" checked={values.bias} onChange={(e) => setParams({ bias: e.target.checked })} />
                <label htmlFor="pw-bias">{t('p.bias')}</label>
              </div>
            </div>
            <div className="field-buttons" role="group" aria-label={t('rf.presets')}>
              {BOTTLENECK_PRESETS.map((preset) => (
                <button key={preset.id} type="button" onClick={() => setParams(preset.values)}>
                  {t(`pw.preset.${preset.id}` as MessageKey)}
                </button>
              ))}
            </div>
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
          <CodePanel code={pointwiseCode(values)} />
        </aside>
      </div>
      <PlaybackBar playback={playback} />
    </div>
  );
}

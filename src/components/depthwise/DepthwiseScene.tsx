import { useMemo } from 'react';
import { NARROW_QUERY, useMediaQuery } from '../../hooks/useMediaQuery.ts';
import { useScenePlayback } from '../../hooks/useScenePlayback.ts';
import { STEP_UNITS } from '../../hooks/playbackUnits.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { formatValue } from '../../scenes/conv2d/formulas.ts';
import { depthwiseCode, depthwiseModel, DEPTHWISE_PRESETS } from '../../scenes/depthwise/model.ts';
import type { DepthwiseValues } from '../../scenes/depthwise/schema.ts';
import { selectFocus, selectParams, useAppStore } from '../../store/store.ts';
import { channelColor } from '../channelColors.ts';
import { colorScale } from '../colorScale.ts';
import { CopyButton } from '../CopyButton.tsx';
import { IntField } from '../fields/IntField.tsx';
import { PairField } from '../fields/PairField.tsx';
import { Grid } from '../Grid.tsx';
import { PlaybackBar } from '../PlaybackBar.tsx';
import { CostTable } from './CostTable.tsx';
import { CodePanel } from '../CodePanel.tsx';
import { NewValuesButton } from '../NewValuesButton.tsx';
import { planes } from '../../engine/index.ts';

/**
 * Depthwise separable convolution: each input channel convolved with its own k×k kernel (no mixing),
 * then a 1×1 convolution mixing the channels at every pixel; the cost table puts both stages next to
 * the standard convolution with the same channels and kernel.
 */
export function DepthwiseScene() {
  const t = useT();
  const values = useAppStore(selectParams) as DepthwiseValues;
  const focus = useAppStore(selectFocus);
  const setHover = useAppStore((s) => s.setHover);
  const setParams = useAppStore((s) => s.setParams);
  const narrow = useMediaQuery(NARROW_QUERY);
  const model = useMemo(() => depthwiseModel(values), [values]);
  const [H, W] = values.size;
  const C = model.x.shape[0];
  const mid = model.dw.shape[0];
  const O = model.pw.shape[0];
  const m = values.depthMultiplier;
  // One step per depthwise map, then one per output channel (step 0: the input alone).
  const timeline = useMemo(() => ({ cells: 1, termsPerCell: mid + O, stepsPerCell: mid + O + 1, totalSteps: mid + O + 1 }), [mid, O]);
  const playback = useScenePlayback(timeline, STEP_UNITS);
  const { step } = playback;
  const k = values.kernelSize;
  const cell = narrow ? 18 : Math.max(12, Math.min(30, Math.floor(660 / (Math.max(C, mid, O) * Math.max(H, 4)))));
  const colors = useMemo(() => ({ x: colorScale(model.x.data), dw: colorScale(model.dw.data), pw: colorScale(model.pw.data), w: colorScale(model.dwWeight.data) }), [model]);
  const views = useMemo(() => ({ x: planes(model.x), w: planes(model.dwWeight), dw: planes(model.dw), pw: planes(model.pw) }), [model]);
  const focusOut = focus?.kind === 'output' && focus.index[0] < O ? focus.index[0] : step > mid ? step - mid - 1 : null;
  const std = model.rows[0];
  const sep = model.separable;
  return (
    <div className={`scene scene-dw${narrow ? ' scene-narrow' : ''}`}>
      <div className="scene-top">
        <form className="controls" aria-label={t('parameters')} onSubmit={(e) => e.preventDefault()}>
          <IntField label={`${t('p.in_channels')} · in_channels`} name="in_channels" value={values.inChannels} min={1} max={64} onChange={(inChannels) => setParams({ inChannels })} />
          <IntField label={`${t('p.out_channels')} · out_channels`} name="out_channels" value={values.outChannels} min={1} max={512} onChange={(outChannels) => setParams({ outChannels })} />
          <IntField label={`${t('p.kernel_size')} · kernel_size`} name="kernel_size" value={values.kernelSize} min={1} max={7} onChange={(kernelSize) => setParams({ kernelSize })} />
          <PairField label={`${t('p.size')} · size`} name="size" value={values.size} min={1} max={12} onChange={(size) => setParams({ size })} />
          <IntField label={`${t('dw.multiplier')} · depth_multiplier`} name="depth_multiplier" value={m} min={1} max={4} onChange={(depthMultiplier) => setParams({ depthMultiplier })} />
          <div className="field field-check">
            <input id="dw-bias" type="checkbox" checked={values.bias} onChange={(e) => setParams({ bias: e.target.checked })} />
            <label htmlFor="dw-bias">{t('p.bias')} · bias</label>
          </div>
          <div className="field field-buttons" role="group" aria-label={t('rf.presets')}>
            {DEPTHWISE_PRESETS.map((p) => (
              <button key={p.id} type="button" onClick={() => setParams({ inChannels: p.inChannels, outChannels: p.outChannels, kernelSize: 3, depthMultiplier: 1, bias: false })}>
                {t(`dw.preset.${p.id}` as MessageKey)}
              </button>
            ))}
            <NewValuesButton seed={values.seed} onSeed={(seed) => setParams({ seed })} />
          </div>
        </form>
        <CopyButton text={() => location.href} label={t('copyLink')} done={t('linkCopied')} />
      </div>
      <ol className="stages">
        <li aria-current={step === 0 ? 'step' : undefined}>{t('dw.stage.input')}</li>
        <li aria-current={step >= 1 && step <= mid ? 'step' : undefined}>{t('dw.stage.depthwise', { k })}</li>
        <li aria-current={step > mid ? 'step' : undefined}>{t('dw.stage.pointwise')}</li>
      </ol>
      <div className="scene-body">
        <div className="stage-box dw-stage" tabIndex={0} role="region" aria-label={t('stageRegion')} onMouseLeave={() => setHover(null)}>
          <section className="dw-col" aria-label={t('dw.col.input')}>
            {Array.from({ length: C }, (_, c) => (
              <div key={c} className="dw-row" style={{ borderColor: channelColor(c) }}>
                <Grid label={t('se.channel', { c })} rows={H} cols={W} cellSize={cell} values={views.x[c]} color={colors.x} format={formatValue} />
                {Array.from({ length: m }, (_, j) => (
                  <Grid key={j} label={t('dw.kernel', { c, j })} rows={k} cols={k} cellSize={Math.max(18, cell - 4)} values={views.w[c * m + j]} color={colors.w} format={formatValue} />
                ))}
              </div>
            ))}
            {values.inChannels > C && <p className="calc-note">{t('dw.notDrawn', { n: values.inChannels - C })}</p>}
          </section>
          <section className="dw-col" aria-label={t('dw.col.depthwise')}>
            {Array.from({ length: mid }, (_, j) => (
              <div key={j} className={`dw-row${step === j + 1 ? ' dw-current' : ''}${step >= j + 1 ? '' : ' dw-pending'}`} style={{ borderColor: channelColor(Math.floor(j / m)) }}>
                <Grid label={t('dw.map', { j, c: Math.floor(j / m) })} rows={H} cols={W} cellSize={cell} values={views.dw[j]} color={colors.dw} format={formatValue} />
              </div>
            ))}
          </section>
          <section className="dw-col" aria-label={t('dw.col.pointwise')}>
            {Array.from({ length: O }, (_, o) => (
              <div
                key={o}
                className={`dw-row${focusOut === o ? ' dw-current' : ''}${step >= mid + 1 + o ? '' : ' dw-pending'}`}
                onMouseEnter={() => setHover({ kind: 'output', index: [o] })}
              >
                <Grid label={t('grid.output', { o })} rows={H} cols={W} cellSize={cell} values={views.pw[o]} color={colors.pw} format={formatValue} />
              </div>
            ))}
            {values.outChannels > O && <p className="calc-note">{t('dw.notDrawn', { n: values.outChannels - O })}</p>}
          </section>
        </div>
        <aside className="side" tabIndex={0}>
          {focusOut !== null && (
            <section className="panel" aria-label={t('dw.mixTitle')}>
              <h2>{t('dw.mixTitle')}</h2>
              <p className="formula" data-testid="dw-mix">
                out[{focusOut}] = {Array.from({ length: mid }, (_, j) => `${formatValue(model.pwWeight.data[focusOut * mid + j])}·dw[${j}]`).join(' + ')}
              </p>
              <p className="calc-note">{t('dw.mixNote')}</p>
            </section>
          )}
          <CostTable
            title={t('dw.costTitle', { I: values.inChannels, O: values.outChannels, k })}
            testId="dw-costs"
            lines={[
              { key: 'dw.row.standard', values: { k }, params: std.params, macs: std.macs },
              { key: 'dw.row.depthwise', values: { k }, params: model.rows[1].params, macs: model.rows[1].macs },
              { key: 'dw.row.pointwise', params: model.rows[2].params, macs: model.rows[2].macs },
              { key: 'dw.row.separable', params: sep.params, macs: sep.macs, total: true },
            ]}
            ratio={{ params: sep.params / std.params, macs: sep.macs / std.macs }}
          />
          <p className="calc-note" data-testid="dw-approx">
            {t('dw.approx', { O: values.outChannels, k2: k * k, approx: model.approx.toFixed(3), saving: (1 / model.approx).toFixed(1) })}
          </p>
          <CodePanel code={depthwiseCode(values)} />
        </aside>
      </div>
      <PlaybackBar playback={playback} />
    </div>
  );
}

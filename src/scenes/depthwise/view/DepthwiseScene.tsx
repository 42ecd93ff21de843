import { useCallback, useMemo } from 'react';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import { stepTimeline } from '../../../animations/timeline.ts';
import { useScenePlayback } from '../../../hooks/useScenePlayback.ts';
import { STEP_UNITS } from '../../../hooks/playbackUnits.ts';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatCount } from '../../../i18n/format.ts';
import { drawnCounts } from '../compute.ts';
import { depthwiseCode, depthwiseCosts, DEPTHWISE_PRESETS } from '../model.ts';
import type { DepthwiseValues } from '../schema.ts';
import { MAX_CHANNELS } from '../schema.ts';
import { selectFocus, selectLang, selectParams, selectPinned, useAppStore } from '../../../store/store.ts';
import { CopyButton } from '../../../components/CopyButton.tsx';
import { IntField } from '../../../components/fields/IntField.tsx';
import { PairField } from '../../../components/fields/PairField.tsx';
import { PlaybackBar } from '../../../components/PlaybackBar.tsx';
import { CostTable } from '../../../components/CostTable.tsx';
import { CodePanel } from '../../../components/CodePanel.tsx';
import { NewValuesButton } from '../../../components/NewValuesButton.tsx';
import { DepthwiseStage } from './DepthwiseStage.tsx';
import { MixPanel } from './MixPanel.tsx';
import type { MixCell } from './MixPanel.tsx';
import { useDepthwiseData } from './useDepthwiseData.ts';

/**
 * Depthwise separable convolution: each input channel convolved with its own k×k kernel (no mixing),
 * then a 1×1 convolution mixing the channels at every pixel; the cost table puts both stages next to
 * the standard convolution with the same channels and kernel. Up to 2,048 channels: a few are drawn,
 * every value drawn is the real layer's, every count covers all channels.
 */
export function DepthwiseScene() {
  const t = useT();
  const values = useAppStore(selectParams) as DepthwiseValues;
  const lang = useAppStore(selectLang);
  const focus = useAppStore(selectFocus);
  const pinnedFocus = useAppStore(selectPinned);
  const setHover = useAppStore((s) => s.setHover);
  const togglePin = useAppStore((s) => s.togglePin);
  const setParams = useAppStore((s) => s.setParams);
  const narrow = useMediaQuery(NARROW_QUERY);
  const { data, pending, progress } = useDepthwiseData(values);
  const costs = useMemo(() => depthwiseCosts(values), [values]);
  // The timeline follows the values drawn: step 0 the input, one step per drawn map, one per drawn output.
  const counts = data ?? drawnCounts(values);
  const total = 1 + counts.drawnMaps + counts.drawnOut;
  const timeline = useMemo(() => stepTimeline(total), [total]);
  const playback = useScenePlayback(timeline, STEP_UNITS);
  const { step } = playback;
  const k = values.kernelSize;
  const m = values.depthMultiplier;
  const asCell = (f: typeof focus): MixCell | null => {
    if (!data || f?.kind !== 'output' || f.index.length !== 3) return null;
    const [o, y, x] = f.index;
    return o < data.drawnOut && y < data.v.size[0] && x < data.v.size[1] ? [o, y, x] : null;
  };
  const pointed = asCell(focus);
  const pinned = asCell(pinnedFocus);
  // Without a pointed cell, the pointwise steps of the playback write out their channel's first cell.
  const playing = data && step > data.drawnMaps ? ([step - data.drawnMaps - 1, 0, 0] as const) : null;
  const cell = pointed ?? playing;
  const onHover = useCallback((c: MixCell | null) => setHover(c ? { kind: 'output', index: [...c] } : null), [setHover]);
  const onSelect = useCallback((c: MixCell) => togglePin({ kind: 'output', index: [...c] }), [togglePin]);
  const std = costs.rows[0];
  const sep = costs.separable;
  const mix = data && <MixPanel data={data} cell={cell} reveal={narrow && pinned !== null} />;
  return (
    <div className={`scene scene-dw${narrow ? ' scene-narrow' : ''}`}>
      <div className="scene-top">
        <form className="controls" aria-label={t('parameters')} onSubmit={(e) => e.preventDefault()}>
          <IntField label={`${t('p.in_channels')} · in_channels`} name="in_channels" value={values.inChannels} min={1} max={MAX_CHANNELS} onChange={(inChannels) => setParams({ inChannels })} />
          <IntField label={`${t('p.out_channels')} · out_channels`} name="out_channels" value={values.outChannels} min={1} max={MAX_CHANNELS} onChange={(outChannels) => setParams({ outChannels })} />
          <IntField label={`${t('p.kernel_size')} · kernel_size`} name="kernel_size" value={values.kernelSize} min={1} max={7} onChange={(kernelSize) => setParams({ kernelSize })} />
          <PairField label={`${t('p.size')} · size`} name="size" value={values.size} min={1} max={12} onChange={(size) => setParams({ size })} />
          <IntField label={`${t('dw.multiplier')} · depth_multiplier`} name="depth_multiplier" value={m} min={1} max={4} onChange={(depthMultiplier) => setParams({ depthMultiplier })} />
          <div className="field field-check">
            <input id="dw-bias" type="checkbox" checked={values.bias} onChange={(e) => setParams({ bias: e.target.checked })} />
            <label htmlFor="dw-bias">{t('p.bias')} · bias</label>
          </div>
          <div className="field field-buttons" role="group" aria-label={t('presets')}>
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
        <li aria-current={step >= 1 && step <= counts.drawnMaps ? 'step' : undefined}>{t('dw.stage.depthwise', { k })}</li>
        <li aria-current={step > counts.drawnMaps ? 'step' : undefined}>{t('dw.stage.pointwise')}</li>
      </ol>
      <div className="scene-body">
        <div className="stage-box dw-stage" tabIndex={0} role="region" aria-label={t('stageRegion')} aria-busy={pending} style={pending ? { filter: 'grayscale(1)' } : undefined}>
          {pending && (
            <p className="drawn-note" data-testid="dw-computing">
              {t('dw.computing', { n: formatCount(values.inChannels * m, lang), pct: Math.round(progress * 100) })}
            </p>
          )}
          {data && <DepthwiseStage data={data} step={step} cell={cell} pinned={pinned} onHover={onHover} onSelect={onSelect} detail={narrow ? mix : undefined} />}
        </div>
        <aside className="side" tabIndex={0}>
          {!narrow && mix}
          <CostTable
            title={t('dw.costTitle', { I: values.inChannels, O: values.outChannels, k })}
            testId="dw-costs"
            lines={[
              { key: 'dw.row.standard', values: { k }, params: std.params, macs: std.macs },
              { key: 'dw.row.depthwise', values: { k }, params: costs.rows[1].params, macs: costs.rows[1].macs },
              { key: 'dw.row.pointwise', params: costs.rows[2].params, macs: costs.rows[2].macs },
              { key: 'dw.row.separable', params: sep.params, macs: sep.macs, total: true },
            ]}
            ratio={{ params: sep.params / std.params, macs: sep.macs / std.macs }}
          />
          <p className="calc-note" data-testid="dw-approx">
            {t('dw.approx', { O: values.outChannels, k2: k * k, approx: costs.approx.toFixed(3), saving: (1 / costs.approx).toFixed(1) })}
          </p>
          <CodePanel code={depthwiseCode(values, { depthwise: t('dw.code.depthwise'), pointwise: t('dw.code.pointwise') })} />
        </aside>
      </div>
      <PlaybackBar playback={playback} />
    </div>
  );
}

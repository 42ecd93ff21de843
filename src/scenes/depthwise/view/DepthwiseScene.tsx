import { useCallback, useMemo } from 'react';
import { PresetButtons } from '../../../components/PresetButtons.tsx';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import { stepTimeline } from '../../../animations/timeline.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { useScenePlayback } from '../../../hooks/useScenePlayback.ts';
import { STEP_UNITS } from '../../../hooks/playbackUnits.ts';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatCount } from '../../../i18n/format.ts';
import { drawnCounts } from '../compute.ts';
import { depthwiseCode, depthwiseCosts, DEPTHWISE_PRESETS } from '../model.ts';
import { depthwiseSchema } from '../schema.ts';
import type { DepthwiseValues } from '../schema.ts';
import { selectLang, selectParams, useAppStore } from '../../../store/store.ts';
import channelStyles from '../../../components/ChannelStage.module.css';
import { CostTable } from '../../../components/CostTable.tsx';
import { NewValuesButton } from '../../../components/NewValuesButton.tsx';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { DepthwiseStage } from './DepthwiseStage.tsx';
import { MixPanel } from './MixPanel.tsx';
import type { MixCell } from './MixPanel.tsx';
import { useSlicedCompute } from '../../../hooks/useSlicedCompute.ts';
import type { SlicedWork } from '../../../hooks/useSlicedCompute.ts';
import { computeAll, depthwiseCompute, depthwiseWork } from '../compute.ts';
import type { DepthwiseData } from '../compute.ts';
import styles from './DepthwiseScene.module.css';

/** Up to this many multiply-adds the values are computed at once, during render; beyond, in slices (2,048 channels: up to 70 M). */
const SYNC_MACS = 1_000_000;
const WORK: SlicedWork<DepthwiseValues, DepthwiseData> = { small: (v) => depthwiseWork(v) <= SYNC_MACS, all: computeAll, run: depthwiseCompute };

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
  const setParams = useAppStore((s) => s.setParams);
  const narrow = useMediaQuery(NARROW_QUERY);
  const { data, pending, progress } = useSlicedCompute(values, WORK);
  // A pointed cell is [channel, row, column] of a drawn output; another one (an index past a shape that shrank) is none.
  const { focus, pinned: pinnedFocus, setHover, togglePin } = useFocus(
    ['output'],
    (f) => data !== null && f.index.length === 3 && f.index[0] < data.drawnOut && f.index[1] < data.v.size[0] && f.index[2] < data.v.size[1],
  );
  const costs = useMemo(() => depthwiseCosts(values), [values]);
  // The timeline follows the values drawn: step 0 the input, one step per drawn map, one per drawn output.
  const counts = data ?? drawnCounts(values);
  const total = 1 + counts.drawnMaps + counts.drawnOut;
  const timeline = useMemo(() => stepTimeline(total), [total]);
  const playback = useScenePlayback(timeline, STEP_UNITS);
  const { step } = playback;
  const k = values.kernelSize;
  const m = values.depthMultiplier;
  const asCell = (f: typeof focus): MixCell | null => (f ? [f.index[0], f.index[1], f.index[2]] : null);
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
    <SceneShell
      className={`${styles.root} ${channelStyles.channelScene}`}
      controls={
        <SchemaForm
          schema={depthwiseSchema}
          values={values}
          names={['inChannels', 'outChannels', 'kernelSize', 'size', 'depthMultiplier', 'bias']}
          onChange={setParams}
          labels={{ depthMultiplier: t('dw.multiplier') }}
        >
          <PresetButtons
            presets={DEPTHWISE_PRESETS}
            label={(p) => t(`dw.preset.${p.id}` as MessageKey)}
            onPick={(p) => setParams({ inChannels: p.inChannels, outChannels: p.outChannels, kernelSize: 3, depthMultiplier: 1, bias: false })}
          >
            <NewValuesButton seed={values.seed} onSeed={(seed) => setParams({ seed })} />
          </PresetButtons>
        </SchemaForm>
      }
      above={
        <ol className="stages">
          <li aria-current={step === 0 ? 'step' : undefined}>{t('dw.stage.input')}</li>
          <li aria-current={step >= 1 && step <= counts.drawnMaps ? 'step' : undefined}>{t('dw.stage.depthwise', { k })}</li>
          <li aria-current={step > counts.drawnMaps ? 'step' : undefined}>{t('dw.stage.pointwise')}</li>
        </ol>
      }
      stageClassName={`${channelStyles.channelStage}${pending ? ` ${styles.computing}` : ''}`}
      busy={pending}
      stage={
        <>
          {pending && (
            <p className="drawn-note" data-testid="dw-computing">
              {t('dw.computing', { n: formatCount(values.inChannels * m, lang), pct: Math.round(progress * 100) })}
            </p>
          )}
          {data && <DepthwiseStage data={data} step={step} cell={cell} pinned={pinned} onHover={onHover} onSelect={onSelect} detail={narrow ? mix : undefined} />}
        </>
      }
      side={
        <>
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
        </>
      }
      code={depthwiseCode(values, { depthwise: t('dw.code.depthwise'), pointwise: t('dw.code.pointwise') })}
      playback={playback}
    />
  );
}

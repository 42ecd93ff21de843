import { useMemo, useRef, useState } from 'react';
import { PresetButtons } from '../../../components/PresetButtons.tsx';
import { blockColumns, blockFrame } from '../../../animations/residualFrames.ts';
import type { BlockNode } from '../../../animations/residualFrames.ts';
import { stepTimeline } from '../../../animations/timeline.ts';
import { NewValuesButton } from '../../../components/NewValuesButton.tsx';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { useElementSize } from '../../../hooks/useElementSize.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import { STEP_UNITS } from '../../../hooks/playbackUnits.ts';
import { useSceneModel } from '../../../hooks/useSceneModel.ts';
import { useSlicedCompute } from '../../../hooks/useSlicedCompute.ts';
import { useScenePlayback } from '../../../hooks/useScenePlayback.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { useT } from '../../../i18n/useT.ts';
import { formatCount } from '../../../i18n/format.ts';
import { selectLang, selectParams, selectPresent, useAppStore } from '../../../store/store.ts';
import { PRESENT_GRID_FONT, readableCell } from '../../../components/readableCell.ts';
import { residualCode } from '../code.ts';
import { RESIDUAL_WORK } from '../compute.ts';
import { RESIDUAL_PRESETS, blockPlan, nearestValidResidual, residualProblems } from '../model.ts';
import { residualSchema } from '../schema.ts';
import type { ResidualValues } from '../schema.ts';
import { BlockDiagram, frontChannel } from './BlockDiagram.tsx';
import { GradientPanel } from './GradientPanel.tsx';
import { LayerTable } from './LayerTable.tsx';
import { StepCaption } from './StepCaption.tsx';
import { TracePanel } from './TracePanel.tsx';
import styles from './Residual.module.css';

const NODES: readonly BlockNode[] = ['x', 'conv1', 'bn1', 'relu1', 'conv2', 'bn2', 'relu2', 'conv3', 'bn3', 'identity', 'proj', 'projBn', 'add', 'out'];
/** The model of a setting is the setting itself (its values are computed by `useResidualData`). */
const same = (v: ResidualValues) => v;
/** Gap between columns (px, as --col-gap in the CSS module). */
const COL_GAP = 32;

/**
 * A residual block of torchvision (BasicBlock or Bottleneck), step by step on a small input: the residual
 * path F, the skip path (identity or 1×1 projection), the element-wise sum F(x) + x and the final ReLU;
 * every cell explained on pointing; parameters and MACs per module; and why skips let gradients through.
 */
export function ResidualScene() {
  const t = useT();
  const values = useAppStore(selectParams) as ResidualValues;
  const setParams = useAppStore((s) => s.setParams);
  const lang = useAppStore(selectLang);
  const narrow = useMediaQuery(NARROW_QUERY);
  const { problems, fresh, model: shown } = useSceneModel(values, residualProblems, same, nearestValidResidual);
  const { data, pending, progress } = useSlicedCompute(shown, RESIDUAL_WORK);
  const plan = useMemo(() => blockPlan(shown), [shown]);
  const timeline = useMemo(() => stepTimeline(plan.steps.length), [plan.steps.length]);
  const playback = useScenePlayback(timeline, STEP_UNITS);
  // The data may still be the previous setting's while a large block is computed: draw its own plan.
  const drawn = data ?? null;
  const frame = blockFrame(drawn ? drawn.plan.steps : plan.steps, playback.step);
  const [channel, setChannel] = useState(0);
  const outChannels = drawn ? drawn.plan.outChannels : plan.outChannels;
  const maxChannel = Math.max(outChannels, drawn ? drawn.plan.xShape[0] : plan.xShape[0]) - 1;
  const shownChannel = Math.min(channel, maxChannel);
  const { focus, pinned, setHover, togglePin } = useFocus(NODES, (f) => {
    const tensor = drawn?.tensors[f.kind];
    return tensor !== undefined && f.index.length === 3 && f.index.every((v, i) => v >= 0 && v < tensor.shape[i]);
  });
  const stageRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(stageRef);
  // Each column gets an equal share of the stage (one column of the whole width on a phone).
  const columnWidth = useMemo(() => {
    const cols = blockColumns(shown.block).length - 1;
    return narrow ? width - 24 : (width - (cols - 1) * COL_GAP) / cols;
  }, [width, narrow, shown.block]);
  // On a wide screen both rows fit the stage's height: x's rows on top, the projection's below (about
  // six lines of captions per row, in the theme's font size: the projector's is larger).
  const maxCell = useMemo(() => {
    if (narrow || height === 0) return undefined;
    const em = stageRef.current ? parseFloat(getComputedStyle(stageRef.current).fontSize) || 16 : 16;
    const projection = shown.downsample === 'conv1x1';
    const rows = shown.size[0] + (projection ? Math.ceil(shown.size[0] / shown.stride) : 0);
    return Math.floor((height - (projection ? 9 : 7) * em) / rows);
  }, [narrow, height, shown.downsample, shown.size, shown.stride]);
  // Presenter mode: cells at which every front map's numbers print at 24 px, read from the back of the
  // room, the same for every map (the picture scrolls in the stage, keeping the current step's column in view).
  const present = useAppStore(selectPresent);
  const minCell = useMemo(() => {
    if (!present || !drawn) return undefined;
    const planes = Object.values(drawn.tensors).map((tensor) => {
      const [C, H, W] = tensor!.shape;
      const c = frontChannel(shownChannel, C);
      // As the grids write them (one decimal): "2.96" is drawn "3".
      return Array.from(tensor!.data.subarray(c * H * W, (c + 1) * H * W), (v) => Math.round(v * 10) / 10);
    });
    return readableCell(planes, PRESENT_GRID_FONT);
  }, [present, drawn, shownChannel]);
  const set = (changes: Partial<ResidualValues>) => setParams(changes);
  const setPlan = useMemo(() => blockPlan(values), [values]);
  const out = setPlan.outChannels;
  // The trace explains the pointed cell, else the current step's tensor at its first cell of the shown channel.
  const traced = (() => {
    if (!drawn) return null;
    if (focus) return { node: focus.kind, cell: focus.index as readonly [number, number, number], pointed: true };
    const node = frame.current.node;
    const tensor = drawn.tensors[node]!;
    return { node, cell: [frontChannel(shownChannel, tensor.shape[0]), 0, 0] as const, pointed: false };
  })();
  const trace = drawn && traced ? <TracePanel data={drawn} node={traced.node} cell={traced.cell} pointed={traced.pointed} reveal={narrow && pinned !== null} /> : null;
  const blockName = t(`res.block.${values.block}` as MessageKey).split(':')[0].split('：')[0];
  return (
    <SceneShell
      className={styles.scene}
      controls={
        <SchemaForm
          schema={residualSchema}
          values={values}
          names={['block', 'inplanes', 'planes', 'stride', 'downsample', 'size']}
          onChange={set}
          labels={{ block: t('res.block'), inplanes: t('res.inplanes'), planes: t('res.planes'), downsample: t('res.downsample') }}
          optionLabel={(name, option) => t(`res.${name}.${option}` as MessageKey)}
        >
          <PresetButtons presets={RESIDUAL_PRESETS} label={(p) => t(`res.preset.${p.id}` as MessageKey)} onPick={(p) => set(p.values)}>
            <NewValuesButton seed={values.seed} onSeed={(seed) => set({ seed })} />
          </PresetButtons>
        </SchemaForm>
      }
      fold={t('res.fold', { block: blockName, inplanes: values.inplanes, out, stride: values.stride, skip: t(`res.downsample.${values.downsample}` as MessageKey) })}
      problems={problems}
      stale={!fresh}
      stageRef={stageRef}
      stageClassName={styles.stage}
      busy={pending}
      above={
        <div className={styles.above}>
          <h2 className={styles.equation}>{t('res.equation')}</h2>
          <p className={styles.history} data-testid="res-history">{t('res.history')}</p>
          <div className={styles.stepRow}>
            {drawn && <StepCaption data={drawn} node={frame.current.node} step={frame.step} />}
            <div className={styles.channelBar} role="group" aria-label={t('res.channel')}>
              <span>{t('res.channel')}:</span>
              <button type="button" aria-label={t('res.prevChannel')} disabled={shownChannel === 0} onClick={() => setChannel(Math.max(0, shownChannel - 1))}>
                ◀
              </button>
              <strong data-testid="res-channel">{t('res.channelOf', { c: formatCount(shownChannel, lang), n: formatCount(outChannels, lang) })}</strong>
              <button type="button" aria-label={t('res.nextChannel')} disabled={shownChannel >= maxChannel} onClick={() => setChannel(Math.min(maxChannel, shownChannel + 1))}>
                ▶
              </button>
            </div>
          </div>
        </div>
      }
      stage={
        <>
          {pending && <p className="drawn-note" data-testid="res-computing">{t('res.computing', { pct: Math.round(progress * 100) })}</p>}
          {drawn && (
            <BlockDiagram
              data={drawn}
              frame={frame}
              channel={shownChannel}
              columnWidth={columnWidth}
              maxCell={maxCell}
              minCell={minCell}
              focus={focus ?? (traced ? { kind: traced.node, index: traced.cell } : null)}
              pinned={pinned}
              onHover={setHover}
              onSelect={togglePin}
              narrow={narrow}
              detail={narrow && focus ? trace : undefined}
            />
          )}
          <p className={styles.drawnNote}>{t('res.drawnNote')}</p>
        </>
      }
      side={
        <>
          {(!narrow || !focus) && trace}
          <LayerTable plan={setPlan} v={values} />
          <GradientPanel layers={values.layers} factor={values.factor} onChange={set} />
        </>
      }
      code={residualCode(values, {
        f: 'F(x)',
        projection: t('res.code.projection'),
        sum: t('res.code.sum'),
        identity: t('res.code.identity'),
        params: t('res.code.params'),
        fails: t('res.code.fails'),
      })}
      playback={playback}
    />
  );
}

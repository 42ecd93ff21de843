import { useCallback, useMemo, useRef } from 'react';
import { inceptionFrame, inceptionSteps } from '../../../animations/inceptionFrames.ts';
import type { InceptionLayerId, InceptionStep } from '../../../animations/inceptionFrames.ts';
import { stepTimeline } from '../../../animations/timeline.ts';
import { NewValuesButton } from '../../../components/NewValuesButton.tsx';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { useElementSize } from '../../../hooks/useElementSize.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import { STEP_UNITS } from '../../../hooks/playbackUnits.ts';
import { useSceneModel } from '../../../hooks/useSceneModel.ts';
import { useScenePlayback } from '../../../hooks/useScenePlayback.ts';
import { useSlicedCompute } from '../../../hooks/useSlicedCompute.ts';
import type { SlicedWork } from '../../../hooks/useSlicedCompute.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatCount } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, selectParams, selectPresent, selectTheme, useAppStore } from '../../../store/store.ts';
import { PRESENT_GRID_FONT, readableCell } from '../../../components/readableCell.ts';
import { inceptionCode } from '../code.ts';
import { AUX_HEADS, auxProblems, auxRows, auxTotals, LOSS_EXAMPLE, moduleCost, nearestValidAux, paperCounts, trainingLoss } from '../costs.ts';
import { inceptionCompute, inceptionModel, inceptionWork, SYNC_MACS } from '../compute.ts';
import { GOOGLENET_MODULES, layerIds, moduleProblems, presetOf, presetValues } from '../model.ts';
import type { InceptionModel } from '../model.ts';
import { inceptionSchema } from '../schema.ts';
import type { InceptionValues } from '../schema.ts';
import { AuxPanel } from './AuxPanel.tsx';
import type { AuxFigures } from './AuxPanel.tsx';
import { CellExplain } from './CellExplain.tsx';
import { ModuleStage } from './ModuleStage.tsx';
import { CostPanel, SamePanel, layerFormula } from './SidePanels.tsx';
import { deckMarks, moduleLayout } from './layout.ts';
import type { DeckId, DeckSpec, ModuleLayout, Pointed } from './layout.ts';
import styles from './Inception.module.css';

const DECKS: readonly DeckId[] = ['input', 'b1', 'b2in', 'b2r', 'b2', 'b3in', 'b3r', 'b3', 'b4in', 'b4p', 'b4'];
const KINDS = [...DECKS, 'join'] as const;

/** The auxiliary classifier's figures for a setting whose input takes the 5×5 window. */
function auxFigures(v: InceptionValues): AuxFigures {
  const rows = auxRows(v.auxInChannels, v.auxSize, v.numClasses, v.bias);
  const heads = AUX_HEADS.map((h) => auxTotals(auxRows(h.inChannels, [h.size, h.size], v.numClasses, v.bias)));
  return {
    rows,
    total: auxTotals(rows),
    weightsOnly: auxTotals(auxRows(v.auxInChannels, v.auxSize, v.numClasses, false)).params,
    withBias: auxTotals(auxRows(v.auxInChannels, v.auxSize, v.numClasses, true)).params,
    heads: [heads[0].params, heads[1].params],
    both: { params: heads[0].params + heads[1].params, macs: heads[0].macs + heads[1].macs },
    loss: trainingLoss(LOSS_EXAMPLE),
  };
}

/** Smallest and largest drawn cell (px): below 20 px a one-decimal value no longer prints; on a projector cells stay larger and the picture scrolls. */
const MIN_CELL = 22;
const MIN_CELL_PROJECTOR = 28;
const MAX_CELL = 34;
/** Room a branch row needs beyond its cells (caption, padding), an operation's label, and the input's and output's columns beyond their cells. */
const ROW_EXTRA = 62;
const OP_WIDTH = 120;
const SIDE_EXTRA = 330;

/** The cell size at which the four branch rows fit the stage's height and the widest row its width (px per cell, plus room for captions and operations). */
function fitCell(layout: ModuleLayout, model: InceptionModel, box: { width: number; height: number }, min: number): number {
  const W = model.x.shape[2];
  const sizeOf = (d: DeckSpec) => {
    const shape = d.tensor === 'input' ? model.x.shape : model.drawn[d.tensor]!.shape;
    return [shape[1] + 2 * d.ring, shape[2] + 2 * d.ring];
  };
  const rows = layout.rows.map((row) => {
    const decks = row.flatMap((item) => (item.kind === 'deck' ? [sizeOf(item.deck)] : []));
    return { tall: Math.max(...decks.map((d) => d[0])), wide: decks.reduce((s, d) => s + d[1], 0), ops: row.length - decks.length };
  });
  const byHeight = (box.height - rows.length * ROW_EXTRA) / rows.reduce((s, r) => s + r.tall, 0);
  // The widest row beside the input and the joined output (drawn at 0.6 of a cell).
  const byWidth = Math.min(...rows.map((r) => (box.width - r.ops * OP_WIDTH - SIDE_EXTRA) / (r.wide + W + 0.6 * W)));
  return Math.max(min, Math.min(MAX_CELL, Math.floor(Math.min(byHeight, byWidth))));
}

/**
 * Presenter mode: the cell at which every drawn number (the front maps and the joined output, which is
 * then drawn at a full cell) prints at 24 px, read from the back of the room; the picture scrolls in the
 * stage and keeps the current step's map in view.
 */
function presentCell(model: InceptionModel): number {
  const [, H, W] = model.x.shape;
  const planes: ArrayLike<number>[] = [model.x.data.subarray(0, H * W)];
  for (const l of model.layers) {
    const o = model.drawn[l.id]!.output;
    planes.push(o.data.subarray(0, o.shape[1] * o.shape[2]));
  }
  if (model.joined) planes.push(model.joined.data);
  // formatCell writes one decimal: round as it does, so "2.96" counts as "3" (readableCell counts formatSigned's characters).
  return readableCell(planes.map((p) => Array.from(p, (v) => (v === -Infinity ? -9 : Math.round(v * 10) / 10))), PRESENT_GRID_FONT);
}

/** The drawn example: at once up to SYNC_MACS multiply-adds, in slices beyond (1,024 inputs and 512-wide reductions). */
const WORK: SlicedWork<InceptionValues, InceptionModel> = { small: (v) => inceptionWork(v) <= SYNC_MACS, all: inceptionModel, run: inceptionCompute };

/** The module-relevant part of the values: the drawn example only changes with these. */
const moduleKey = (v: InceptionValues) => [v.inChannels, v.ch1x1, v.ch3x3red, v.ch3x3, v.ch5x5red, v.ch5x5, v.poolProj, v.module, v.padding, v.size[0], v.size[1], v.seed, v.bias].join();

/**
 * The Inception module (GoogLeNet v1): the four branches computed on a small drawn input, branch by
 * branch, and joined along channels; why padding keeps H×W; naive against reduced in parameters and
 * MACs; and the auxiliary classifier of deep supervision with its shapes, parameters and loss.
 */
export function InceptionScene() {
  const t = useT();
  const values = useAppStore(selectParams) as InceptionValues;
  const key = moduleKey(values);
  // The same object while only the counted size, the auxiliary head or playback change.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const moduleValues = useMemo(() => values, [key]);
  const { data, pending, progress } = useSlicedCompute(moduleValues, WORK);
  if (data === null) {
    return (
      <div className="scene" aria-busy="true">
        <p className={styles.stepLine} data-testid="inc-computing">{t('inc.computing', { pct: Math.round(progress * 100) })}</p>
      </div>
    );
  }
  return <InceptionView model={data} pending={pending} progress={progress} />;
}

/** The scene once a drawn example exists (the one of the setting, or the last one while a large setting computes). */
function InceptionView({ model, pending, progress }: { model: InceptionModel; pending: boolean; progress: number }) {
  const t = useT();
  const values = useAppStore(selectParams) as InceptionValues;
  const lang = useAppStore(selectLang);
  const theme = useAppStore(selectTheme);
  const setParams = useAppStore((s) => s.setParams);
  const narrow = useMediaQuery(NARROW_QUERY);
  const n = (v: number) => formatCount(v, lang);
  const layout = useMemo(() => moduleLayout(model), [model]);
  const kind = model.layers.length === 4 ? 'naive' : 'reduced';
  const steps = useMemo(() => inceptionSteps(layerIds(kind)), [kind]);
  const timeline = useMemo(() => stepTimeline(steps.length), [steps]);
  const playback = useScenePlayback(timeline, STEP_UNITS);
  const sizes = useMemo(() => {
    const s = {} as Record<InceptionLayerId, [number, number]>;
    for (const id of ['b1', 'b2r', 'b2', 'b3r', 'b3', 'b4p', 'b4'] as const) {
      const shape = model.drawn[id]?.shape ?? [0, 0, 0];
      s[id] = [shape[1], shape[2]];
    }
    return s;
  }, [model]);
  const frame = inceptionFrame(steps, playback.position, sizes);
  const [, H, W] = model.x.shape;
  const { focus, pinned, setHover, togglePin } = useFocus(KINDS, (f) => {
    if (f.kind === 'join') return model.joined !== null && f.index.length === 3 && f.index[0] < 4 && f.index[1] < H && f.index[2] < W;
    const deck = layout.decks.find((d) => d.id === f.kind);
    if (!deck || f.index.length !== 2) return false;
    const shape = deck.tensor === 'input' ? model.x.shape : model.drawn[deck.tensor]!.shape;
    const [y, x] = f.index;
    return y >= -deck.ring && y < shape[1] + deck.ring && x >= -deck.ring && x < shape[2] + deck.ring;
  });
  const asPointed = (f: typeof focus): Pointed | null => (f === null ? null : f.kind === 'join' ? { join: f.index[0], y: f.index[1], x: f.index[2] } : { deck: f.kind as DeckId, y: f.index[0], x: f.index[1] });
  const pointedByLearner = asPointed(focus);
  // Without a pointed cell, playback's: the cell being computed, else the current layer's corner (its window reaches into the padding).
  const playbackCell = (s: InceptionStep): Pointed | null =>
    frame.cursor ? { deck: frame.cursor.layer, y: frame.cursor.y, x: frame.cursor.x } : s.kind === 'layer' ? { deck: s.layer, y: 0, x: 0 } : s.kind === 'concat' && model.joined ? { join: s.branch, y: 0, x: 0 } : null;
  const pointed = pointedByLearner ?? playbackCell(frame.current);
  const marks = useMemo(() => deckMarks(layout, model, pointed), [layout, model, pointed === null ? '' : JSON.stringify(pointed)]); // eslint-disable-line react-hooks/exhaustive-deps
  const onPoint = useCallback((p: Pointed | null) => setHover(p === null ? null : 'join' in p ? { kind: 'join', index: [p.join, p.y, p.x] } : { kind: p.deck, index: [p.y, p.x] }), [setHover]);
  const onPin = useCallback((p: Pointed) => togglePin('join' in p ? { kind: 'join', index: [p.join, p.y, p.x] } : { kind: p.deck, index: [p.y, p.x] }), [togglePin]);
  const costs = useMemo(() => ({ naive: moduleCost(values, 'naive'), reduced: moduleCost(values, 'reduced'), paper: paperCounts(values) }), [values]);
  const aux = useSceneModel(values, auxProblems, auxFigures, nearestValidAux);
  const problems = [...moduleProblems(values), ...aux.problems];
  const stageRef = useRef<HTMLDivElement>(null);
  const box = useElementSize(stageRef);
  const present = useAppStore(selectPresent);
  const readable = useMemo(() => (present ? presentCell(model) : 0), [present, model]);
  const minCell = Math.max(readable, theme === 'projector' ? MIN_CELL_PROJECTOR : MIN_CELL);
  const cellSize = narrow || box.height === 0 ? minCell : fitCell(layout, model, box, minCell);
  const set = useCallback((c: Partial<InceptionValues>) => setParams(c), [setParams]);
  const explain = <CellExplain model={model} layout={layout} cell={narrow ? pointedByLearner : pointed} reveal={narrow && pinned !== null} />;
  const detailAt = narrow && pointedByLearner ? ('join' in pointedByLearner ? 4 : pointedByLearner.deck === 'input' ? -1 : Number(pointedByLearner.deck[1]) - 1) : null;
  const preset = presetOf(values);
  const fold = t('inc.fold', {
    preset: preset ? `(${preset}) ` : '',
    module: t(`inc.module.${values.module}` as MessageKey),
    I: n(values.inChannels),
    O: n(model.outChannels),
    H,
    W,
  });
  return (
    <SceneShell
      className={styles.root}
      fold={fold}
      controls={
        <SchemaForm
          schema={inceptionSchema}
          values={values}
          names={['inChannels', 'ch1x1', 'ch3x3red', 'ch3x3', 'ch5x5red', 'ch5x5', 'poolProj', 'module', 'size']}
          onChange={set}
          labels={{
            ch1x1: t('inc.f.ch1x1'),
            ch3x3red: t('inc.f.ch3x3red'),
            ch3x3: t('inc.f.ch3x3'),
            ch5x5red: t('inc.f.ch5x5red'),
            ch5x5: t('inc.f.ch5x5'),
            poolProj: t('inc.f.poolProj'),
            module: t('inc.f.module'),
            size: t('inc.f.size'),
          }}
          optionLabel={(_, m) => t(`inc.module.${m}` as MessageKey)}
        >
          <div className="field field-buttons" role="group" aria-label={t('inc.presets')}>
            {GOOGLENET_MODULES.map((m) => (
              <button key={m.id} type="button" aria-pressed={preset === m.id} onClick={() => set(presetValues(m.id))} aria-label={t('inc.preset', { id: m.id })}>
                {m.id}
              </button>
            ))}
            <NewValuesButton seed={values.seed} onSeed={(seed) => set({ seed })} />
          </div>
        </SchemaForm>
      }
      problems={problems}
      stale={false}
      busy={pending}
      above={
        <p className={styles.stepLine} data-testid="inc-step">
          {pending && <span className={styles.computing}>{t('inc.computing', { pct: Math.round(progress * 100) })} </span>}
          <strong>{t('inc.stepTitle', { n: frame.step + 1, total: steps.length })}</strong> {stepText(t, frame.current, model, n)}
        </p>
      }
      stageRef={stageRef}
      stageClassName={styles.stage}
      stage={<ModuleStage model={model} layout={layout} frame={frame} marks={marks} pinned={asPointed(pinned)} cellSize={cellSize} joinedCell={present ? cellSize : undefined} onPoint={onPoint} onPin={onPin} detail={narrow ? explain : undefined} detailAt={detailAt} />}
      side={
        <>
          {!narrow && explain}
          <SamePanel model={model} values={values} onChange={set} />
          <CostPanel values={values} naive={costs.naive} reduced={costs.reduced} paper={costs.paper} onChange={set} />
          <AuxPanel values={values} figures={aux.model} stale={aux.fresh === null} onChange={set} />
        </>
      }
      code={inceptionCode(values.auxSize[0] >= 5 && values.auxSize[1] >= 5 ? values : nearestValidAux(values), aux.model.rows, {
        batchNorm: t('inc.code.batchNorm'),
        torchvision5x5: t('inc.code.torchvision5x5'),
        concat: t('inc.code.concat'),
        adaptive: t('inc.code.adaptive'),
        loss: t('inc.code.loss'),
        eval: t('inc.code.eval'),
      })}
      playback={playback}
    />
  );
}

/** What the current step does, with its numbers (sizes from the engine's shapes). */
function stepText(t: ReturnType<typeof useT>, s: InceptionStep, model: InceptionModel, n: (v: number) => string): string {
  const [C, H, W] = model.x.shape;
  if (s.kind === 'input') return t('inc.step.input', { C: n(C), H, W });
  if (s.kind === 'concat') {
    const b = model.branches[s.branch];
    if (model.joined === null) {
      const shape = model.drawn[b.layer.id]!.shape;
      return t('inc.step.concatRefused', { b: s.branch + 1, hw: `${shape[1]}×${shape[2]}` });
    }
    return t('inc.step.concat', { b: s.branch + 1, n: n(b.channels), first: n(b.offset), last: n(b.offset + b.channels - 1), total: n(model.outChannels) });
  }
  const l = model.drawn[s.layer]!;
  const info = l.info;
  const b = info.branch + 1;
  const io = { b, from: n(info.inChannels), to: n(info.outChannels) };
  if (info.kind === 'maxPool') return t('inc.step.pool', { p: info.padding, formula: layerFormula(l.input.shape, info.padding, 3, l.shape), C: n(C) });
  if (info.kernel > 1) return t('inc.step.convk', { ...io, k: info.kernel, p: info.padding, formula: layerFormula(l.input.shape, info.padding, info.kernel, l.shape) });
  if (info.id === 'b4') return t('inc.step.proj', io);
  const next = model.layers.find((x) => x.from === info.id);
  return next ? t('inc.step.reduce', { ...io, k: next.kernel }) : t('inc.step.conv1', io);
}

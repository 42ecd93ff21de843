import { useEffect, useMemo, useRef } from 'react';
import { conv2dFrame, conv2dTimeline } from '../../../animations/conv2dFrames.ts';
import { conv2dHighlights } from '../../../animations/conv2dHighlights.ts';
import { scatterFrame, scatterRunning, scatterTimeline, stampTerms } from '../../../animations/scatterFrames.ts';
import { scatterHighlights, scatterPlaybackHighlights, stampCounts } from '../../../animations/scatterHighlights.ts';
import type { PlaybackUnits } from '../../../hooks/playbackUnits.ts';
import { useElementSize } from '../../../hooks/useElementSize.ts';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import { useSceneModel } from '../../../hooks/useSceneModel.ts';
import { useScenePlayback } from '../../../hooks/useScenePlayback.ts';
import { useT } from '../../../i18n/useT.ts';
import { stageLayout } from '../../../layout/convStage.ts';
import { bothLayout, transposedChars } from '../layout.ts';
import type { Conv2dModel } from '../../conv2d/model.ts';
import { convTranspose2dModel, convTranspose2dProblems, nearestValidTransposed } from '../model.ts';
import type { ConvTranspose2dValues } from '../schema.ts';
import { selectParams, selectPresent, useAppStore } from '../../../store/store.ts';
import { PRESENT_GRID_FONT } from '../../../components/readableCell.ts';
import { cellForFont } from '../../../layout/gridMetrics.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { ConvStage } from '../../../components/ConvStage.tsx';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { ConvTranspose2dControls } from './ConvTranspose2dControls.tsx';
import { GatherExplain } from './GatherExplain.tsx';
import { ScatterExplain } from './ScatterExplain.tsx';
import { ScatterView, TransposedOutputs } from './ScatterView.tsx';
import { TransposedPanels } from './TransposedPanels.tsx';
import { UndoPanel } from './UndoPanel.tsx';
import styles from './ConvTranspose2dScene.module.css';

/**
 * The cells the learner points at: the gather view's grid cells ('input' [c, gy, gx]) and flipped kernel
 * taps ('weight' [o, i, ky, kx]), the scatter view's input cells ('source' [c, y, x]), and output cells.
 */
const KINDS = ['input', 'weight', 'output', 'source'] as const;

const GATHER_LABELS = { input: 'grid.gather', kernel: 'grid.flipped' } as const;

/** The scatter timeline's units: a step is one product of a stamp, a stop a finished stamp (input cell). */
const SCATTER_UNITS: PlaybackUnits = {
  step: { prev: 'tc.prevProduct', next: 'tc.nextProduct', keys: 'tc.keyProducts' },
  stop: { prev: 'tc.prevSource', next: 'tc.nextSource', keys: 'tc.keySources' },
};

/**
 * Presenter mode: the output's cells, which carry a stamp count at 24 px in their top corner (baseline
 * 3 + 0.8·24 px down) above their value (at most 36 px, cap height about 0.73 em, centred): from 78 px
 * the two no longer touch.
 */
const PRESENT_BADGE_CELL = 78;

/** Presenter mode: the smallest cell that writes `chars` characters at 24 px. */
const presentCell = (chars: number) => cellForFont(chars, PRESENT_GRID_FONT);

/**
 * Scrolls the picture region `box` by as little as it takes to show every cell marked current (the
 * step's multiply in the gather grid and kernel, its output cell); when they cannot all be seen, the
 * first (top-left) of them.
 */
function keepCurrentInView(box: HTMLElement) {
  const marked = [...box.querySelectorAll('.cell-current')].map((c) => c.getBoundingClientRect());
  if (marked.length === 0) return;
  const b = box.getBoundingClientRect();
  const view = { top: b.top + box.clientTop, left: b.left + box.clientLeft, bottom: b.top + box.clientTop + box.clientHeight, right: b.left + box.clientLeft + box.clientWidth };
  const u = {
    top: Math.min(...marked.map((r) => r.top)),
    left: Math.min(...marked.map((r) => r.left)),
    bottom: Math.max(...marked.map((r) => r.bottom)),
    right: Math.max(...marked.map((r) => r.right)),
  };
  // Along one axis: the start when they do not fit, otherwise the least shift that brings them in.
  const shift = (lo: number, hi: number, from: number, to: number) => (hi - lo > to - from || lo < from ? lo - from : hi > to ? hi - to : 0);
  box.scrollBy({ top: shift(u.top, u.bottom, view.top, view.bottom), left: shift(u.left, u.right, view.left, view.right) });
}

/**
 * The transposed convolution as gather (the zero-inserted, padded input and the flipped kernel, an
 * ordinary stride-1 convolution) and scatter (each input cell stamps the kernel onto the output).
 * `view=scatter` plays the scatter's own timeline (input cells, one product per step, running sums in
 * the output); `gather` and `both` play the gather's (output cells, one multiply per step), the scatter
 * side then lighting the stamps that reach the current cell. A link's `step` counts in the view's timeline.
 */
export function ConvTranspose2dScene() {
  const t = useT();
  const values = useAppStore(selectParams) as ConvTranspose2dValues;
  const sceneFocus = useFocus(KINDS);
  const { focus, pinned } = sceneFocus;
  const reduced = useMediaQuery('(prefers-reduced-motion: reduce)');
  const narrow = useMediaQuery(NARROW_QUERY);
  const sceneRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const sceneSize = useElementSize(sceneRef);
  const stageSize = useElementSize(stageRef);
  const { problems, fresh, model } = useSceneModel(values, convTranspose2dProblems, convTranspose2dModel, nearestValidTransposed);
  const { eq, geometry: g, gather } = model;
  // The gather view is an ordinary convolution over the grid: the conv2d scene's parts draw it.
  const gatherModel: Conv2dModel = useMemo(
    () => ({ x: gather.input, weight: gather.weight, bias: model.bias, options: { dilation: values.dilation, groups: values.groups }, geometry: eq, output: model.output, params: model.params, macs: model.macs }),
    [model, gather, eq, values.dilation, values.groups],
  );
  const scatterOnly = values.view === 'scatter';
  const gatherTimeline = useMemo(() => conv2dTimeline(eq), [eq]);
  const sTimeline = useMemo(() => scatterTimeline(g, model.bias !== null), [g, model.bias]);
  const playback = useScenePlayback(scatterOnly ? sTimeline : gatherTimeline, scatterOnly ? SCATTER_UNITS : undefined);
  const { position, step } = playback;
  // Presented, every number (values and stamp counts) is drawn at 24 px for the back of the room: the
  // picture scrolls in its region, and each step brings its marked cells into view.
  const present = useAppStore(selectPresent);
  useEffect(() => {
    if (present && stageRef.current) keepCurrentInView(stageRef.current);
  }, [present, step]);
  const frame = useMemo(() => conv2dFrame(eq, scatterOnly ? 0 : step, false), [eq, step, scatterOnly]);
  const sFrame = useMemo(() => (scatterOnly ? scatterFrame(g, sTimeline, step) : null), [g, sTimeline, step, scatterOnly]);
  const sTerms = useMemo(() => (sFrame ? stampTerms(g, model.x, model.weight, sFrame.source) : []), [g, model, sFrame]);
  const running = useMemo(() => (sFrame ? scatterRunning(g, sTimeline, model.x, model.weight, model.bias, sFrame.step) : null), [g, sTimeline, model, sFrame]);
  const gatherH = useMemo(() => conv2dHighlights(eq, frame, focus?.kind === 'source' ? null : focus), [eq, frame, focus]);
  const scatterH = useMemo(
    () => (sFrame && focus === null ? scatterPlaybackHighlights(g, sFrame, sTerms) : scatterHighlights(g, eq, gather.kinds, frame, focus)),
    [g, eq, gather.kinds, frame, focus, sFrame, sTerms],
  );
  const counts = useMemo(() => stampCounts(g, eq, gather.kinds), [g, eq, gather.kinds]);
  const glide = !reduced && focus === null && !scatterOnly ? conv2dFrame(eq, position, true) : null;
  const shownGather = glide && gatherH.window ? { ...gatherH, window: { ...gatherH.window, top: glide.windowTop, left: glide.windowLeft } } : gatherH;

  // Wide "both": gather grid | shared output | scatter input, one cell size for all; otherwise one view.
  const both = values.view === 'both';
  const measured = narrow ? sceneSize.width > 0 : stageSize.width > 0 && stageSize.height > 0;
  const width = narrow ? sceneSize.width - 8 : stageSize.width;
  const scatterGeometry = useMemo(() => ({ ...g, padTop: 0, padBottom: 0, padLeft: 0, padRight: 0 }), [g]);
  // View titles, legend and the playback-order note above the grids.
  const TITLES = 176;
  const chars = useMemo(() => ({ ...transposedChars(model.x, model.weight, model.output), ...(present ? { font: PRESENT_GRID_FONT } : {}) }), [model, present]);
  let gatherLayout = null;
  let scatterLayout = null;
  if (measured && both && !narrow) {
    const layouts = bothLayout(g, eq, width, stageSize.height - TITLES, present ? presentCell(Math.max(chars.input, chars.output)) : undefined);
    gatherLayout = layouts.gather;
    scatterLayout = layouts.scatter;
  } else if (measured) {
    gatherLayout = stageLayout(eq, width, stageSize.height - TITLES, narrow, chars);
    scatterLayout = stageLayout(scatterGeometry, width, stageSize.height - TITLES, narrow, chars);
  }
  if (present && scatterLayout && scatterLayout.outputCellSize < PRESENT_BADGE_CELL) scatterLayout = { ...scatterLayout, outputCellSize: PRESENT_BADGE_CELL };

  // On a phone the explanation sits right under the picture (the panels come after the controls).
  const explain =
    scatterOnly || focus?.kind === 'source' ? (
      <ScatterExplain model={model} frame={sFrame} terms={sTerms} running={running} focus={focus} pinned={pinned} />
    ) : (
      <GatherExplain model={model} gatherModel={gatherModel} highlights={gatherH} focus={focus} pinned={pinned} />
    );
  return (
    <SceneShell
      className={present ? `${styles.scene} ${styles.present}` : styles.scene}
      sceneRef={sceneRef}
      controls={<ConvTranspose2dControls values={values} />}
      problems={problems}
      stale={!fresh}
      stageRef={stageRef}
      stageClassName={styles.views}
      stage={
        <>
          <div className={styles.heads}>
            {values.view !== 'scatter' && (
              <div>
                <h2 className="view-title">{t('view.gatherTitle')}</h2>
                <ul className={`swatch-legend ${styles.legend}`}>
                  <li className={styles.input}>{t('legend.input')}</li>
                  <li className={styles.inserted}>{t('legend.inserted')}</li>
                  <li className={styles.pad}>{t('legend.padding')}</li>
                  <li className={styles.outpad}>{t('legend.outpad')}</li>
                </ul>
              </div>
            )}
            {values.view !== 'gather' && (
              <div>
                <h2 className="view-title">{t('view.scatterTitle')}</h2>
              </div>
            )}
          </div>
          <p className="calc-note" data-testid="play-order">
            {t(scatterOnly ? 'tc.orderScatter' : both ? 'tc.orderBoth' : 'tc.orderGather')}
          </p>
          <div className={both && !narrow ? styles.row : styles.column}>
            {values.view !== 'scatter' && gatherLayout && (
              <section className={styles.view} aria-label={t('view.gather')}>
                <ConvStage model={gatherModel} highlights={shownGather} layout={gatherLayout} completedCells={frame.completedCells} focus={sceneFocus} inputKinds={gather.kinds} labels={GATHER_LABELS} hideOutputs={both && !narrow} />
              </section>
            )}
            {both && !narrow && scatterLayout && (
              <section className={styles.view} aria-label={t('grid.outputs')}>
                <TransposedOutputs model={model} highlights={scatterH} layout={scatterLayout} completedCells={frame.completedCells} counts={counts} focus={sceneFocus} className={styles.outputs} />
              </section>
            )}
            {values.view !== 'gather' && scatterLayout && (
              <section className={styles.view} aria-label={t('view.scatter')}>
                <ScatterView model={model} highlights={scatterH} layout={scatterLayout} completedCells={frame.completedCells} counts={counts} focus={sceneFocus} hideOutputs={both && !narrow} running={running} />
              </section>
            )}
          </div>
          {narrow && explain}
        </>
      }
      side={
        <>
          {!narrow && explain}
          <TransposedPanels model={model} values={values} />
          <UndoPanel model={model} values={values} />
        </>
      }
      playback={playback}
    />
  );
}

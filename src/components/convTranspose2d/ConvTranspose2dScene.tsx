import { useMemo, useRef } from 'react';
import { conv2dFrame, conv2dTimeline } from '../../animations/conv2dFrames.ts';
import { conv2dHighlights } from '../../animations/conv2dHighlights.ts';
import { scatterHighlights, stampCounts } from '../../animations/scatterHighlights.ts';
import { useElementSize } from '../../hooks/useElementSize.ts';
import { NARROW_QUERY, useMediaQuery } from '../../hooks/useMediaQuery.ts';
import { sceneProblems, useSceneModel } from '../../hooks/useSceneModel.ts';
import { useScenePlayback } from '../../hooks/useScenePlayback.ts';
import { useT } from '../../i18n/useT.ts';
import { stageLayout } from '../../scenes/conv2d/layout.ts';
import type { Conv2dModel } from '../../scenes/conv2d/model.ts';
import { convTranspose2dModel, convTranspose2dProblems, nearestValidTransposed } from '../../scenes/convTranspose2d/model.ts';
import type { ConvTranspose2dValues } from '../../scenes/convTranspose2d/schema.ts';
import { selectFocus, selectParams, selectPinned, useAppStore } from '../../store/store.ts';
import { Conv2dExplain } from '../conv2d/Conv2dExplain.tsx';
import { Conv2dStage } from '../conv2d/Conv2dStage.tsx';
import { CopyButton } from '../CopyButton.tsx';
import { PlaybackBar } from '../PlaybackBar.tsx';
import { ProblemAlert } from '../ProblemAlert.tsx';
import { ConvTranspose2dControls } from './ConvTranspose2dControls.tsx';
import { ScatterView, TransposedOutputs } from './ScatterView.tsx';
import { TransposedPanels } from './TransposedPanels.tsx';
import { UndoPanel } from './UndoPanel.tsx';

const GATHER_LABELS = { input: 'grid.gather', kernel: 'grid.flipped' } as const;

/**
 * The transposed convolution in two synchronized views of one timeline of output cells: gather (the
 * zero-inserted, padded input and the flipped kernel, an ordinary stride-1 convolution) and scatter
 * (each input cell stamps the kernel onto the output). Stepping either moves both.
 */
export function ConvTranspose2dScene() {
  const t = useT();
  const values = useAppStore(selectParams) as ConvTranspose2dValues;
  const focus = useAppStore(selectFocus);
  const pinned = useAppStore(selectPinned);
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
  const timeline = useMemo(() => conv2dTimeline(eq), [eq]);
  const playback = useScenePlayback(timeline);
  const { position, step } = playback;
  const frame = useMemo(() => conv2dFrame(eq, step, false), [eq, step]);
  const gatherH = useMemo(() => conv2dHighlights(eq, frame, focus?.kind === 'source' ? null : focus), [eq, frame, focus]);
  const scatterH = useMemo(() => scatterHighlights(g, eq, gather.kinds, frame, focus), [g, eq, gather.kinds, frame, focus]);
  const counts = useMemo(() => stampCounts(g, eq, gather.kinds), [g, eq, gather.kinds]);
  const glide = !reduced && focus === null ? conv2dFrame(eq, position, true) : null;
  const shownGather = glide && gatherH.window ? { ...gatherH, window: { ...gatherH.window, top: glide.windowTop, left: glide.windowLeft } } : gatherH;

  // Wide "both": gather grid | shared output | scatter input, one cell size for all; otherwise one view.
  const both = values.view === 'both';
  const measured = narrow ? sceneSize.width > 0 : stageSize.width > 0 && stageSize.height > 0;
  const width = narrow ? sceneSize.width - 8 : stageSize.width;
  const scatterGeometry = useMemo(() => ({ ...g, padTop: 0, padBottom: 0, padLeft: 0, padRight: 0 }), [g]);
  const TITLES = 130;
  let gatherLayout = null;
  let scatterLayout = null;
  if (measured && both && !narrow) {
    // Try each number of card columns per view and keep the largest cells that fit.
    let best = { cell: 8, gatherColumns: 1, scatterColumns: 1 };
    for (let cg = 1; cg <= eq.inPerGroup; cg++) {
      for (let cs = 1; cs <= g.inChannels; cs++) {
        const rowsG = Math.ceil(eq.inPerGroup / cg);
        const rowsS = Math.ceil(g.inChannels / cs);
        const byWidth = (width - (cg + cs + 7) * 24) / (cg * Math.max(eq.inW, eq.kW) + g.outW + cs * Math.max(g.inW, g.kW));
        const byHeight = Math.min(
          (stageSize.height - TITLES - rowsG * 80) / (rowsG * (eq.inH + eq.kH)),
          (stageSize.height - TITLES - rowsS * 80) / (rowsS * (g.inH + g.kH)),
          (stageSize.height - TITLES - g.outChannels * 40) / (g.outChannels * g.outH),
        );
        const cell = Math.max(8, Math.min(72, Math.floor(Math.min(byWidth, byHeight))));
        if (cell > best.cell) best = { cell, gatherColumns: cg, scatterColumns: cs };
      }
    }
    gatherLayout = { cellSize: best.cell, outputCellSize: best.cell, columns: best.gatherColumns, outputsBeside: true };
    scatterLayout = { cellSize: best.cell, outputCellSize: best.cell, columns: best.scatterColumns, outputsBeside: true };
  } else if (measured) {
    gatherLayout = stageLayout(eq, width, stageSize.height - TITLES, narrow);
    scatterLayout = stageLayout(scatterGeometry, width, stageSize.height - TITLES, narrow);
  }

  return (
    <div ref={sceneRef} className={`scene scene-transposed${narrow ? ' scene-narrow' : ''}${fresh ? '' : ' scene-stale'}`}>
      <div className="scene-top">
        <ConvTranspose2dControls values={values} />
        <CopyButton text={() => location.href} label={t('copyLink')} done={t('linkCopied')} />
      </div>
      {problems.length > 0 && <ProblemAlert problems={sceneProblems(t, problems)} stale />}
      <div className="scene-body">
        <div ref={stageRef} className="stage-box stage-views">
          <div className="view-heads">
            {values.view !== 'scatter' && (
              <div>
                <h2 className="view-title">{t('view.gatherTitle')}</h2>
                <ul className="legend">
                  <li className="lg-input">{t('legend.input')}</li>
                  <li className="lg-inserted">{t('legend.inserted')}</li>
                  <li className="lg-pad">{t('legend.padding')}</li>
                  <li className="lg-outpad">{t('legend.outpad')}</li>
                </ul>
              </div>
            )}
            {values.view !== 'gather' && (
              <div>
                <h2 className="view-title">{t('view.scatterTitle')}</h2>
              </div>
            )}
          </div>
          <div className={both && !narrow ? 'views-row' : 'views-column'}>
            {values.view !== 'scatter' && gatherLayout && (
              <section className="view" aria-label={t('view.gather')}>
                <Conv2dStage model={gatherModel} highlights={shownGather} layout={gatherLayout} completedCells={frame.completedCells} pinned={pinned} inputKinds={gather.kinds} labels={GATHER_LABELS} hideOutputs={both && !narrow} />
              </section>
            )}
            {both && !narrow && scatterLayout && (
              <section className="view view-outputs" aria-label={t('grid.outputs')}>
                <TransposedOutputs model={model} highlights={scatterH} layout={scatterLayout} completedCells={frame.completedCells} counts={counts} pinned={pinned} />
              </section>
            )}
            {values.view !== 'gather' && scatterLayout && (
              <section className="view" aria-label={t('view.scatter')}>
                <ScatterView model={model} highlights={scatterH} layout={scatterLayout} completedCells={frame.completedCells} counts={counts} pinned={pinned} hideOutputs={both && !narrow} />
              </section>
            )}
          </div>
        </div>
        <aside className="side" tabIndex={0}>
          <Conv2dExplain model={gatherModel} highlights={gatherH} focus={focus?.kind === 'source' ? null : focus} pinned={pinned} editable={false} />
          <TransposedPanels model={model} values={values} />
          <UndoPanel model={model} values={values} />
        </aside>
      </div>
      <PlaybackBar playback={playback} />
    </div>
  );
}

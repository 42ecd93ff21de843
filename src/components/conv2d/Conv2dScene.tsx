import { useMemo, useRef } from 'react';
import { conv2dFrame, conv2dTimeline, drawnPosition } from '../../animations/conv2dFrames.ts';
import { conv2dHighlights } from '../../animations/conv2dHighlights.ts';
import { useElementSize } from '../../hooks/useElementSize.ts';
import { sceneProblems, useSceneModel } from '../../hooks/useSceneModel.ts';
import { NARROW_QUERY, useMediaQuery } from '../../hooks/useMediaQuery.ts';
import { useT } from '../../i18n/useT.ts';
import { stageLayout } from '../../scenes/conv2d/layout.ts';
import { conv2dModel, conv2dProblems, nearestValid } from '../../scenes/conv2d/model.ts';
import { undoOfConv2d } from '../../scenes/convTranspose2d/model.ts';
import { convTranspose2dSchema } from '../../scenes/convTranspose2d/schema.ts';
import { formatHash } from '../../url/route.ts';
import { defaults, serializeParams } from '../../url/schema.ts';
import type { Conv2dValues } from '../../scenes/conv2d/schema.ts';
import { selectFocus, selectParams, selectPinned, useAppStore } from '../../store/store.ts';
import { CopyButton } from '../CopyButton.tsx';
import { ProblemAlert } from '../ProblemAlert.tsx';
import { Conv2dControls } from './Conv2dControls.tsx';
import { Conv2dExplain } from './Conv2dExplain.tsx';
import { Conv2dPanels } from './Conv2dPanels.tsx';
import { Conv2dPlayback } from './Conv2dPlayback.tsx';
import { Conv2dStage } from './Conv2dStage.tsx';
import { DilationPanel } from './DilationPanel.tsx';

/**
 * The conv2d scene: controls, the stage (inputs with padding and kernel slices, outputs filling in), the
 * explanation of the focused or current cell, live panels, and playback. Results come from the engine
 * through the scene model; nothing here computes a convolution.
 */
export function Conv2dScene() {
  const t = useT();
  const values = useAppStore(selectParams) as Conv2dValues;
  const focus = useAppStore(selectFocus);
  const pinned = useAppStore(selectPinned);
  const reduced = useMediaQuery('(prefers-reduced-motion: reduce)');
  const narrow = useMediaQuery(NARROW_QUERY);
  const sceneRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const sceneSize = useElementSize(sceneRef);
  const stageSize = useElementSize(stageRef);

  const { problems, fresh, model } = useSceneModel(values, conv2dProblems, conv2dModel, nearestValid);

  const g = model?.geometry ?? null;
  const timeline = useMemo(() => (g ? conv2dTimeline(g) : null), [g]);
  const glides = !reduced && focus === null;
  // Only what the frame shows (a whole step, or the fraction while the window glides): the scene does
  // not re-render on the animation frames in between; Conv2dPlayback follows the raw position.
  const pos = useAppStore((s) => (g ? drawnPosition(g, s.position, glides) : 0));
  const step = Math.floor(pos);
  const stepFrame = useMemo(() => (g ? conv2dFrame(g, step, false) : null), [g, step]);
  const highlights = useMemo(() => (g && stepFrame ? conv2dHighlights(g, stepFrame, focus) : null), [g, stepFrame, focus]);
  const glide = g && glides ? conv2dFrame(g, pos, true) : null;
  const shownHighlights =
    highlights && glide && highlights.window ? { ...highlights, window: { ...highlights.window, top: glide.windowTop, left: glide.windowLeft } } : highlights;

  const undoHref = useMemo(() => {
    const undo = problems.length === 0 ? undoOfConv2d(values) : null;
    return undo ? formatHash('conv-transpose2d', serializeParams(convTranspose2dSchema, { ...defaults(convTranspose2dSchema), ...undo })) : null;
  }, [values, problems]);

  // Nothing is drawn until the stage has been measured, so cells never flash at the minimum size.
  const measured = narrow ? sceneSize.width > 0 : stageSize.width > 0 && stageSize.height > 0;
  const layout = g && measured ? stageLayout(g, narrow ? sceneSize.width - 8 : stageSize.width, stageSize.height, narrow) : null;

  return (
    <div ref={sceneRef} className={`scene scene-conv2d${narrow ? ' scene-narrow' : ''}${fresh ? '' : ' scene-stale'}`}>
      <div className="scene-top">
        <Conv2dControls values={values} />
        {undoHref && (
          <a className="button-link" href={undoHref}>
            {t('undoLink')}
          </a>
        )}
        <CopyButton text={() => location.href} label={t('copyLink')} done={t('linkCopied')} />
      </div>
      {problems.length > 0 && <ProblemAlert problems={sceneProblems(t, problems)} stale />}
      <div className="scene-body">
        <div ref={stageRef} className="stage-box" aria-busy={false}>
          {model && shownHighlights && layout && stepFrame && (
            <Conv2dStage model={model} highlights={shownHighlights} layout={layout} completedCells={stepFrame.completedCells} pinned={pinned} />
          )}
        </div>
        {model && highlights && (
          <aside className="side" tabIndex={0}>
            <Conv2dExplain model={model} highlights={highlights} focus={focus} pinned={pinned} />
            <Conv2dPanels model={model} values={values} />
            <DilationPanel values={values} />
          </aside>
        )}
      </div>
      {timeline && <Conv2dPlayback timeline={timeline} />}
    </div>
  );
}

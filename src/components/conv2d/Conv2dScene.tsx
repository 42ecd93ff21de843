import { useMemo, useRef, useState } from 'react';
import { conv2dFrame, conv2dTimeline } from '../../animations/conv2dFrames.ts';
import { conv2dHighlights } from '../../animations/conv2dHighlights.ts';
import { useElementSize } from '../../hooks/useElementSize.ts';
import { usePlaybackClock } from '../../hooks/usePlaybackClock.ts';
import { usePlaybackKeys } from '../../hooks/usePlaybackKeys.ts';
import { NARROW_QUERY, useMediaQuery } from '../../hooks/useMediaQuery.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { stageLayout } from '../../scenes/conv2d/layout.ts';
import { conv2dModel, conv2dProblems, nearestValid } from '../../scenes/conv2d/model.ts';
import type { Conv2dModel } from '../../scenes/conv2d/model.ts';
import type { Conv2dValues } from '../../scenes/conv2d/schema.ts';
import { selectFocus, selectParams, selectPinned, selectPlaying, selectPosition, selectSpeed, useAppStore } from '../../store/store.ts';
import { CopyButton } from '../CopyButton.tsx';
import { HelpOverlay } from '../HelpOverlay.tsx';
import { PlaybackBar } from '../PlaybackBar.tsx';
import { ProblemAlert } from '../ProblemAlert.tsx';
import { Conv2dControls } from './Conv2dControls.tsx';
import { Conv2dExplain } from './Conv2dExplain.tsx';
import { Conv2dPanels } from './Conv2dPanels.tsx';
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
  const position = useAppStore(selectPosition);
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const focus = useAppStore(selectFocus);
  const pinned = useAppStore(selectPinned);
  const reduced = useMediaQuery('(prefers-reduced-motion: reduce)');
  const narrow = useMediaQuery(NARROW_QUERY);
  const [help, setHelp] = useState(false);
  const sceneRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const sceneSize = useElementSize(sceneRef);
  const stageSize = useElementSize(stageRef);

  const problems = useMemo(() => conv2dProblems(values), [values]);
  const fresh = useMemo(() => (problems.length === 0 ? conv2dModel(values) : null), [values, problems]);
  // The last valid picture stays, marked stale, while a setting is impossible.
  const lastValid = useRef<Conv2dModel | null>(null);
  if (fresh) lastValid.current = fresh;
  const fallback = useMemo(() => (fresh || lastValid.current ? null : conv2dModel(nearestValid(values))), [fresh, values]);
  const model = fresh ?? lastValid.current ?? fallback;

  const g = model?.geometry ?? null;
  const timeline = useMemo(() => (g ? conv2dTimeline(g) : null), [g]);
  const total = timeline?.totalSteps ?? 1;
  const pos = Math.min(Math.max(position, 0), total - 1);
  const step = Math.floor(pos);
  const stepFrame = useMemo(() => (g ? conv2dFrame(g, step, false) : null), [g, step]);
  const highlights = useMemo(() => (g && stepFrame ? conv2dHighlights(g, stepFrame, focus) : null), [g, stepFrame, focus]);
  const glide = g && !reduced && focus === null ? conv2dFrame(g, pos, true) : null;
  const shownHighlights =
    highlights && glide && highlights.window ? { ...highlights, window: { ...highlights.window, top: glide.windowTop, left: glide.windowLeft } } : highlights;

  const { seek, pause, togglePlay, faster, slower, unpin } = useAppStore.getState();
  usePlaybackClock(playing && timeline !== null, speed, (delta) => {
    const next = useAppStore.getState().position + delta;
    if (next >= total - 1) {
      seek(total - 1);
      pause();
      return false;
    }
    seek(next);
    return true;
  });
  const stepTerm = (d: 1 | -1) => {
    pause();
    seek(Math.min(total - 1, Math.max(0, step + d)));
  };
  // Output-cell steps stop where a cell is complete (its bias step).
  const stepCell = (d: 1 | -1) => {
    if (!timeline) return;
    pause();
    const per = timeline.stepsPerCell;
    const cellIndex = Math.floor(step / per);
    const completeStep = (i: number) => i * per + per - 1;
    const target = d > 0 ? (step < completeStep(cellIndex) ? completeStep(cellIndex) : completeStep(cellIndex + 1)) : completeStep(cellIndex - 1);
    seek(Math.min(total - 1, Math.max(0, target)));
  };
  usePlaybackKeys({
    togglePlay: () => {
      if (!playing && step >= total - 1) seek(0);
      togglePlay();
    },
    stepCell,
    stepTerm,
    slower,
    faster,
    toStart: () => { pause(); seek(0); },
    toEnd: () => { pause(); seek(total - 1); },
    escape: () => (help ? setHelp(false) : unpin()),
    help: () => setHelp(true),
  });

  // Nothing is drawn until the stage has been measured, so cells never flash at the minimum size.
  const measured = narrow ? sceneSize.width > 0 : stageSize.width > 0 && stageSize.height > 0;
  const layout = g && measured ? stageLayout(g, narrow ? sceneSize.width - 8 : stageSize.width, stageSize.height, narrow) : null;
  const sceneProblems = problems.map((p) => ({
    key: `problem.${p.code}` as MessageKey,
    values: { ...p.values, ...(typeof p.values.axis === 'string' ? { axis: t(`axis.${p.values.axis}` as MessageKey) } : {}) },
  }));

  return (
    <div ref={sceneRef} className={`scene scene-conv2d${narrow ? ' scene-narrow' : ''}${fresh ? '' : ' scene-stale'}`}>
      <div className="scene-top">
        <Conv2dControls values={values} />
        <CopyButton text={() => location.href} label={t('copyLink')} done={t('linkCopied')} />
      </div>
      {problems.length > 0 && <ProblemAlert problems={sceneProblems} stale={model !== null} />}
      <div className="scene-body">
        <div ref={stageRef} className="stage-box" aria-busy={false}>
          {model && shownHighlights && layout && stepFrame && (
            <Conv2dStage model={model} highlights={shownHighlights} layout={layout} completedCells={stepFrame.completedCells} pinned={pinned} />
          )}
        </div>
        {model && highlights && (
          <aside className="side">
            <Conv2dExplain model={model} highlights={highlights} focus={focus} pinned={pinned} />
            <Conv2dPanels model={model} values={values} />
            <DilationPanel values={values} />
          </aside>
        )}
      </div>
      {timeline && <PlaybackBar step={step} totalSteps={total} stepCell={stepCell} stepTerm={stepTerm} onHelp={() => setHelp(true)} />}
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </div>
  );
}

import { useMemo, useRef, useState } from 'react';
import { conv2dFrame, conv2dTimeline, drawnPosition } from '../../../animations/conv2dFrames.ts';
import { conv2dHighlights } from '../../../animations/conv2dHighlights.ts';
import { useElementSize } from '../../../hooks/useElementSize.ts';
import { useSceneModel } from '../../../hooks/useSceneModel.ts';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import { useT } from '../../../i18n/useT.ts';
import { formatValue } from '../../../i18n/format.ts';
import { stageLayout } from '../../../layout/convStage.ts';
import type { StageChars } from '../../../layout/convStage.ts';
import type { Tensor } from '../../../engine/index.ts';
import { conv2dModel, conv2dProblems, nearestValid } from '../model.ts';
import { undoOfConv2d } from '../../convTranspose2d/model.ts';
import { convTranspose2dSchema } from '../../convTranspose2d/schema.ts';
import { formatHash } from '../../../url/route.ts';
import { defaults, serializeParams } from '../../../url/schema.ts';
import type { Conv2dValues } from '../schema.ts';
import { selectParams, useAppStore } from '../../../store/store.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { ConvStage } from '../../../components/ConvStage.tsx';
import type { StageKind } from '../../../components/ConvStage.tsx';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { Conv2dControls } from './Conv2dControls.tsx';
import { Conv2dExplain } from './Conv2dExplain.tsx';
import { Conv2dPanels } from './Conv2dPanels.tsx';
import { Conv2dPlayback } from './Conv2dPlayback.tsx';
import { DilationPanel } from './DilationPanel.tsx';
import { ExplainSheet } from './ExplainSheet.tsx';
import styles from './Conv2dScene.module.css';

/** The cells the learner points at in this scene: input [c, y, x] (padding included), weight [o, i, ky, kx], output [o, y, x]. */
const KINDS: readonly StageKind[] = ['input', 'weight', 'output'];

/** The most characters any value of the tensors takes as the grids write it (`-12` is 3). */
function widest(...tensors: Tensor[]): number {
  let chars = 1;
  for (const t of tensors) for (let i = 0; i < t.data.length; i++) chars = Math.max(chars, formatValue(t.data[i]).length);
  return chars;
}

/** The setting in one line for the folded parameters on a phone: `size 7×7 · kernel_size 3×3 · …`. */
function summary(v: Conv2dValues): string {
  const pair = ([h, w]: readonly [number, number]) => `${h}×${w}`;
  const padding = typeof v.padding === 'string' ? `'${v.padding}'` : typeof v.padding === 'number' ? String(v.padding) : pair(v.padding);
  return [`size ${pair(v.size)}`, `in/out ${v.inChannels}/${v.outChannels}`, `kernel_size ${pair(v.kernelSize)}`, `stride ${pair(v.stride)}`, `padding ${padding}`, `dilation ${pair(v.dilation)}`].join(' · ');
}

/**
 * The conv2d scene: controls, the stage (inputs with padding and kernel slices, outputs filling in), the
 * explanation of the focused or current cell, live panels, and playback. Results come from the engine
 * through the scene model; nothing here computes a convolution.
 */
export function Conv2dScene() {
  const t = useT();
  const values = useAppStore(selectParams) as Conv2dValues;
  const stageFocus = useFocus(KINDS);
  const { focus, pinned } = stageFocus;
  const reduced = useMediaQuery('(prefers-reduced-motion: reduce)');
  const narrow = useMediaQuery(NARROW_QUERY);
  const sceneRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const sceneSize = useElementSize(sceneRef);
  const stageSize = useElementSize(stageRef);

  const { problems, fresh, model } = useSceneModel(values, conv2dProblems, conv2dModel, nearestValid);
  // The term chip under the pointer in the explanation: its input and weight cells light up.
  const [pointedTerm, setPointedTerm] = useState<number | null>(null);
  const chars = useMemo<StageChars | undefined>(
    () => (model ? { input: widest(model.x, model.weight), output: widest(model.output) } : undefined),
    [model],
  );

  const g = model?.geometry ?? null;
  const timeline = useMemo(() => (g ? conv2dTimeline(g) : null), [g]);
  const glides = !reduced && focus === null;
  // Only what the frame shows (a whole step, or the fraction while the window glides): the scene does
  // not re-render on the animation frames in between; Conv2dPlayback follows the raw position.
  const pos = useAppStore((s) => (g ? drawnPosition(g, s.position, glides) : 0));
  const step = Math.floor(pos);
  const stepFrame = useMemo(() => (g ? conv2dFrame(g, step, false) : null), [g, step]);
  const highlights = useMemo(
    () => (g && stepFrame ? conv2dHighlights(g, stepFrame, focus, pointedTerm) : null),
    [g, stepFrame, focus, pointedTerm],
  );
  const glide = g && glides ? conv2dFrame(g, pos, true) : null;
  const shownHighlights =
    highlights && glide && highlights.window ? { ...highlights, window: { ...highlights.window, top: glide.windowTop, left: glide.windowLeft } } : highlights;

  const undoHref = useMemo(() => {
    const undo = problems.length === 0 ? undoOfConv2d(values) : null;
    return undo ? formatHash('conv-transpose2d', serializeParams(convTranspose2dSchema, { ...defaults(convTranspose2dSchema), ...undo })) : null;
  }, [values, problems]);
  const links = useMemo(
    () =>
      undoHref && (
        <a className={styles.undoLink} href={undoHref}>
          {t('undoLink')}
        </a>
      ),
    [undoHref, t],
  );

  // Nothing is drawn until the stage has been measured, so cells never flash at the minimum size.
  const measured = narrow ? sceneSize.width > 0 : stageSize.width > 0 && stageSize.height > 0;
  const layout = g && measured ? stageLayout(g, narrow ? sceneSize.width - 8 : stageSize.width, stageSize.height, narrow, chars) : null;
  const sheet = narrow && pinned !== null;
  const explain = model && highlights && (
    <Conv2dExplain model={model} highlights={highlights} focus={focus} pinned={pinned} onTerm={setPointedTerm} pointedTerm={pointedTerm} />
  );

  return (
    <SceneShell
      className={sheet ? `${styles.scene} ${styles.sheetRoom}` : styles.scene}
      sceneRef={sceneRef}
      // On a wide screen the links end the parameters' last row (a row of their own wasted height); on a
      // phone the parameters fold into one line above the picture.
      controls={(linkRow) => <Conv2dControls values={values} extra={linkRow} />}
      links={links}
      fold={summary(values)}
      problems={problems}
      stale={!fresh}
      stageRef={stageRef}
      stage={
        model && shownHighlights && layout && stepFrame && (
          <ConvStage model={model} highlights={shownHighlights} layout={layout} completedCells={stepFrame.completedCells} focus={stageFocus} />
        )
      }
      side={
        model &&
        highlights && (
          <>
            {!sheet && explain}
            <Conv2dPanels model={model} values={values} />
            <DilationPanel values={values} />
          </>
        )
      }
      playback={timeline && <Conv2dPlayback timeline={timeline} />}
      after={sheet && pinned && explain && <ExplainSheet pinned={pinned}>{explain}</ExplainSheet>}
    />
  );
}

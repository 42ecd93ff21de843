import { useCallback, useMemo } from 'react';
import type { ReactNode, Ref } from 'react';
import type { ScenePlayback } from '../hooks/useScenePlayback.ts';
import { sceneProblems } from '../hooks/useSceneModel.ts';
import type { ModelProblem } from '../hooks/useSceneModel.ts';
import { NARROW_QUERY, useMediaQuery } from '../hooks/useMediaQuery.ts';
import { useStageFit } from '../hooks/useStageFit.ts';
import { useT } from '../i18n/useT.ts';
import { CodePanel } from './CodePanel.tsx';
import { CopyButton } from './CopyButton.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { EmbedCode } from './EmbedCode.tsx';
import { selectControls, selectEmbed, useAppStore } from '../store/store.ts';
import { PlaybackBar } from './PlaybackBar.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';

/** Props of `SceneShell`: the parts a scene fills in; the shell lays them out the same way in every scene. */
export interface SceneShellProps {
  /** The scene's own class for its root (from its CSS module), beside the shared `scene`. */
  className?: string;
  /**
   * The parameters (usually a `SchemaForm`). A function is given the link row ("Copy link" after `links`)
   * to end the form's last row with on a wide screen, and null on a phone, where the row follows the fold.
   */
  controls: ReactNode | ((linkRow: ReactNode) => ReactNode);
  /** Links beside "Copy link" (e.g. conv2d's "undo it with a transposed convolution"). */
  links?: ReactNode;
  /** On a phone the parameters fold into one line above the picture: this line (the setting in brief). */
  fold?: string;
  /** Why the current setting is impossible; the picture then shows the last valid setting (`stale`). */
  problems?: readonly ModelProblem[];
  stale?: boolean;
  /** A line between the parameters and the picture (a staged scene's list of stages). */
  above?: ReactNode;
  /** The picture, in a focusable region named "Picture". */
  stage: ReactNode;
  stageRef?: Ref<HTMLDivElement>;
  stageClassName?: string;
  /** Marks the picture as still computing (large settings computed off the animation path). */
  busy?: boolean;
  /** The panels beside the picture (below it on a phone). */
  side?: ReactNode;
  /** The equivalent PyTorch code, shown as the last panel. */
  code?: string;
  /** The playback bar's state (scenes with a timeline), or a bar of the scene's own. */
  playback?: ScenePlayback | ReactNode;
  /** Anything after the bar (a phone's bottom sheet). */
  after?: ReactNode;
  sceneRef?: Ref<HTMLDivElement>;
}

const isPlayback = (p: unknown): p is ScenePlayback => typeof p === 'object' && p !== null && 'stepTerm' in p;

/**
 * What every scene repeats, in one place: the parameters with "Copy link" (folded into one line on a
 * phone when the scene gives a summary), the problem alert and stale state, the picture region, the side
 * panels ending with the PyTorch code, and the playback bar.
 */
export function SceneShell({ className = '', controls, links, fold, problems = [], stale = false, above, stage, stageRef, stageClassName = '', busy, side, code, playback, after, sceneRef }: SceneShellProps) {
  const t = useT();
  const narrow = useMediaQuery(NARROW_QUERY);
  // An embed's picture shrinks to fit its frame; the scene's own ref sees the same element.
  const fitRef = useStageFit(useAppStore(selectEmbed));
  const boxRef = useCallback(
    (el: HTMLDivElement | null) => {
      fitRef(el);
      if (typeof stageRef === 'function') stageRef(el);
      else if (stageRef) stageRef.current = el;
    },
    [fitRef, stageRef],
  );
  // The same row until the links change, so a memoized form given it skips rendering.
  const linkRow = useMemo(
    () => (
      <span className="scene-links">
        {links}
        <CopyButton text={() => location.href} label={t('copyLink')} done={t('linkCopied')} />
        <ExportMenu />
        <EmbedCode />
      </span>
    ),
    [links, t],
  );
  // With `controls=` the form drops its extras, so the link row stands after it.
  const chosen = useAppStore(selectControls) !== null;
  const linksInForm = typeof controls === 'function' && !narrow && !chosen;
  const form = typeof controls === 'function' ? controls(linksInForm ? linkRow : null) : controls;
  const folded = narrow && fold !== undefined;
  const classes = ['scene', className, narrow && 'scene-narrow', folded && 'scene-folded', stale && 'scene-stale'].filter(Boolean).join(' ');
  return (
    <div ref={sceneRef} className={classes}>
      <div className="scene-top">
        {folded ? (
          <details className="controls-fold">
            <summary>
              <strong>{t('controls.summary')}</strong> <span className="controls-summary">{fold}</span>
            </summary>
            {form}
          </details>
        ) : (
          form
        )}
        {!linksInForm && linkRow}
      </div>
      {problems.length > 0 && <ProblemAlert problems={sceneProblems(t, [...problems])} stale={stale} />}
      {above}
      <div className="scene-body">
        <div ref={boxRef} className={`stage-box ${stageClassName}`.trim()} tabIndex={0} role="region" aria-label={t('stageRegion')} aria-busy={busy ?? false}>
          {stage}
        </div>
        {(side || code !== undefined) && (
          <aside className="side" tabIndex={0}>
            {side}
            {code !== undefined && <CodePanel code={code} />}
          </aside>
        )}
      </div>
      {isPlayback(playback) ? <PlaybackBar playback={playback} /> : playback}
      {after}
    </div>
  );
}

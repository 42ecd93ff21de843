import { Suspense, use, useEffect, useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { findScene, loadScene } from '../../../scenes/registry.ts';
import type { SceneDef } from '../../../scenes/registry.ts';
import { adjacentLessonStep } from '../../../store/lessonLink.ts';
import { selectLang, selectPresent, selectScene, useAppStore } from '../../../store/store.ts';
import { hashFor, lessonChanges, lessonStepHash } from '../../../store/urlSync.ts';
import { lessonIdOf, parseHash } from '../../../url/route.ts';
import type { AppState } from '../../../store/store.ts';
import { lessonLink } from '../catalog.ts';
import type { Lesson } from '../catalog.ts';
import { Question } from './Question.tsx';
import styles from './lessons.module.css';

/** The step's scene, the real view from its own chunk (suspends until it has arrived). */
function StepScene({ def }: { def: SceneDef }) {
  const { default: View } = use(loadScene(def));
  return <View />;
}

/**
 * One step of a lesson: where we are, the narration, the question (if any), links to the previous and
 * next steps, then the step's scene with the step's parameters (the learner may change them). With a
 * question, the scene appears once it is answered or revealed, so the scene does not give the answer away.
 */
export function LessonPage({ lesson, step }: { lesson: Lesson; step: number }) {
  // Bound once for the whole lesson, not per step: a clicker's second press during a step change is not lost.
  usePresenterSteps(useAppStore(selectPresent));
  // A new step starts unanswered: the step's own state is keyed by lesson and step.
  return <LessonStepView key={`${lesson.id}/${step}`} lesson={lesson} step={step} />;
}

/** Opens the step `delta` away as its link sets it up (keeping language, theme and presenter mode); nothing past either end. */
function goToStep(delta: number): void {
  const state = useAppStore.getState();
  // From the step the link now asks for: a press right after another counts from where that one went,
  // before the page has caught up with it.
  const { scene, query } = parseHash(location.hash);
  const asked = Number.parseInt(query.get('step') ?? '1', 10);
  const at = state.lesson && lessonIdOf(scene) === state.lesson.id && Number.isInteger(asked) ? { id: state.lesson.id, step: asked } : state.lesson;
  const next = adjacentLessonStep(at, delta);
  if (next) location.hash = lessonStepHash(state, next);
}

/** The open scene on its own page with the learner's current values; the step's own link (its setup as written). */
const ownSceneHash = (s: AppState) => hashFor({ ...s, lesson: null, position: 0 });
const stepHash = (s: AppState) => (s.lesson ? lessonStepHash(s, s.lesson) : '');
/** The learner's changes to the step as the link writes them (`padding=1, stride=2`), '' for none. */
const changesOf = (s: AppState) => lessonChanges(s).map(([k, v]) => `${k}=${v}`).join(', ');

const typing = (t: EventTarget | null) => t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;

/**
 * In presenter mode the clicker's keys move through the lesson: the scene's playback keys offer
 * PageDown/PageUp and →/← as `convscope:next` / `convscope:prev`, which the lesson takes; with no playback
 * bar on the page (the scene still hidden, or one without a timeline) PageDown/PageUp are read here.
 */
function usePresenterSteps(present: boolean): void {
  useEffect(() => {
    if (!present) return undefined;
    const take = (delta: number) => (e: Event) => {
      e.preventDefault();
      goToStep(delta);
    };
    const next = take(1);
    const prev = take(-1);
    const onKey = (e: KeyboardEvent) => {
      // The playback bar's keys are bound with it (a layout effect): where it is, they offer the press.
      if (document.querySelector('main .scene .playback') || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (e.key === 'PageDown') next(e);
      else if (e.key === 'PageUp') prev(e);
    };
    window.addEventListener('convscope:next', next);
    window.addEventListener('convscope:prev', prev);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('convscope:next', next);
      window.removeEventListener('convscope:prev', prev);
      window.removeEventListener('keydown', onKey);
    };
  }, [present]);
}

function LessonStepView({ lesson, step }: { lesson: Lesson; step: number }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const scene = useAppStore(selectScene);
  const def = findScene(scene);
  const current = lesson.steps[step - 1];
  const total = lesson.steps.length;
  const [shown, setShown] = useState(current.question === undefined);
  const own = useAppStore(ownSceneHash);
  const changes = useAppStore(changesOf);
  const reset = useAppStore(stepHash);
  return (
    <div className={styles.lesson}>
      <article className={styles.step} aria-labelledby="lesson-step-title">
        <p className={styles.crumbs}>
          <a href="#/lessons">{t('lesson.all')}</a>
          <span aria-hidden="true"> › </span>
          <span>{lesson.title[lang]}</span>
        </p>
        <h2 id="lesson-step-title">{current.title[lang]}</h2>
        <p className={styles.progress}>{t('lesson.progress', { step, total })}</p>
        <p className={styles.narration}>{current.narration[lang]}</p>
        {current.question && <Question question={current.question} onShown={() => setShown(true)} />}
        {changes !== '' && (
          <p className={styles.changed}>
            {t('lesson.changed', { changes })} <a href={reset}>{t('lesson.reset')}</a>
          </p>
        )}
        <nav className={styles.steps} aria-label={t('lesson.progress', { step, total })}>
          {step > 1 && (
            <a className={styles.stepLink} href={lessonLink(lesson.id, step - 1)} rel="prev">
              ← {t('lesson.previous')}
            </a>
          )}
          {step < total ? (
            <a className={styles.stepLink} href={lessonLink(lesson.id, step + 1)} rel="next">
              {t('lesson.next')} →
            </a>
          ) : (
            <span className={styles.done}>{t('lesson.done')}</span>
          )}
          <a className={styles.own} href={own}>
            {t('lesson.openScene')}
          </a>
        </nav>
      </article>
      {shown && def ? (
        <Suspense fallback={<p aria-busy="true">{t('sceneLoading')}</p>}>
          <StepScene def={def} />
        </Suspense>
      ) : (
        <p className={styles.hidden}>{t('lesson.hidden')}</p>
      )}
    </div>
  );
}

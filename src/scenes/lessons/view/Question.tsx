import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { formatCount } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import type { LessonQuestion } from '../catalog.ts';
import { readAnswer } from '../answer.ts';
import styles from './lessons.module.css';

type Feedback = { kind: 'right' | 'revealed' } | { kind: 'error'; text: string } | null;

/**
 * A "predict first" question: a typed number or a choice, checked on submit. A wrong or unreadable answer
 * is said in place (and the learner tries again); a right one, or "Show me", shows the answer, why, and
 * calls `onShown` so the page reveals the scene.
 */
export function Question({ question, onShown }: { question: LessonQuestion; onShown: () => void }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const id = useId();
  const [typed, setTyped] = useState('');
  const [choice, setChoice] = useState<number | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const done = feedback?.kind === 'right' || feedback?.kind === 'revealed';
  const answerText = question.kind === 'number' ? formatCount(question.answer, lang) : question.choices[question.answer][lang];

  const show = (kind: 'right' | 'revealed') => {
    setFeedback({ kind });
    onShown();
  };
  const check = (e: FormEvent) => {
    e.preventDefault();
    if (question.kind === 'number') {
      const read = readAnswer(typed);
      if (read.kind === 'empty') setFeedback({ kind: 'error', text: t('lesson.empty') });
      else if (read.kind === 'invalid') setFeedback({ kind: 'error', text: t('lesson.notNumber', { value: typed.trim() }) });
      else if (read.value === question.answer) show('right');
      else setFeedback({ kind: 'error', text: t('lesson.wrong', { value: typed.trim() }) });
    } else if (choice === null) setFeedback({ kind: 'error', text: t('lesson.pickOne') });
    else if (choice === question.answer) show('right');
    else setFeedback({ kind: 'error', text: t('lesson.wrongChoice') });
  };

  return (
    <form className={styles.question} onSubmit={check} aria-labelledby={`${id}-prompt`}>
      <p className={styles.predict}>{t('lesson.predict')}</p>
      <p id={`${id}-prompt`} className={styles.prompt}>
        {question.prompt[lang]}
      </p>
      {question.kind === 'number' ? (
        <label className={styles.answer}>
          <span>{t('lesson.answer')}</span>
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={typed}
            disabled={done}
            aria-invalid={feedback?.kind === 'error'}
            aria-describedby={`${id}-feedback`}
            onChange={(e) => setTyped(e.target.value)}
          />
        </label>
      ) : (
        <fieldset className={styles.choices} disabled={done}>
          <legend className="visually-hidden">{t('lesson.answer')}</legend>
          {question.choices.map((c, i) => (
            <label key={i}>
              <input type="radio" name={`${id}-choice`} checked={choice === i} onChange={() => setChoice(i)} />
              <span>{c[lang]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className={styles.actions}>
        <button type="submit" disabled={done}>
          {t('lesson.check')}
        </button>
        <button type="button" disabled={done} onClick={() => show('revealed')}>
          {t('lesson.reveal')}
        </button>
      </div>
      <div id={`${id}-feedback`} role="status" className={styles.feedback}>
        {feedback?.kind === 'error' && <p className={styles.wrong}>{feedback.text}</p>}
        {(feedback?.kind === 'right' || feedback?.kind === 'revealed') && (
          <>
            <p className={styles.right}>{feedback.kind === 'right' ? t('lesson.right') : t('lesson.revealed', { answer: answerText })}</p>
            <p>{question.explain[lang]}</p>
          </>
        )}
      </div>
    </form>
  );
}

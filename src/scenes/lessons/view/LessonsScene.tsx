import { selectLang, useAppStore } from '../../../store/store.ts';
import { useT } from '../../../i18n/useT.ts';
import { findLesson, LESSONS, lessonLink } from '../catalog.ts';
import { LessonPage } from './LessonPage.tsx';
import styles from './lessons.module.css';

/** `#/lessons` (the list) and `#/lesson/<id>` (a lesson's step over its scene); an unknown id is said, above the list. */
export function LessonsScene() {
  const at = useAppStore((s) => s.lesson);
  const lesson = at ? findLesson(at.id) : undefined;
  if (at && lesson) return <LessonPage lesson={lesson} step={at.step} />;
  return <LessonList missing={at?.id} />;
}

/** Every lesson with its summary and number of steps, each linking to its first step. */
function LessonList({ missing }: { missing?: string }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  return (
    <section className={styles.list} aria-labelledby="lessons-title">
      <h2 id="lessons-title">{t('lesson.listTitle')}</h2>
      {missing !== undefined && (
        <p className="notice notice-error" role="alert">
          {t('lesson.notFound', { id: missing })}
        </p>
      )}
      <p className={styles.intro}>{t('lesson.listIntro')}</p>
      <ol className={styles.items}>
        {LESSONS.map((l) => (
          <li key={l.id}>
            <a href={lessonLink(l.id, 1)}>{l.title[lang]}</a>
            <span className={styles.count}>{t('lesson.steps', { n: l.steps.length })}</span>
            <p>{l.summary[lang]}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

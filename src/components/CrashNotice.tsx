import { useT } from '../i18n/useT.ts';

/** What the error boundary shows instead of a crashed view: what happened, in the learner's language, and two ways out. */
export function CrashNotice({ error }: { error: Error }) {
  const t = useT();
  return (
    <section className="notice notice-error" role="alert">
      <h1>{t('crashTitle')}</h1>
      <p>{t('crashBody', { message: error.message })}</p>
      <p className="actions">
        <button type="button" onClick={() => location.reload()}>
          {t('crashReload')}
        </button>{' '}
        <a href="#/">{t('backToOverview')}</a>
      </p>
    </section>
  );
}

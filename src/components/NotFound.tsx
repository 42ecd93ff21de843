import { useT } from '../i18n/useT.ts';

/** Shown for a hash that names no scene: says which id was given and links back. */
export function NotFound({ scene }: { scene: string }) {
  const t = useT();
  return (
    <section className="notice notice-error" role="alert">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody', { scene })}</p>
      <p>
        <a href="#/">{t('backToOverview')}</a>
      </p>
    </section>
  );
}

import { useT } from '../i18n/useT.ts';
import { isBuilt, SCENES } from '../scenes/registry.ts';

/** The start page: every scene of the curriculum with one line on what it shows. */
export function Overview() {
  const t = useT();
  return (
    <section className="overview" aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overviewTitle')}</h1>
      <p className="lead">{t('overviewIntro')}</p>
      <ul className="scene-cards">
        {SCENES.map((entry) => {
          const built = isBuilt(entry);
          return (
            <li key={entry.id} className={built ? 'scene-card' : 'scene-card scene-card-planned'}>
              <h2>{built ? <a href={`#/${entry.id}`}>{t(entry.titleKey)}</a> : t(entry.titleKey)}</h2>
              <p>{t(entry.summaryKey)}</p>
              {!built && <p className="badge">{t('comingSoon')}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { useT } from '../i18n/useT.ts';
import { findScene, PLANNED_SCENES, sceneKeys } from '../scenes/registry.ts';

/** The start page: every scene of the curriculum with one line on what it shows. */
export function Overview() {
  const t = useT();
  return (
    <section className="overview" aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overviewTitle')}</h1>
      <p className="lead">{t('overviewIntro')}</p>
      <ul className="scene-cards">
        {PLANNED_SCENES.map((id) => {
          const keys = sceneKeys(id);
          const built = findScene(id) !== undefined;
          return (
            <li key={id} className={built ? 'scene-card' : 'scene-card scene-card-planned'}>
              <h2>{built ? <a href={`#/${id}`}>{t(keys.title)}</a> : t(keys.title)}</h2>
              <p>{t(keys.summary)}</p>
              {!built && <p className="badge">{t('comingSoon')}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { memo } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { formatCount } from '../../../i18n/format.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import type { FcConvRow } from '../heads.ts';
import styles from './heads.module.css';

/**
 * The head layer by layer in both forms: `nn.Linear` and the `nn.Conv2d` it equals, the parameters of
 * each (equal, counted apart by the engine), and the conv form's output on the map FC1 was built for and
 * on the fed one.
 */
export const FcConvTable = memo(function FcConvTable({ rows, map, feed }: { rows: FcConvRow[]; map: number; feed: number }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const n = (x: number) => formatCount(x, lang);
  const title = t('pool.fcTable.title');
  const total = (key: 'fcParams' | 'convParams') => rows.reduce((s, r) => s + r[key], 0);
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      <div className={styles.tableScroll} tabIndex={0} role="group" aria-label={title}>
        <table className={styles.fcTable} data-testid="pool-fc-table">
          <thead>
            <tr>
              <th scope="col">{t('cost.layer')}</th>
              <th scope="col">{t('pool.fcTable.forms')}</th>
              <th scope="col">{t('pool.fcTable.params')}</th>
              <th scope="col">{t('pool.fcTable.at', { s: `${map}×${map}` })}</th>
              <th scope="col">{t('pool.fcTable.at', { s: `${feed}×${feed}` })}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">{`FC${i + 1}`}</th>
                <td>
                  <code>{`Linear(${r.fc.inFeatures}, ${r.fc.outFeatures})`}</code>
                  <br />
                  <code>{`= Conv2d(${r.conv.inChannels}, ${r.conv.outChannels}, ${String(r.conv.kernelSize)})`}</code>
                </td>
                <td>
                  {n(r.fcParams)}
                  <br />= {n(r.convParams)}
                </td>
                <td>{r.convAtMap.join('×')}</td>
                <td>{r.convAtFeed.join('×')}</td>
              </tr>
            ))}
            <tr className={styles.fcTotal}>
              <th scope="row">{t('panel.total')}</th>
              <td />
              <td data-testid="pool-fc-total">
                {n(total('fcParams'))}
                <br />= {n(total('convParams'))}
              </td>
              <td />
              <td />
            </tr>
          </tbody>
        </table>
      </div>
      <p className="calc-note">{t('pool.fcTable.note', { k: `${rows[2].convAtFeed[1]}×${rows[2].convAtFeed[2]}` })}</p>
    </section>
  );
});

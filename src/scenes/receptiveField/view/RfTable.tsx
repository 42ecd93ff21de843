import { memo } from 'react';
import { useT } from '../../../i18n/useT.ts';
import type { ReceptiveFieldModel } from '../model.ts';
import styles from './ReceptiveField.module.css';

const pair = ([h, w]: readonly number[]) => (h === w ? String(h) : `${h}×${w}`);

/**
 * Per layer: output size, receptive field r = r_(l−1) + (k − 1)·d·S_(l−1), effective stride S and
 * effective padding P (Distill's conventions), updated with every change. Each symbol is defined twice:
 * a tooltip on its column head and a legend line under the table (touch screens have no hover).
 */
export const RfTable = memo(function RfTable({ model }: { model: ReceptiveFieldModel }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="rf-table">
      <h2 id="rf-table">{t('rf.tableTitle')}</h2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('rf.layerHead')}</th>
            <th scope="col" title={t('rf.head.size')}>{t('rf.sizeHead')}</th>
            {(['r', 'S', 'P'] as const).map((h) => (
              <th key={h} scope="col">
                <abbr title={t(`rf.head.${h}`)}>{h}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('rf.input')}</th>
            <td>{`${model.sizes[0][0]}×${model.sizes[0][1]}`}</td>
            <td>1</td>
            <td>1</td>
            <td>0</td>
          </tr>
          {model.rows.map((row, i) => {
            const l = model.layers[i];
            return (
              <tr key={i}>
                <th scope="row">
                  {t('rf.layer', { n: i + 1 })}{' '}
                  <span className="calc-note">{t('rf.layerSpec', { kind: t(l.kind === 'conv' ? 'rf.conv' : 'rf.pool'), k: l.k, s: l.s, p: l.p, d: l.d })}</span>
                </th>
                <td>{`${model.sizes[i + 1][0]}×${model.sizes[i + 1][1]}`}</td>
                <td>
                  <strong>{pair(row.r)}</strong>
                </td>
                <td>{pair(row.S)}</td>
                <td>{pair(row.P)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="calc-note" data-testid="rf-legend">{t('rf.legend')}</p>
      <p className="calc-note">{t('rf.formula')}</p>
    </section>
  );
});

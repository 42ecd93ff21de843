import { memo } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { ReceptiveFieldModel } from '../../scenes/receptiveField/model.ts';

const pair = ([h, w]: readonly number[]) => (h === w ? String(h) : `${h}×${w}`);

/**
 * Per layer: output size, receptive field r = r_(l−1) + (k − 1)·d·S_(l−1), effective stride S and
 * effective padding P (Distill's conventions), updated with every change.
 */
export const RfTable = memo(function RfTable({ model }: { model: ReceptiveFieldModel }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="rf-table">
      <h2 id="rf-table">{t('rf.tableTitle')}</h2>
      <table className="rf-table">
        <thead>
          <tr>
            <th scope="col">{t('rf.layerHead')}</th>
            <th scope="col">{t('rf.sizeHead')}</th>
            <th scope="col">r</th>
            <th scope="col">S</th>
            <th scope="col">P</th>
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
                  {t('rf.layer', { n: i + 1 })} <span className="calc-note">{`${l.kind} k${l.k} s${l.s} p${l.p} d${l.d}`}</span>
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
      <p className="calc-note">{t('rf.formula')}</p>
    </section>
  );
});

import { memo } from 'react';
import { formatCount } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { netCounts } from '../model.ts';
import type { DigitsNet } from '../model.ts';
import { percent } from './ClassHead.tsx';

const COUNTS = netCounts();

/** The network's parameters and multiply-accumulates per convolution (the engine's counts) and its held-out accuracy. */
export const SizePanel = memo(function SizePanel({ net }: { net: DigitsNet }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const n = (v: number) => formatCount(v, lang);
  return (
    <section className="panel" aria-label={t('digits.sizeTitle')}>
      <h2>{t('digits.sizeTitle')}</h2>
      <table data-testid="digits-size">
        <thead>
          <tr>
            <th scope="col">{t('digits.size.layer')}</th>
            <th scope="col">{t('digits.size.params')}</th>
            <th scope="col">{t('digits.size.macs')}</th>
          </tr>
        </thead>
        <tbody>
          {COUNTS.rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td>{n(r.params)}</td>
              <td>{n(r.macs)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('digits.size.total')}</th>
            <td data-testid="digits-params">{n(COUNTS.params)}</td>
            <td data-testid="digits-macs">{n(COUNTS.macs)}</td>
          </tr>
        </tbody>
      </table>
      <p data-testid="digits-accuracy">
        {t('digits.accuracy', { right: n(net.testCorrect), n: n(net.testCount), p: percent(net.testCorrect / net.testCount), train: n(net.trainCount) })}
      </p>
      <p className="calc-note">{t('digits.fcNote')}</p>
    </section>
  );
});

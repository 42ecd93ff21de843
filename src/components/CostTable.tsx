import { memo } from 'react';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/en.ts';
import { formatCount } from '../i18n/format.ts';
import { selectLang, useAppStore } from '../store/store.ts';
import styles from './CostTable.module.css';

/** One row of a cost comparison: a name (message key + values), parameters, MACs, and whether it is a total. */
export interface CostLine {
  key: MessageKey;
  values?: Record<string, string | number>;
  params: number;
  macs: number;
  total?: boolean;
}

/**
 * Parameters and multiply-accumulates side by side for the layers of two alternatives, with their
 * totals and the ratio of the cheaper to the dearer: "cheaper" has to mean both.
 */
export const CostTable = memo(function CostTable({ title, lines, ratio, testId }: { title: string; lines: CostLine[]; ratio: { params: number; macs: number }; testId: string }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const n = (v: number) => formatCount(v, lang);
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      <div className={styles.costScroll} tabIndex={0} role="group" aria-label={title}>
      <table className={styles.costTable} data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('cost.layer')}</th>
            <th scope="col">{t('cost.params')}</th>
            <th scope="col">{t('cost.macs')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i} className={l.total ? styles.costTotal : undefined}>
              <th scope="row">{t(l.key, l.values)}</th>
              <td>{n(l.params)}</td>
              <td>{n(l.macs)}</td>
            </tr>
          ))}
          <tr className={styles.costRatio}>
            <th scope="row">{t('cost.ratio')}</th>
            <td>{ratio.params.toFixed(3)}</td>
            <td>{ratio.macs.toFixed(3)}</td>
          </tr>
        </tbody>
      </table>
      </div>
    </section>
  );
});

import { memo, useId, useMemo } from 'react';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatCount } from '../../../i18n/format.ts';
import { LANG_TAGS } from '../../../i18n/translate.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { leaders, shareLines } from '../model.ts';
import { NETWORKS } from '../table.ts';
import type { NetTable } from '../table.ts';
import styles from './networks.module.css';

/**
 * Parameters and MACs by layer kind (leaf rows only), as bars with their numbers, led by a sentence
 * naming the kind that holds the most parameters and the one that does the most MACs (AlexNet's FC
 * layers hold about 96 % of its parameters; MobileNetV2's 1×1 convs most of its).
 */
export const SharesPanel = memo(function SharesPanel({ table }: { table: NetTable }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const id = useId();
  const lines = useMemo(() => shareLines(table), [table]);
  const top = leaders(lines);
  const pct = (x: number) => x.toLocaleString(LANG_TAGS[lang], { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const kind = (k: string) => t(`net.kind.${k}` as MessageKey);
  const bar = (share: number, className: string) => (
    <span className={styles.barTrack} aria-hidden="true">
      <span className={`${styles.bar} ${className}`} style={{ width: `${Math.max(share * 100, share > 0 ? 0.8 : 0)}%` }} />
    </span>
  );
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="net-shares">
      <h2 id={`${id}-title`}>{t('net.shares.title')}</h2>
      <p className={styles.lead} data-testid="net-shares-lead">
        {t('net.shares.lead', { kind: kind(top.params.kind), share: pct(top.params.paramShare), name: NETWORKS[table.id].title, macKind: kind(top.macs.kind), macShare: pct(top.macs.macShare) })}
      </p>
      <div className={styles.shareHead} aria-hidden="true">
        <span>{t('net.shares.params')}</span>
        <span>{t('net.shares.macs')}</span>
      </div>
      <ul className={styles.shares}>
        {lines.map((l) => (
          <li key={l.kind} data-kind={l.kind}>
            <span className={styles.kindName}>{kind(l.kind)}</span>
            <span className={styles.sharePair}>
              <span>
                {bar(l.paramShare, styles.barParams)}
                <span className={styles.shareText}>
                  <span className="visually-hidden">{`${t('net.shares.params')}: `}</span>
                  {formatCount(l.params, lang)} <span className={styles.pct}>{pct(l.paramShare)}</span>
                </span>
              </span>
              <span>
                {bar(l.macShare, styles.barMacs)}
                <span className={styles.shareText}>
                  <span className="visually-hidden">{`${t('net.shares.macs')}: `}</span>
                  {formatCount(l.macs, lang)} <span className={styles.pct}>{pct(l.macShare)}</span>
                </span>
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
});

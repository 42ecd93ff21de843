import { memo, useId } from 'react';
import { useT } from '../../../i18n/useT.ts';

/** What the table counts and what it leaves out, and that 1 MAC = 2 FLOPs for one image (not a batch). */
export const CountingPanel = memo(function CountingPanel() {
  const t = useT();
  const id = useId();
  return (
    <section className="panel" aria-labelledby={id} data-testid="net-counting">
      <h2 id={id}>{t('net.count.title')}</h2>
      <p className="calc-note">{t('net.count.params')}</p>
      <p className="calc-note">{t('net.count.macs')}</p>
      <p className="calc-note">
        <strong>{t('net.count.flops')}</strong>
      </p>
    </section>
  );
});

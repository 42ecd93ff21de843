import { memo } from 'react';
import { numel } from '../../../engine/index.ts';
import { useT } from '../../../i18n/useT.ts';
import { formatCount } from '../../../i18n/format.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { sizeTerms } from '../model.ts';
import type { WindowModel } from '../model.ts';
import styles from './window.module.css';

/**
 * The window part's side panels: the output size per axis written with its numbers (floor, or ceil with
 * ceil_mode, and what the other rounding gives), and what a pooling layer costs: no parameters, no MACs.
 */
export const WindowPanels = memo(function WindowPanels({ model }: { model: WindowModel }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const v = model.setting;
  const n = (x: number) => formatCount(x, lang);
  const [open, close] = v.ceilMode ? ['⌈', '⌉'] : ['⌊', '⌋'];
  return (
    <>
      <section className="panel" aria-labelledby="pool-size-title">
        <h2 id="pool-size-title">{t('panel.shape')}</h2>
        <p className="big-number" data-testid="pool-shape">
          {model.x.shape.join('×')} → {model.outShape.join('×')}
        </p>
        <ul className={styles.sizeList}>
          {sizeTerms(v, model.outShape).map((a) => (
            <li key={a.axis} data-testid={`pool-size-${a.axis}`}>
              <span className={styles.sizeAxis}>{t(`axis.${a.axis}`)}:</span>{' '}
              <span className="formula">{`${open}(${a.size} + 2·${a.padding} − ${a.dilation}·(${a.kernel} − 1) − 1) / ${a.stride}${close} + 1 = `}</span>
              <strong>{a.dropped ?? a.out}</strong>
              {a.dropped !== null && <span>{t('pool.dropped', { out: a.out })}</span>}
            </li>
          ))}
        </ul>
        {v.ceilMode && <p className="calc-note">{t('pool.ceilNote')}</p>}
        {sizeTerms(v, model.outShape).some((a) => a.other !== null && a.other !== a.out) && (
          <p className="calc-note" data-testid="pool-other-rounding">
            {t(v.ceilMode ? 'pool.otherFloor' : 'pool.otherCeil', {
              shape: sizeTerms(v, model.outShape).map((a) => a.other ?? a.out).join('×'),
            })}
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="pool-cost-title">
        <h2 id="pool-cost-title">{t('pool.costTitle')}</h2>
        <p data-testid="pool-cost">{t('pool.cost', { params: n(model.params), macs: n(model.macs), from: n(numel(model.x.shape)), to: n(numel(model.outShape)) })}</p>
        <p className="calc-note">{t(model.mode === 'max' ? 'pool.whyMax' : 'pool.whyAvg')}</p>
      </section>
    </>
  );
});

import { memo, useMemo } from 'react';
import { formatSigned } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { classActivation } from '../model.ts';
import type { DigitsForward } from '../model.ts';
import styles from './digits.module.css';

/** A probability as a percentage with one decimal, the sign kept on the number's line. */
export const percent = (p: number) => `${(100 * p).toFixed(1)}\u00a0%`;

/** GAP and softmax: each class map's mean (its score) and the softmax bar, the predicted class marked. */
export const GapBars = memo(function GapBars({ forward: f }: { forward: DigitsForward }) {
  const t = useT();
  return (
    <section className={styles.layer} aria-label={t('digits.gapSoftmax')}>
      <h2 className={styles.layerTitle}>{t('digits.gapSoftmax')}</h2>
      <ol className={styles.bars} data-testid="digits-bars">
        {Array.from(f.softmax.data, (p, k) => (
          <li key={k} className={k === f.predicted ? styles.best : undefined} data-testid={`digits-prob-${k}`}>
            <span className={styles.barDigit}>{k}</span>
            <span className={styles.barFrame} aria-hidden="true">
              <span className={styles.bar} style={{ width: `${p * 100}%` }} />
            </span>
            <span className={styles.barText}>
              {t('digits.score', { s: formatSigned(f.gap.data[k]) })} · {percent(p)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
});

/**
 * The class activation map: the predicted class's 4×4 confidence map, each cell over the 2×2 input
 * pixels it came from, laid over the 8×8 input (grey ink, the map's positive part as a warm veil).
 */
export const ClassActivation = memo(function ClassActivation({ forward: f, size }: { forward: DigitsForward; size: number }) {
  const t = useT();
  const k = f.predicted;
  const cam = useMemo(() => classActivation(f, k), [f, k]);
  let max = 0;
  for (const v of cam) max = Math.max(max, v);
  const s = size / 8;
  const cells = [];
  for (let i = 0; i < 64; i++) {
    const y = Math.floor(i / 8) * s;
    const x = (i % 8) * s;
    const ink = f.input.data[i];
    cells.push(
      <g key={i}>
        <rect x={x} y={y} width={s} height={s} fill={`rgb(${Math.round(255 * (1 - ink))}, ${Math.round(255 * (1 - ink))}, ${Math.round(255 * (1 - ink))})`} />
        <rect x={x} y={y} width={s} height={s} className={styles.camVeil} opacity={max > 0 ? (0.75 * Math.max(0, cam[i])) / max : 0} />
      </g>,
    );
  }
  return (
    <figure className={styles.cam} data-testid="digits-cam">
      <figcaption>{t('digits.cam', { k })}</figcaption>
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={t('digits.cam', { k })}>
        {cells}
      </svg>
      <p className="calc-note">{t('digits.camNote', { k })}</p>
    </figure>
  );
});

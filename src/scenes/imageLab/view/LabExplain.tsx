import { formatProduct, formatSigned } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { patchHref } from '../model.ts';
import type { Kernel } from '../schema.ts';
import type { LabExplanation } from './useLabWorker.ts';
import styles from './imageLab.module.css';

/** Products listed one by one; the rest are summed in one line (a 7×7 RGB window has 147). */
const LISTED = 27;

/**
 * The explained output pixel: explainConv2d's terms (input cell and value × weight = product, padding
 * taps reading 0), their sum, and a link to the conv2d scene holding the window under the pixel.
 */
export function LabExplain({ explained, kernels, dilation }: { explained: LabExplanation | null; kernels: Kernel[]; dilation: readonly [number, number] }) {
  const t = useT();
  const k = explained ? kernels[explained.filter] : undefined;
  return (
    <section className="panel" aria-labelledby="lab-explain-title" aria-live="polite">
      <h2 id="lab-explain-title">{t('lab.explainTitle')}</h2>
      {!explained || !k ? (
        <p>{t('lab.explainHint')}</p>
      ) : (
        <>
          <p className={styles.explainHead}>
            {t('lab.explainHead', { n: explained.filter + 1, y: explained.cell[0], x: explained.cell[1], value: formatSigned(explained.explanation.value) })}
          </p>
          <p>{t('lab.terms', { n: explained.explanation.terms.length })}</p>
          <ol className={styles.terms}>
            {explained.explanation.terms.slice(0, LISTED).map((term, i) => (
              <li key={i} className={term.padding ? styles.padTerm : undefined}>
                x[{term.input.join(',')}] {formatProduct(term.inputValue, term.weightValue)} = {formatSigned(term.product)}
              </li>
            ))}
          </ol>
          {explained.explanation.terms.length > LISTED && (
            <p>
              {t('lab.more', {
                n: explained.explanation.terms.length - LISTED,
                sum: formatSigned(explained.explanation.terms.slice(LISTED).reduce((s, term) => s + term.product, 0)),
              })}
            </p>
          )}
          <p className={styles.sum}>{t('lab.sum', { value: formatSigned(explained.explanation.value) })}</p>
          <a className={styles.patchLink} href={patchHref(explained.patch, k, dilation)}>
            {t('lab.patchLink')}
          </a>
        </>
      )}
    </section>
  );
}

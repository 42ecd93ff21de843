import { memo, useEffect, useMemo, useRef } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { formatCount, formatSigned, formatSignedSum, formatValue } from '../../../i18n/format.ts';
import { explainMix } from '../compute.ts';
import type { DepthwiseData } from '../compute.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';

/** Up to this many products are written out one by one; beyond it the first WRITTEN and the sum of the rest. */
const ALL_UP_TO = 16;
const WRITTEN = 8;

/** Which output cell the panel writes out: [channel, row, column] of the drawn outputs. */
export type MixCell = readonly [number, number, number];

/**
 * One pointwise output cell as its actual sum: Σ_j w[o, j]·dw[j][y, x] over every depthwise map (all
 * C·m, drawn or not) + b = the value in the grid. Many maps: the first few products, then the rest's sum.
 */
export const MixPanel = memo(function MixPanel({ data, cell, reveal = false }: { data: DepthwiseData; cell: MixCell | null; reveal?: boolean }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const ref = useRef<HTMLElement>(null);
  // On a phone the panel appears under the tapped channel, possibly below the stage's fold: bring it into view.
  const at = cell ? cell.join(',') : '';
  useEffect(() => {
    if (reveal && at) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [reveal, at]);
  const mix = useMemo(() => (cell ? explainMix(data, ...cell) : null), [data, cell]);
  if (!cell || !mix) {
    return (
      <section className="panel" aria-label={t('dw.mixHint')}>
        <p className="calc-note">{t('dw.mixHint')}</p>
      </section>
    );
  }
  const [o, y, x] = cell;
  const all = mix.terms.length <= ALL_UP_TO;
  const shown = all ? mix.terms : mix.terms.slice(0, WRITTEN);
  let rest = 0;
  for (let i = shown.length; i < mix.terms.length; i++) rest += mix.terms[i].product;
  const head = formatSignedSum(shown.map((term) => [term.weight, term.value] as const));
  const restText = all ? '' : ` + ${t('dw.mixRest', { n: formatCount(mix.terms.length - shown.length, lang), s: formatSigned(rest) })}`;
  const bias = mix.bias === null ? '' : `${mix.bias < 0 ? ' − ' : ' + '}${formatValue(Math.abs(mix.bias))} (${t('calc.bias')})`;
  const title = t('dw.mixTitle', { o, y, x });
  return (
    <section ref={ref} className="panel" aria-label={title}>
      <h2>{title}</h2>
      <p className="formula" data-testid="dw-mix">
        {`out[${o}, ${y}, ${x}] = ${head}${restText}${bias} = ${formatSigned(mix.value)}`}
      </p>
      {!all && <p className="calc-note">{t('dw.mixTerms', { n: formatCount(mix.terms.length, lang), o, shown: shown.length })}</p>}
      <p className="calc-note">{t('dw.mixNote')}</p>
    </section>
  );
});

import { useMemo } from 'react';
import { formatProduct, formatSigned, formatSignedSum } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { explainCell, SHORT } from '../model.ts';
import type { DigitsForward, DigitsNet, LayerName } from '../model.ts';
import styles from './digits.module.css';

/** Props of `CellExplain`: the network, the image's forward pass and the pointed cell (layer and [c, y, x]). */
export interface CellExplainProps {
  net: DigitsNet;
  forward: DigitsForward;
  cell: { layer: LayerName; index: readonly [number, number, number] } | null;
}

/**
 * Why a feature-map cell has its value, as in #/conv2d: a convolution cell's multiplies (explainConv2d's
 * terms: input value × weight, padding taps marked), grouped by input channel with each group's sum, plus
 * the bias; a ReLU cell's max(·, 0); a pool cell's 2×2 window and its largest value.
 */
export function CellExplain({ net, forward, cell }: CellExplainProps) {
  const t = useT();
  // A ReLU cell is written out as its max(·, 0) and then the convolution cell under it.
  const under: LayerName | null = cell?.layer === 'relu1' ? 'conv1' : cell?.layer === 'relu2' ? 'conv2' : null;
  const e = useMemo(() => (cell ? explainCell(net, forward, under ?? cell.layer, cell.index) : null), [net, forward, cell, under]);
  const relu = useMemo(() => (cell && under ? explainCell(net, forward, cell.layer, cell.index) : null), [net, forward, cell, under]);
  let body;
  if (cell === null || e === null) {
    body = <p className="calc-note">{t('digits.explainHint')}</p>;
  } else {
    const [c, y, x] = cell.index;
    const reluLine = relu?.kind === 'relu' && (
      <p data-testid="digits-explain-relu">{t('digits.explain.relu', { c, y, x, before: formatSigned(relu.before), v: formatSigned(relu.value) })}</p>
    );
    if (e.kind === 'relu') {
      body = <p data-testid="digits-explain-line">{t('digits.explain.relu', { c, y, x, before: formatSigned(e.before), v: formatSigned(e.value) })}</p>;
    } else if (e.kind === 'pool') {
      body = <p data-testid="digits-explain-line">{t('digits.explain.pool', { c, y, x, w: e.window.map(formatSigned).join(', '), v: formatSigned(e.value) })}</p>;
    } else {
      const { terms, bias, value } = e.explanation;
      const groups = [];
      for (let i = 0; i * e.perChannel < terms.length; i++) {
        const group = terms.slice(i * e.perChannel, (i + 1) * e.perChannel);
        const sum = group.reduce((s, term) => s + term.product, 0);
        groups.push(
          <li key={i}>
            <span>{t('digits.explain.channel', { i, sum: formatSigned(sum) })}</span>
            <ol className={styles.terms}>
              {group.map((term, k) => (
                <li key={k} className={`term${term.padding ? ' term-pad' : ''}`} title={term.padding ? t('digits.explain.pad') : undefined}>
                  {formatProduct(term.inputValue, term.weightValue)}
                </li>
              ))}
            </ol>
          </li>,
        );
      }
      body = (
        <>
          {reluLine}
          <p data-testid="digits-explain-line">
            {t('digits.explain.conv', { layer: SHORT[under ?? cell.layer], c, y, x, terms: terms.length, b: formatSigned(bias), v: formatSigned(value) })}
          </p>
          <ul className={styles.groups} data-testid="digits-explain-terms">{groups}</ul>
          <p className="calc-note">{formatSignedSum([...groups.map((_, i) => terms.slice(i * e.perChannel, (i + 1) * e.perChannel).reduce((s, term) => s + term.product, 0)), bias])} = {formatSigned(value)}</p>
        </>
      );
    }
  }
  return (
    <section className="panel" aria-label={t('digits.explainTitle')} data-testid="digits-explain" aria-live="polite">
      <h2>{t('digits.explainTitle')}</h2>
      {body}
    </section>
  );
}

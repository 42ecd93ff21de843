import { memo, useEffect, useRef } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { formatCount, formatSigned, formatSignedSum } from '../../../i18n/format.ts';
import { pixelTerms } from '../model.ts';
import type { PointwiseModel } from '../model.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { channelColor } from '../../../components/channelColors.ts';
import styles from './PwMatmul.module.css';

/** Up to this many products are written out one by one; beyond it the first WRITTEN and the sum of the rest. */
const ALL_UP_TO = 16;
const WRITTEN = 8;

/**
 * One output channel at a pixel written out with its numbers: y[o] = Σ_i w[o, i]·x[i] over all I inputs
 * (past ALL_UP_TO the first WRITTEN products and the sum of the others), signs folded into the operators.
 */
export const PwFormula = memo(function PwFormula({ model, pixel, channel, testId, reveal = false }: { model: PointwiseModel; pixel: readonly [number, number]; channel: number; testId: string; reveal?: boolean }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const ref = useRef<HTMLParagraphElement>(null);
  // On a phone the line appears under the tapped grid, possibly below the stage's fold: bring it into view.
  useEffect(() => {
    if (reveal) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [reveal, channel, pixel[0], pixel[1]]);
  const { terms, value } = pixelTerms(model, channel, pixel[0], pixel[1]);
  const all = terms.length <= ALL_UP_TO;
  const shown = all ? terms : terms.slice(0, WRITTEN);
  let rest = 0;
  for (let i = shown.length; i < terms.length; i++) rest += terms[i][0] * terms[i][1];
  const restText = all ? '' : ` + ${t('pw.rest', { n: formatCount(terms.length - shown.length, lang), s: formatSigned(rest) })}`;
  return <p ref={ref} className="formula" data-testid={testId}>{`y[${channel}] = ${formatSignedSum(shown)}${restText} = ${formatSigned(value)}`}</p>;
});

/** Props of `PwMatmul`. */
export interface PwMatmulProps {
  model: PointwiseModel;
  /** The pixel [row, column] and the output channel written out. */
  pixel: readonly [number, number];
  channel: number;
  onChannel: (o: number) => void;
}

/**
 * The drawn part of weights × channel vector = output vector at one pixel (rows: drawn outputs, columns:
 * drawn inputs, "n more" where channels are not drawn), and one output channel written out as its sum
 * over all I inputs with its numbers.
 */
export const PwMatmul = memo(function PwMatmul({ model, pixel, channel, onChannel }: PwMatmulProps) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const [I, H, W] = model.x.shape;
  const { drawnIn, drawnOut } = model;
  const O = model.outChannels;
  const moreOut = O - drawnOut;
  const p = pixel[0] * W + pixel[1];
  const xs = Array.from({ length: drawnIn }, (_, i) => model.x.data[i * H * W + p]);
  const ys = Array.from({ length: drawnOut }, (_, o) => model.output.data[o * H * W + p]);
  const moreIn = I - drawnIn;
  const more = (n: number) => t('pw.more', { n: formatCount(n, lang) });
  return (
    <>
      <div className={styles.matmul} data-testid="pw-matmul">
        <table className={styles.matrix} aria-label={t('pw.weights', { O: formatCount(O, lang), I: formatCount(I, lang) })}>
          {/* Headers for screen readers (row = output channel, column = input channel); the colours say it on screen. */}
          <thead className="visually-hidden">
            <tr>
              <td />
              {xs.map((_, i) => (
                <th key={i} scope="col">
                  {t('grid.input', { c: i })}
                </th>
              ))}
              {moreIn > 0 && <th scope="col">{more(moreIn)}</th>}
            </tr>
          </thead>
          <tbody>
            {ys.map((_, o) => (
              <tr key={o} className={o === channel ? styles.current : undefined} onMouseEnter={() => onChannel(o)}>
                <th scope="row" className="visually-hidden">
                  {t('grid.output', { o })}
                </th>
                {xs.map((_, i) => (
                  <td key={i} style={{ borderTopColor: channelColor(i) }}>
                    {formatSigned(model.weight.data[o * I + i])}
                  </td>
                ))}
                {moreIn > 0 && <td className={styles.more}>⋯</td>}
              </tr>
            ))}
            {moreOut > 0 && (
              <tr>
                <th scope="row" className="visually-hidden">{more(moreOut)}</th>
                <td className={styles.more} colSpan={drawnIn + (moreIn > 0 ? 1 : 0)}>⋮</td>
              </tr>
            )}
          </tbody>
        </table>
        <span className={styles.op}>×</span>
        <table className={styles.vector} aria-label={t('pw.vectorIn')}>
          <tbody>
            {xs.map((v, i) => (
              <tr key={i}>
                <td style={{ borderLeftColor: channelColor(i) }}>{formatSigned(v)}</td>
              </tr>
            ))}
            {moreIn > 0 && (
              <tr>
                <td className={styles.more}>⋮</td>
              </tr>
            )}
          </tbody>
        </table>
        <span className={styles.op}>=</span>
        <table className={styles.vector} aria-label={t('pw.vectorOut')}>
          <tbody>
            {ys.map((v, o) => (
              <tr key={o} className={o === channel ? styles.current : undefined} onMouseEnter={() => onChannel(o)}>
                <td data-testid={`pw-y-${o}`}>{formatSigned(v)}</td>
              </tr>
            ))}
            {moreOut > 0 && (
              <tr>
                <td className={styles.more}>⋮</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <PwFormula model={model} pixel={pixel} channel={channel} testId="pw-formula" />
    </>
  );
});

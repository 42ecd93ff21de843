import { useMemo } from 'react';
import type { FocusCell } from '../../../animations/conv2dHighlights.ts';
import { stampsReaching, stampTerms } from '../../../animations/scatterFrames.ts';
import type { ScatterFrame, ScatterRunning, StampTerm } from '../../../animations/scatterFrames.ts';
import { at } from '../../../engine/index.ts';
import { pluralKey } from '../../../i18n/plural.ts';
import { useT } from '../../../i18n/useT.ts';
import { formatProduct, formatSigned } from '../../../i18n/format.ts';
import type { ConvTranspose2dModel } from '../model.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { LinkList } from '../../../components/LinkList.tsx';
import styles from './ScatterExplain.module.css';

/** Props of `ScatterExplain`. */
export interface ScatterExplainProps {
  model: ConvTranspose2dModel;
  /** The scatter timeline's frame, its stamp's products and the output so far; null when nothing plays. */
  frame: ScatterFrame | null;
  terms: readonly StampTerm[];
  running: ScatterRunning | null;
  focus: FocusCell | null;
  pinned: FocusCell | null;
}

const f = formatSigned;
/** A number as the right-hand operand of "+": negative ones in brackets, `3 + (−2)`. */
const operand = (v: number) => (v < 0 ? `(${f(v)})` : f(v));

/**
 * The scatter view's explanation. While the scatter plays: the stamping input cell, each product of its
 * kernel with the output cell it is added to (done, current, still to come), and the current cell's
 * partial sum before and after; at the bias step, the bias each channel adds. Pointing at an input cell
 * writes its whole stamp out; pointing at an output cell lists every stamp that reaches it and their sum.
 */
export function ScatterExplain({ model, frame, terms, running, focus, pinned }: ScatterExplainProps) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const g = model.geometry;
  const x = model.x;
  const xAt = (c: number, iy: number, ix: number) => at(x, c, iy, ix);
  const focusSource = focus?.kind === 'source' && focus.index.length === 3 ? (focus.index as readonly [number, number, number]) : null;
  const focusOutput = focus?.kind === 'output' && focus.index.length === 3 ? (focus.index as readonly [number, number, number]) : null;
  const sourceTerms = useMemo(() => (focusSource ? stampTerms(g, x, model.weight, focusSource) : null), [g, x, model.weight, focusSource]);
  const arrivals = useMemo(() => (focusOutput ? stampsReaching(g, x, model.weight, focusOutput) : null), [g, x, model.weight, focusOutput]);
  // One product of the stamp of x[c, iy, ix]: "w[…] = −1: adds 2×(−1) = −2 to out[…]".
  const line = ([c, iy, ix]: readonly [number, number, number], term: StampTerm) => {
    const values = { w: `${c}, ${term.j}, ${term.ky}, ${term.kx}`, wv: f(term.weight), prod: formatProduct(xAt(c, iy, ix), term.weight), p: f(term.product), out: `${term.o}, ${term.oy}, ${term.ox}` };
    return t(term.inside ? 'tc.stampAdd' : 'tc.stampCropped', values);
  };
  let body = null;
  if (focusSource && sourceTerms) {
    const [c, iy, ix] = focusSource;
    body = (
      <>
        <h2 className="calc-title">{t('tc.sourceHead', { c, y: iy, x: ix, v: f(xAt(c, iy, ix)) })}</h2>
        <LinkList links={sourceTerms} max={Infinity} linkKey={(term) => `${term.j},${term.ky},${term.kx}`} line={(term) => line(focusSource, term)} />
      </>
    );
  } else if (focusOutput && arrivals) {
    const [o, oy, ox] = focusOutput;
    const out = `${o}, ${oy}, ${ox}`;
    const sum = arrivals.reduce((s, a) => s + a.product, 0);
    const b = model.bias ? model.bias.data[o] : null;
    const value = at(model.output, o, oy, ox);
    body = (
      <>
        <h2 className="calc-title">{t(pluralKey(lang, 'tc.arrivals', arrivals.length), { out, n: arrivals.length })}</h2>
        <LinkList
          links={arrivals}
          max={Infinity}
          linkKey={(a) => String(a.step)}
          line={(a) => `x[${a.source.join(', ')}] = ${f(a.value)} × w[${a.weight.join(', ')}] = ${f(a.w)} → ${f(a.product)}`}
        />
        <p className="calc-total" data-testid="scatter-total">
          {b === null ? t('tc.sum', { v: f(value) }) : t('tc.sumBias', { s: f(sum), b: operand(b), v: f(value) })}
        </p>
      </>
    );
  } else if (frame && running && frame.phase === 'bias' && model.bias) {
    const bias = model.bias;
    body = (
      <>
        <h2 className="calc-title">{t('tc.biasHead')}</h2>
        <LinkList links={Array.from({ length: g.outChannels }, (_, o) => o)} max={Infinity} linkKey={String} line={(o) => t('tc.biasLine', { o, b: f(bias.data[o]) })} />
      </>
    );
  } else if (frame && running && frame.phase === 'stamp') {
    const [c, iy, ix] = frame.source;
    const current = terms[frame.termIndex];
    // Only the current output channel's products: at most kH·kW lines.
    const shown = terms.map((term, i) => ({ term, i })).filter(({ term }) => term.o === current.o);
    const plane = g.outH * g.outW;
    const after = current.inside ? running.output.data[current.o * plane + current.oy * g.outW + current.ox] : 0;
    body = (
      <>
        <h2 className="calc-title">{t('tc.stampHead', { c, y: iy, x: ix, v: f(xAt(c, iy, ix)), o: current.o })}</h2>
        <ol className={styles.stampTerms}>
          {shown.map(({ term, i }) => {
            const state = i === frame.termIndex ? 'term-current' : i > frame.termIndex ? 'term-pending' : '';
            return (
              <li key={i} className={state || undefined} aria-current={i === frame.termIndex ? 'step' : undefined}>
                {line(frame.source, term)}
              </li>
            );
          })}
        </ol>
        <p className="calc-total" data-testid="scatter-partial">
          {current.inside
            ? t('tc.partialCell', { out: `${current.o}, ${current.oy}, ${current.ox}`, before: f(after - current.product), p: operand(current.product), after: f(after) })
            : t('tc.croppedNow', { padding: `${g.paddingH}${g.paddingH === g.paddingW ? '' : `×${g.paddingW}`}` })}
        </p>
      </>
    );
  }
  return (
    <section className="panel calc" aria-label={t('calc.hint')}>
      {body}
      <p className="calc-note">{pinned ? t('calc.pinned') : t('calc.hint')}</p>
    </section>
  );
}

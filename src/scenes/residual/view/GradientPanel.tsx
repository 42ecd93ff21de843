import { memo, useId, useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { formatCount } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { WRITTEN_TERMS, formatMagnitude, gradientIllustration, superscript } from '../gradient.ts';
import styles from './Residual.module.css';

const W = 380;
const H = 210;
const M = { top: 12, right: 14, bottom: 34, left: 48 };

/** A step between decade ticks that leaves at most about six of them. */
function decadeStep(span: number): number {
  for (const s of [1, 2, 5, 10, 20, 50]) if (span / s <= 6) return s;
  return 100;
}

/** Props of `GradientPanel`. */
export interface GradientPanelProps {
  layers: number;
  factor: number;
  onChange: (changes: { layers?: number; factor?: number }) => void;
}

/**
 * Why residual networks train: through N layers whose F each multiply the gradient by a, a plain stack
 * passes a^N back, a residual one (1 + a)^N, whose expansion over the 2^N paths always holds the 1 of
 * the path through every skip. Two sliders, the two products, the first terms of the expansion and a
 * chart of both against the number of layers gone back (log scale).
 */
export const GradientPanel = memo(function GradientPanel({ layers, factor, onChange }: GradientPanelProps) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const id = useId();
  const g = useMemo(() => gradientIllustration(layers, factor), [layers, factor]);
  const n = (v: number) => formatCount(v, lang);
  const mag = (v: number) => formatMagnitude(v, n);
  const a = String(Number(factor.toFixed(2)));
  const chart = useMemo(() => {
    const log = (v: number) => Math.log10(v);
    const plainLow = factor === 0 ? -1 : layers * log(factor);
    const low = Math.min(plainLow, -1);
    const high = Math.max(layers * log(1 + factor), 1);
    // The axis starts at a labelled decade (the plain line ends on a tick) and always labels 10⁰ = 1.
    const step = decadeStep(high - low);
    const lo = Math.floor(low / step) * step;
    const hi = Math.ceil(high);
    const x = scaleLinear().domain([0, layers]).range([M.left, W - M.right]);
    const y = scaleLinear().domain([lo, hi]).range([H - M.bottom, M.top]);
    const ticks: number[] = [];
    for (let e = Math.ceil(lo / step) * step; e <= hi; e += step) ticks.push(e);
    const line = (values: number[]) => values.map((v, k) => `${x(k).toFixed(1)},${y(v === 0 ? lo : Math.max(lo, log(v))).toFixed(1)}`).join(' ');
    return { x, y, ticks, plain: line(g.plain), residual: line(g.residual), xTicks: x.ticks(Math.min(5, layers)) };
  }, [g, layers, factor]);
  const first = g.terms.filter((term) => term.k < Math.min(WRITTEN_TERMS, layers) && term.k !== layers);
  const last = g.terms[g.terms.length - 1];
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="res-gradient">
      <h2 id={`${id}-title`}>{t('res.gradTitle')}</h2>
      <p className="calc-note">{t('res.grad.intro')}</p>
      <div className={styles.sliders}>
        <div className="field">
          <label htmlFor={`${id}-n`}>
            {t('res.grad.layers')} · layers = <strong>{layers}</strong>
          </label>
          <input id={`${id}-n`} type="range" min={1} max={100} step={1} value={layers} onChange={(e) => onChange({ layers: Number(e.target.value) })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-a`}>
            {t('res.grad.factor')} · factor = <strong>{a}</strong>
          </label>
          <input id={`${id}-a`} type="range" min={0} max={1} step={0.05} value={factor} onChange={(e) => onChange({ factor: Number(e.target.value) })} />
        </div>
      </div>
      <p className={styles.gradPlain} data-testid="res-grad-plain">
        {t('res.grad.plain', { power: `${a}${superscript(layers)}`, value: mag(g.plain[layers]) })}
      </p>
      <p className={styles.gradResidual} data-testid="res-grad-residual">
        {t('res.grad.residual', { power: `(1 + ${a})${superscript(layers)}`, value: mag(g.residual[layers]) })}
      </p>
      <p className="calc-note">{t('res.grad.paths', { paths: mag(g.paths) })}</p>
      <ul className={styles.terms} data-testid="res-grad-terms">
        {first.map((term) => (
          <li key={term.k}>{term.k === 0 ? t('res.grad.term0') : t('res.grad.term', { k: term.k, paths: n(term.paths), each: mag(term.each), total: mag(term.total) })}</li>
        ))}
        {layers > WRITTEN_TERMS && <li>{t('res.grad.more')}</li>}
        <li>{t('res.grad.termN', { k: last.k, each: mag(last.each) })}</li>
      </ul>
      <svg className={styles.chart} viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`${t('res.grad.chart')}: ${t('res.grad.legendPlain')} ${mag(g.plain[layers])}; ${t('res.grad.legendResidual')} ${mag(g.residual[layers])}`}>
        {chart.ticks.map((e) => (
          <g key={e} className={styles.tick}>
            <line x1={M.left} x2={W - M.right} y1={chart.y(e)} y2={chart.y(e)} />
            <text x={M.left - 6} y={chart.y(e)} dy="0.35em" textAnchor="end">{`10${superscript(e)}`}</text>
          </g>
        ))}
        {chart.xTicks.map((k) => (
          <text key={k} className={styles.tickText} x={chart.x(k)} y={H - M.bottom + 16} textAnchor="middle">{k}</text>
        ))}
        <text className={styles.tickText} x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle">{t('res.grad.axis')}</text>
        <polyline className={styles.linePlain} points={chart.plain} />
        <polyline className={styles.lineResidual} points={chart.residual} />
      </svg>
      <ul className={styles.legend}>
        <li className={styles.legendPlain}>{t('res.grad.legendPlain')}</li>
        <li className={styles.legendResidual}>{t('res.grad.legendResidual')}</li>
      </ul>
      <p className="calc-note">{t('res.grad.caveat')}</p>
    </section>
  );
});

import { memo, useId, useMemo, useState } from 'react';
import { scaleLog } from 'd3-scale';
import { formatCount } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { trendPoints } from '../model.ts';
import type { TrendPoint } from '../model.ts';
import { NETWORKS } from '../table.ts';
import type { NetworkId } from '../table.ts';
import styles from './networks.module.css';

const W = 380;
const H = 300;
const M = { top: 12, right: 12, bottom: 42, left: 50 };

/**
 * Where each label sits beside its point (in chart units), so that close networks do not overlap (the
 * points are the same eight at 224×224 whatever the setting); `below` writes the year under the name.
 */
const LABELS: Record<NetworkId, { dx: number; dy: number; anchor: 'start' | 'end'; below?: boolean }> = {
  alexnet: { dx: 10, dy: 4, anchor: 'start' },
  vgg16: { dx: -10, dy: 4, anchor: 'end' },
  googlenet: { dx: 10, dy: 6, anchor: 'start' },
  resnet18: { dx: -10, dy: -2, anchor: 'end' },
  resnet50: { dx: 10, dy: 4, anchor: 'start' },
  squeezenet1_0: { dx: 10, dy: 5, anchor: 'start' },
  mobilenet_v2: { dx: 10, dy: 5, anchor: 'start' },
  shufflenet_v2_x1_0: { dx: -42, dy: 18, anchor: 'start', below: true },
};

/** `10^k` written short: 1 M, 10 M, 100 M, 1 G, 10 G. */
function decade(v: number): string {
  const k = Math.round(Math.log10(v));
  const unit = k >= 9 ? 'G' : k >= 6 ? 'M' : 'k';
  const base = k >= 9 ? 9 : k >= 6 ? 6 : 3;
  return `${10 ** (k - base)} ${unit}`;
}

/** The decades a log scale's domain spans. */
function decades(domain: number[]): number[] {
  const out: number[] = [];
  for (let k = Math.ceil(Math.log10(domain[0])); k <= Math.floor(Math.log10(domain[1])); k++) out.push(10 ** k);
  return out;
}

/**
 * The trend from huge networks to light ones: parameters against MACs on log–log scales (d3's scales,
 * drawn by React), one point per network at 3×224×224, labelled with its name and year. Pointing at a
 * point (or focusing it) writes out its numbers; clicking it opens that network's table.
 */
export const TrendChart = memo(function TrendChart({ current, onOpen }: { current: NetworkId; onOpen: (id: NetworkId) => void }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const id = useId();
  const [pointed, setPointed] = useState<NetworkId | null>(null);
  const points = trendPoints();
  const { x, y } = useMemo(() => {
    const macs = points.map((p) => p.macs);
    const params = points.map((p) => p.params);
    return {
      x: scaleLog().domain([Math.min(...macs) / 2.5, Math.max(...macs) * 1.6]).range([M.left, W - M.right]),
      y: scaleLog().domain([Math.min(...params) / 3, Math.max(...params) * 1.6]).range([H - M.bottom, M.top]),
    };
  }, [points]);
  const describe = (p: TrendPoint) => t('net.trend.point', { name: NETWORKS[p.id].title, year: p.year, params: formatCount(p.params, lang), macs: formatCount(p.macs, lang) });
  const shown = points.find((p) => p.id === (pointed ?? current));
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="net-trend">
      <h2 id={`${id}-title`}>{t('net.trend.title')}</h2>
      <svg className={styles.trend} viewBox={`0 0 ${W} ${H}`} width="100%" aria-labelledby={`${id}-chart`}>
        <title id={`${id}-chart`}>{t('net.trend.chart')}</title>
        {decades(x.domain()).map((v) => (
          <g key={`x${v}`} className={styles.tick}>
            <line x1={x(v)} x2={x(v)} y1={M.top} y2={H - M.bottom} />
            <text x={x(v)} y={H - M.bottom + 15} textAnchor="middle">
              {decade(v)}
            </text>
          </g>
        ))}
        {decades(y.domain()).map((v) => (
          <g key={`y${v}`} className={styles.tick}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
            <text x={M.left - 5} y={y(v)} dy="0.35em" textAnchor="end">
              {decade(v)}
            </text>
          </g>
        ))}
        <text className={styles.axisLabel} x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle">
          {t('net.trend.x')}
        </text>
        <text className={styles.axisLabel} transform={`translate(12 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} textAnchor="middle">
          {t('net.trend.y')}
        </text>
        {points.map((p) => {
          const label = LABELS[p.id];
          const cx = x(p.macs);
          const cy = y(p.params);
          const on = p.id === current;
          return (
            <a
              key={p.id}
              href={`#/networks?model=${p.id}`}
              className={on ? `${styles.point} ${styles.pointCurrent}` : styles.point}
              aria-label={`${describe(p)}${on ? ` (${t('net.trend.current')})` : ''}`}
              aria-current={on || undefined}
              data-network={p.id}
              onClick={(e) => {
                e.preventDefault();
                onOpen(p.id);
              }}
              onPointerEnter={() => setPointed(p.id)}
              onPointerLeave={() => setPointed(null)}
              onFocus={() => setPointed(p.id)}
              onBlur={() => setPointed(null)}
            >
              <circle className={styles.hit} cx={cx} cy={cy} r={13} />
              <circle className={styles.dot} cx={cx} cy={cy} r={on ? 7 : 5.5} />
              {label.below ? (
                <text x={cx + label.dx} y={cy + label.dy} textAnchor={label.anchor}>
                  {NETWORKS[p.id].title}
                  <tspan x={cx + label.dx} dy="1.15em">
                    {p.year}
                  </tspan>
                </text>
              ) : (
                <text x={cx + label.dx} y={cy + label.dy} textAnchor={label.anchor}>{`${NETWORKS[p.id].title} ${p.year}`}</text>
              )}
            </a>
          );
        })}
      </svg>
      <p className={styles.trendReadout} data-testid="net-trend-readout" aria-live="polite">
        {shown ? describe(shown) : t('net.trend.hint')}
      </p>
      <p className="calc-note">{t('net.trend.note')}</p>
    </section>
  );
});

import { formatValue } from '../../../i18n/format.ts';
import { channelColor } from '../../../components/channelColors.ts';
import styles from './ExcitationChart.module.css';

/** Props of `ExcitationChart`: the three vectors of the block (all channels) and how far each is revealed (0–1). */
export interface ExcitationChartProps {
  squeeze: Float32Array;
  hidden: Float32Array;
  scale: Float32Array;
  /** Bars are drawn for the first `drawn` channels and the first `drawn` hidden units; the rest are summarised. */
  drawn: number;
  shown: [number, number, number];
  focus: number | null;
  /** "+ n more" under a column whose bars are not all drawn. */
  more: (n: number) => string;
  /** The three column heads (squeeze, after ReLU, after sigmoid) and the chart's accessible name, in the learner's language. */
  heads: readonly [string, string, string];
  label: string;
}

const W = 360;
const ROW = 16;
const TOP = 20;
const AXIS = 26;
const COLS = [30, 150, 262] as const;
const WIDTHS = [70, 60, 90] as const;

function maxOf(v: Float32Array): number {
  let m = 1e-6;
  for (let i = 0; i < v.length; i++) if (v[i] > m) m = v[i];
  return m;
}

const r1 = (v: number) => formatValue(Math.round(v * 10) / 10);

/**
 * The excitation as three columns of bars: the squeezed means (C), the hidden units after ReLU (C/r),
 * the weights after the sigmoid (C, in 0–1); faint lines are the two fully connected layers. The frame
 * (column heads, axes with their ranges, channel labels) is there from the first step; the bars fade in.
 * At most `drawn` rows per column, so 2,048 channels stay legible; the axes span every channel.
 */
export function ExcitationChart({ squeeze, hidden, scale, drawn, shown, focus, more, heads, label }: ExcitationChartProps) {
  const C = squeeze.length;
  const Hn = hidden.length;
  const Cd = Math.min(C, drawn);
  const Hd = Math.min(Hn, drawn);
  const rows = Math.max(Cd, Hd);
  const rest = C > Cd || Hn > Hd ? ROW : 0;
  const bottom = TOP + rows * ROW + rest;
  const height = bottom + AXIS;
  const maxS = maxOf(squeeze);
  const maxH = maxOf(hidden);
  const y = (i: number, n: number) => TOP + (i + 0.5) * ((rows * ROW) / n);
  const ranges = [r1(maxS), r1(maxH), '1'];
  return (
    <svg className={styles.chart} viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label={label}>
      {COLS.map((x, k) => (
        <text key={`head${k}`} x={x} y={12} className={styles.chartHead}>{heads[k]}</text>
      ))}
      {COLS.map((x, k) => (
        <g key={`axis${k}`} className={styles.chartAxis}>
          <line x1={x} y1={TOP - 4} x2={x} y2={bottom} />
          <line x1={x} y1={bottom} x2={x + WIDTHS[k]} y2={bottom} />
          <text x={x} y={bottom + 14} textAnchor="middle">0</text>
          <text x={x + WIDTHS[k]} y={bottom + 14} textAnchor="middle">{ranges[k]}</text>
        </g>
      ))}
      {Array.from({ length: Cd }, (_, c) => (
        <text key={`l${c}`} x={COLS[0] - 4} y={y(c, Cd)} dy="0.35em" textAnchor="end" className={styles.chartLabel}>
          {c}
        </text>
      ))}
      <g opacity={shown[1] * 0.25}>
        {Array.from({ length: Cd }, (_, c) =>
          Array.from({ length: Hd }, (_, h) => <line key={`a${c}-${h}`} x1={COLS[0] + WIDTHS[0] + 8} y1={y(c, Cd)} x2={COLS[1]} y2={y(h, Hd)} className={styles.fcLine} />),
        )}
        {Array.from({ length: Hd }, (_, h) =>
          Array.from({ length: Cd }, (_, c) => <line key={`b${c}-${h}`} x1={COLS[1] + WIDTHS[1] + 8} y1={y(h, Hd)} x2={COLS[2]} y2={y(c, Cd)} className={styles.fcLine} />),
        )}
      </g>
      {Array.from({ length: Cd }, (_, c) => (
        <g key={`s${c}`} opacity={shown[0]} className={focus === c ? styles.chartFocus : undefined}>
          <rect x={COLS[0]} y={y(c, Cd) - 5} width={(squeeze[c] / maxS) * WIDTHS[0]} height={10} fill={channelColor(c)} />
        </g>
      ))}
      {Array.from({ length: Hd }, (_, h) => (
        <rect key={`h${h}`} opacity={shown[1]} x={COLS[1]} y={y(h, Hd) - 5} width={(hidden[h] / maxH) * WIDTHS[1]} height={10} className={styles.hiddenBar} />
      ))}
      {Array.from({ length: Cd }, (_, c) => (
        <g key={`w${c}`} opacity={shown[2]} className={focus === c ? styles.chartFocus : undefined}>
          <rect x={COLS[2]} y={y(c, Cd) - 5} width={scale[c] * WIDTHS[2]} height={10} fill={channelColor(c)} />
          <rect x={COLS[2]} y={y(c, Cd) - 5} width={WIDTHS[2]} height={10} className={styles.weightFrame} />
        </g>
      ))}
      {C > Cd && (
        <>
          <text x={COLS[0] + 2} y={bottom - 4} className={styles.chartLabel}>{more(C - Cd)}</text>
          <text x={COLS[2] + 2} y={bottom - 4} className={styles.chartLabel}>{more(C - Cd)}</text>
        </>
      )}
      {Hn > Hd && (
        <text x={COLS[1] + 2} y={bottom - 4} className={styles.chartLabel}>{more(Hn - Hd)}</text>
      )}
    </svg>
  );
}

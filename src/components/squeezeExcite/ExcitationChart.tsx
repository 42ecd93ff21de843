import { channelColor } from '../channelColors.ts';

/** Props of `ExcitationChart`: the three vectors of the block and how far each is revealed (0–1). */
export interface ExcitationChartProps {
  squeeze: Float32Array;
  hidden: Float32Array;
  scale: Float32Array;
  shown: [number, number, number];
  focus: number | null;
}

const W = 360;
const ROW = 16;

/**
 * The excitation as three columns of bars: the squeezed means (C), the hidden units after ReLU (C/r),
 * the weights after the sigmoid (C, in 0–1); faint lines are the two fully connected layers.
 */
export function ExcitationChart({ squeeze, hidden, scale, shown, focus }: ExcitationChartProps) {
  const C = squeeze.length;
  const Hn = hidden.length;
  const height = Math.max(C, Hn) * ROW + 24;
  const maxS = Math.max(1e-6, ...squeeze);
  const maxH = Math.max(1e-6, ...hidden);
  const y = (i: number, n: number) => 20 + (i + 0.5) * ((height - 24) / n);
  const cols = [10, 150, 260];
  return (
    <svg className="excitation" viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label="squeeze → FC → ReLU → FC → sigmoid">
      <text x={cols[0]} y={12} className="chart-head">squeeze</text>
      <text x={cols[1]} y={12} className="chart-head">ReLU</text>
      <text x={cols[2]} y={12} className="chart-head">sigmoid</text>
      <g opacity={shown[1] * 0.25}>
        {Array.from({ length: C }, (_, c) =>
          Array.from({ length: Hn }, (_, h) => <line key={`a${c}-${h}`} x1={cols[0] + 80} y1={y(c, C)} x2={cols[1]} y2={y(h, Hn)} className="fc-line" />),
        )}
        {Array.from({ length: Hn }, (_, h) =>
          Array.from({ length: C }, (_, c) => <line key={`b${c}-${h}`} x1={cols[1] + 70} y1={y(h, Hn)} x2={cols[2]} y2={y(c, C)} className="fc-line" />),
        )}
      </g>
      {Array.from({ length: C }, (_, c) => (
        <g key={`s${c}`} opacity={shown[0]} className={focus === c ? 'chart-focus' : undefined}>
          <rect x={cols[0]} y={y(c, C) - 5} width={(squeeze[c] / maxS) * 70} height={10} fill={channelColor(c)} />
        </g>
      ))}
      {Array.from({ length: Hn }, (_, h) => (
        <rect key={`h${h}`} opacity={shown[1]} x={cols[1]} y={y(h, Hn) - 5} width={(hidden[h] / maxH) * 60} height={10} className="hidden-bar" />
      ))}
      {Array.from({ length: C }, (_, c) => (
        <g key={`w${c}`} opacity={shown[2]} className={focus === c ? 'chart-focus' : undefined}>
          <rect x={cols[2]} y={y(c, C) - 5} width={scale[c] * 90} height={10} fill={channelColor(c)} />
          <rect x={cols[2]} y={y(c, C) - 5} width={90} height={10} className="bar-frame" />
        </g>
      ))}
    </svg>
  );
}

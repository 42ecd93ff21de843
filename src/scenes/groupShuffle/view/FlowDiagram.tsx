import { channelColor } from '../../../components/channelColors.ts';
import styles from './GroupShuffle.module.css';

/** Props of `FlowDiagram`. */
export interface FlowDiagramProps {
  inChannels: number;
  channels: number;
  groups: number;
  shuffle: boolean;
  order: number[];
  /** The output channel of the second conv whose paths are traced, if any. */
  focus: number | null;
  onFocus: (o: number | null) => void;
  labels: { input: string; conv1: string; shuffled: string; conv2: string };
  /** Presenter mode: dots, rows and margins for labels at twice the font (the columns stay about as far apart). */
  present?: boolean;
}

/** Row gap, column step, dot radius, top of the first row, heads' baseline, left margin: as drawn, and presented. */
const SIZES = { GAP: 34, COL: 150, R: 11, TOP: 40, HEAD: 16, LEFT: 20 };
const PRESENT_SIZES = { GAP: 52, COL: 170, R: 22, TOP: 56, HEAD: 28, LEFT: 44 };

/**
 * Two stacked group convolutions as channel columns joined by their connections, with the shuffle
 * between them drawn as a permutation. Pointing at a final output channel traces every path back to
 * the input: without a shuffle they stay inside one group.
 */
export function FlowDiagram({ inChannels, channels, groups, shuffle, order, focus, onFocus, labels, present = false }: FlowDiagramProps) {
  const { GAP, COL, R, TOP, HEAD, LEFT } = present ? PRESENT_SIZES : SIZES;
  const inPer = inChannels / groups;
  const per = channels / groups;
  const rows = Math.max(inChannels, channels);
  const height = rows * GAP + TOP;
  const y = (i: number, n: number) => TOP + (i + 0.5) * ((rows * GAP) / n);
  const x = [LEFT, LEFT + COL, LEFT + 2 * COL, LEFT + 3 * COL];
  const perm = shuffle ? order : order.map((_, k) => k);
  // Traced paths: conv2 output → its group's positions → the conv1 channels there → their inputs.
  const positions = focus === null ? null : new Set(Array.from({ length: per }, (_, j) => Math.floor(focus / per) * per + j));
  const mids = positions === null ? null : new Set([...positions].map((k) => perm[k]));
  const inputs = mids === null ? null : new Set([...mids].flatMap((m) => Array.from({ length: inPer }, (_, j) => Math.floor(m / per) * inPer + j)));
  const lit = (on: boolean | undefined) => (focus === null ? styles.line : on ? `${styles.line} ${styles.lit}` : `${styles.line} ${styles.dim}`);
  const lines = [];
  for (let i = 0; i < inChannels; i++) {
    for (let o = 0; o < channels; o++) {
      if (Math.floor(i / inPer) !== Math.floor(o / per)) continue;
      lines.push(<line key={`a${i}-${o}`} x1={x[0]} y1={y(i, inChannels)} x2={x[1]} y2={y(o, channels)} className={lit(mids?.has(o) && inputs?.has(i))} />);
    }
  }
  perm.forEach((from, k) => {
    lines.push(<line key={`s${k}`} x1={x[1]} y1={y(from, channels)} x2={x[2]} y2={y(k, channels)} className={lit(positions?.has(k))} />);
  });
  for (let k = 0; k < channels; k++) {
    for (let o = 0; o < channels; o++) {
      if (Math.floor(k / per) !== Math.floor(o / per)) continue;
      lines.push(<line key={`b${k}-${o}`} x1={x[2]} y1={y(k, channels)} x2={x[3]} y2={y(o, channels)} className={lit(o === focus)} />);
    }
  }
  const dot = (key: string, cx: number, cy: number, color: string, label: number, onEnter?: () => void) => (
    <g key={key} onMouseEnter={onEnter}>
      <circle cx={cx} cy={cy} r={R} fill={color} className={styles.dot} />
      <text x={cx} y={cy} dy="0.35em" textAnchor="middle" className={styles.label}>
        {label}
      </text>
    </g>
  );
  return (
    <svg className={styles.flow} viewBox={`0 0 ${x[3] + 2 * LEFT} ${height}`} width={x[3] + 2 * LEFT} height={height} role="img" aria-label={`${labels.input} → ${labels.conv1} → ${labels.shuffled} → ${labels.conv2}`} onMouseLeave={() => onFocus(null)}>
      {[labels.input, labels.conv1, labels.shuffled, labels.conv2].map((text, c) => (
        <text key={text} x={x[c]} y={HEAD} textAnchor="middle" className={styles.head}>
          {c === 2 && !shuffle ? '—' : text}
        </text>
      ))}
      {lines}
      {Array.from({ length: inChannels }, (_, i) => dot(`i${i}`, x[0], y(i, inChannels), channelColor(Math.floor(i / inPer)), i))}
      {Array.from({ length: channels }, (_, o) => dot(`m${o}`, x[1], y(o, channels), channelColor(Math.floor(o / per)), o))}
      {perm.map((from, k) => dot(`p${k}`, x[2], y(k, channels), channelColor(Math.floor(from / per)), from))}
      {Array.from({ length: channels }, (_, o) => dot(`o${o}`, x[3], y(o, channels), focus === o ? 'var(--current)' : '#d9d9de', o, () => onFocus(o)))}
    </svg>
  );
}

import { channelColor } from '../../../components/channelColors.ts';
import styles from './GroupShuffle.module.css';

/** Props of `GroupFlow`: the setting, the shuffle order of all O channels, the traced conv-2 group. */
export interface GroupFlowProps {
  inChannels: number;
  channels: number;
  groups: number;
  shuffle: boolean;
  order: readonly number[];
  /** Groups drawn one node each; the others share one node "…". */
  drawn: number;
  /** The group of conv 2 whose paths are traced, if any. */
  focus: number | null;
  /** reachOfGroup[G]: the input groups that reach conv 2's group G. */
  reachOfGroup: readonly (readonly number[])[];
  onFocus: (group: number | null) => void;
  labels: { input: string; conv1: string; shuffled: string; conv2: string };
  /** Presenter mode: nodes, rows and margins for labels at twice the font. */
  present?: boolean;
}

/** Row gap, column step, node size, top of the first row, heads' baseline, margin: as drawn, and presented. */
const SIZES = { GAP: 40, COL: 150, NODE_W: 72, NODE_H: 24, TOP: 40, HEAD: 16, MARGIN: 20 };
const PRESENT_SIZES = { GAP: 60, COL: 170, NODE_W: 124, NODE_H: 42, TOP: 56, HEAD: 28, MARGIN: 10 };

/** "16–31", or "5" for a one-channel group. */
export function rangeLabel(group: number, per: number): string {
  return per === 1 ? String(group) : `${group * per}–${(group + 1) * per - 1}`;
}

/**
 * Two stacked group convolutions drawn by group, for widths too large to draw channel by channel: each
 * node is a group (its channel range), groups past `drawn` are one node "…". A conv joins a group only to
 * itself; the shuffle joins conv-1 group a to position group b whenever a channel of a lands in b. Pointing
 * at a conv-2 group traces its paths back. Lines come from one O(C) pass over the order.
 */
export function GroupFlow({ inChannels, channels, groups, shuffle, order, drawn, focus, reachOfGroup, onFocus, labels, present = false }: GroupFlowProps) {
  const { GAP, COL, NODE_W, NODE_H, TOP, HEAD, MARGIN } = present ? PRESENT_SIZES : SIZES;
  const inPer = inChannels / groups;
  const per = channels / groups;
  const D = Math.min(groups, drawn);
  const rows = D + (groups > D ? 1 : 0);
  const node = (group: number) => Math.min(group, D);
  const height = rows * GAP + TOP;
  const y = (r: number) => TOP + (r + 0.5) * GAP;
  const x = [MARGIN + NODE_W / 2, MARGIN + NODE_W / 2 + COL, MARGIN + NODE_W / 2 + 2 * COL, MARGIN + NODE_W / 2 + 3 * COL];
  const pairs = new Set<number>();
  for (let k = 0; k < channels; k++) {
    const from = shuffle ? order[k] : k;
    pairs.add(node(Math.floor(from / per)) * rows + node(Math.floor(k / per)));
  }
  const reach = focus === null ? null : new Set(reachOfGroup[focus].map(node));
  const lit = (on: boolean) => (focus === null ? styles.line : on ? `${styles.line} ${styles.lit}` : `${styles.line} ${styles.dim}`);
  const label = (r: number, p: number) => (r < D ? rangeLabel(r, p) : '…');
  const box = (key: string, cx: number, r: number, color: string, text: string, onEnter?: () => void) => (
    <g key={key} onMouseEnter={onEnter} data-group={r < D ? r : 'rest'}>
      <rect x={cx - NODE_W / 2} y={y(r) - NODE_H / 2} width={NODE_W} height={NODE_H} rx={6} fill={color} className={styles.node} />
      <text x={cx} y={y(r)} dy="0.35em" textAnchor="middle" className={styles.label}>
        {text}
      </text>
    </g>
  );
  const rowsList = Array.from({ length: rows }, (_, r) => r);
  const color = (r: number) => (r < D ? channelColor(r) : '#d9d9de');
  return (
    <svg
      className={styles.flow}
      viewBox={`0 0 ${x[3] + NODE_W / 2 + MARGIN} ${height}`}
      width={x[3] + NODE_W / 2 + MARGIN}
      height={height}
      role="img"
      aria-label={`${labels.input} → ${labels.conv1} → ${labels.shuffled} → ${labels.conv2}`}
      onMouseLeave={() => onFocus(null)}
    >
      {[labels.input, labels.conv1, labels.shuffled, labels.conv2].map((text, c) => (
        <text key={text} x={x[c]} y={HEAD} textAnchor="middle" className={styles.head}>
          {c === 2 && !shuffle ? '—' : text}
        </text>
      ))}
      {rowsList.map((r) => (
        <line key={`a${r}`} x1={x[0]} y1={y(r)} x2={x[1]} y2={y(r)} className={lit(reach?.has(r) ?? false)} />
      ))}
      {[...pairs].map((p) => {
        const a = Math.floor(p / rows);
        const b = p % rows;
        return <line key={`s${p}`} x1={x[1]} y1={y(a)} x2={x[2]} y2={y(b)} className={lit(focus !== null && b === node(focus) && (reach?.has(a) ?? false))} />;
      })}
      {rowsList.map((r) => (
        <line key={`b${r}`} x1={x[2]} y1={y(r)} x2={x[3]} y2={y(r)} className={lit(focus !== null && r === node(focus))} />
      ))}
      {rowsList.map((r) => box(`i${r}`, x[0], r, color(r), label(r, inPer)))}
      {rowsList.map((r) => box(`m${r}`, x[1], r, color(r), label(r, per)))}
      {rowsList.map((r) => box(`p${r}`, x[2], r, '#d9d9de', label(r, per)))}
      {rowsList.map((r) => box(`o${r}`, x[3], r, focus === r ? 'var(--current)' : '#d9d9de', label(r, per), r < D ? () => onFocus(r) : undefined))}
    </svg>
  );
}

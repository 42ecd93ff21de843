import { channelColor } from '../../../components/channelColors.ts';
import { rangeLabel } from './GroupFlow.tsx';
import styles from './GroupShuffle.module.css';

/** Props of `GroupMatrix`. */
export interface GroupMatrixProps {
  inChannels: number;
  outChannels: number;
  groups: number;
  /** Channel by channel (small widths) or one cell per pair of groups. */
  detail: boolean;
  /** In group view, groups past `drawn` share one row and one column "…". */
  drawn: number;
  label: string;
  /** Presenter mode: cells and heads for numbers at twice the font. */
  present?: boolean;
}

/** Cell (channel view), block (group view), row heads' width, column heads' height: as drawn, and presented. */
const SIZES = { M: 22, B: 58, LEFT: 74, TOP: 22 };
const PRESENT_SIZES = { M: 40, B: 100, LEFT: 140, TOP: 36 };

/**
 * The connection matrix of a group convolution: rows input channels, columns output channels (filters),
 * on where both are in the same group, so the groups are diagonal blocks. At small widths every channel
 * is a cell; otherwise every cell is a pair of groups labelled by channel range, and the diagonal blocks
 * say how many connections they hold.
 */
export function GroupMatrix({ inChannels: I, outChannels: O, groups: g, detail, drawn, label, present = false }: GroupMatrixProps) {
  const { M, B, LEFT, TOP } = present ? PRESENT_SIZES : SIZES;
  const inPer = I / g;
  const outPer = O / g;
  if (detail) {
    return (
      <svg className={styles.matrix} width={(O + 1) * M + 10} height={(I + 1) * M + 10} viewBox={`0 0 ${(O + 1) * M + 10} ${(I + 1) * M + 10}`} role="img" aria-label={label}>
        {Array.from({ length: O }, (_, o) => (
          <text key={`c${o}`} x={(o + 1.5) * M} y={M * 0.7} textAnchor="middle" className={styles.head}>
            {o}
          </text>
        ))}
        {Array.from({ length: I }, (_, i) => (
          <g key={i}>
            <text x={M * 0.5} y={(i + 1.5) * M} dy="0.35em" textAnchor="middle" className={styles.head}>
              {i}
            </text>
            {Array.from({ length: O }, (_, o) => {
              const on = Math.floor(i / inPer) === Math.floor(o / outPer);
              return <rect key={o} x={(o + 1) * M} y={(i + 1) * M} width={M - 2} height={M - 2} fill={on ? channelColor(Math.floor(o / outPer)) : 'none'} className={on ? styles.connected : styles.unconnected} />;
            })}
          </g>
        ))}
      </svg>
    );
  }
  const D = Math.min(g, drawn);
  const n = D + (g > D ? 1 : 0);
  const cells = Array.from({ length: n }, (_, r) => r);
  const head = (r: number, per: number) => (r < D ? rangeLabel(r, per) : '…');
  return (
    <svg className={styles.matrix} width={LEFT + n * B + 4} height={TOP + n * B + 4} viewBox={`0 0 ${LEFT + n * B + 4} ${TOP + n * B + 4}`} role="img" aria-label={label}>
      {cells.map((c) => (
        <text key={`c${c}`} x={LEFT + (c + 0.5) * B} y={TOP * 0.7} textAnchor="middle" className={styles.head}>
          {head(c, outPer)}
        </text>
      ))}
      {cells.map((r) => (
        <g key={r}>
          <text x={LEFT - 6} y={TOP + (r + 0.5) * B} dy="0.35em" textAnchor="end" className={styles.head}>
            {head(r, inPer)}
          </text>
          {cells.map((c) => {
            const x = LEFT + c * B;
            const y = TOP + r * B;
            if (r !== c) return <rect key={c} x={x} y={y} width={B - 3} height={B - 3} fill="none" className={styles.unconnected} />;
            // The "…" cell holds the other groups' diagonal blocks: drawn as their diagonal.
            if (r === D) return <line key={c} x1={x + 4} y1={y + 4} x2={x + B - 7} y2={y + B - 7} className={styles.rest} />;
            return (
              <g key={c}>
                <rect x={x} y={y} width={B - 3} height={B - 3} fill={channelColor(r)} className={styles.connected} />
                <text
                  x={x + (B - 3) / 2}
                  y={y + (B - 3) / 2}
                  dy="0.35em"
                  textAnchor="middle"
                  className={styles.label}
                  {...(`${inPer}×${outPer}`.length > 7 ? { textLength: B - 9, lengthAdjust: 'spacingAndGlyphs' } : {})}
                >
                  {inPer}×{outPer}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}

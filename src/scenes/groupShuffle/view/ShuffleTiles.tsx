import { shuffleFrame } from '../../../animations/shuffleFrames.ts';
import { channelColor } from '../../../components/channelColors.ts';
import styles from './GroupShuffle.module.css';

/** A tile's step, as drawn and presented (a channel number at twice the font). */
const TILE = 40;
const PRESENT_S = 60;

/** Props of `ShuffleTiles`: the shuffle of `channels` in `groups`, tiles for the first `rows` × `cols` of its table. */
export interface ShuffleTilesProps {
  channels: number;
  groups: number;
  position: number;
  label: string;
  /** Groups (table rows) and channels per group (table columns) drawn; all of them when omitted. */
  rows?: number;
  cols?: number;
  /** Presenter mode: larger tiles for numbers at twice the font. */
  present?: boolean;
}

/**
 * The shuffle itself: channel tiles in a row, reshaped into a groups × C/groups table, transposed, and
 * read off as the new order; each tile glides between phases and keeps its group's colour. For large
 * widths only the table's top-left `rows` × `cols` corner is drawn, labelled with the true channels:
 * the phases of that corner are the phases of the shuffle of rows·cols channels in `rows` groups, and
 * after flattening the corner's tiles keep their true relative order (position j·g + r for tile r, j).
 */
export function ShuffleTiles({ channels, groups, position, label, rows, cols, present = false }: ShuffleTilesProps) {
  const S = present ? PRESENT_S : TILE;
  const per = channels / groups;
  const gd = rows ?? groups;
  const md = cols ?? per;
  const n = gd * md;
  const places = shuffleFrame(n, gd, position);
  const tall = Math.max(gd, md);
  return (
    <svg className={styles.tiles} width={n * S + 8} height={tall * S + 8} viewBox={`-4 -4 ${n * S + 8} ${tall * S + 8}`} role="img" aria-label={label}>
      {places.map(([cx, cy], t) => {
        const group = Math.floor(t / md);
        const c = group * per + (t % md);
        return (
          <g key={c} transform={`translate(${cx * S},${cy * S})`} data-channel={c}>
            <rect width={S - 4} height={S - 4} rx={4} fill={channelColor(group)} className={styles.tile} />
            <text x={(S - 4) / 2} y={(S - 4) / 2} dy="0.35em" textAnchor="middle" className={styles.label}>
              {c}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

import { shuffleFrame } from '../../animations/shuffleFrames.ts';
import { channelColor } from '../channelColors.ts';

const S = 40;

/**
 * The shuffle itself: channel tiles in a row, reshaped into a groups × C/groups table, transposed, and
 * read off as the new order; each tile glides between phases and keeps its group's colour.
 */
export function ShuffleTiles({ channels, groups, position, label }: { channels: number; groups: number; position: number; label: string }) {
  const per = channels / groups;
  const places = shuffleFrame(channels, groups, position);
  const rows = Math.max(groups, per);
  return (
    <svg className="tiles" width={channels * S + 8} height={rows * S + 8} viewBox={`-4 -4 ${channels * S + 8} ${rows * S + 8}`} role="img" aria-label={label}>
      {places.map(([cx, cy], c) => (
        <g key={c} transform={`translate(${cx * S},${cy * S})`} data-channel={c}>
          <rect width={S - 4} height={S - 4} rx={4} fill={channelColor(Math.floor(c / per))} className="tile" />
          <text x={(S - 4) / 2} y={(S - 4) / 2} dy="0.35em" textAnchor="middle" className="tile-label">
            {c}
          </text>
        </g>
      ))}
    </svg>
  );
}

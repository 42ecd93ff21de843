import { memo, useMemo } from 'react';
import { colorScale } from '../../../components/colorScale.ts';
import { Grid } from '../../../components/Grid.tsx';
import { formatSigned } from '../../../i18n/format.ts';
import styles from './Inception.module.css';

/** How the padding ring of a deck reads: zeros (a convolution's padding) or −∞ (a max pool's). */
export type RingFill = 'zero' | 'minusInf';

/** Grid cell kind of a padding cell drawn inside the plane (Grid's KIND_CLASS: 2 = padding). */
const KIND_PAD = 2;

/** A drawn value: one decimal, a real minus, −∞ for a max pool's padding. */
export function formatCell(v: number): string {
  if (v === -Infinity) return '−∞';
  return formatSigned(Math.round(v * 10) / 10);
}

/** Props of `Deck`. */
export interface DeckProps {
  /** Accessible name and caption. */
  label: string;
  /** The front map (channel 0), H×W row-major. */
  values: Float32Array;
  rows: number;
  cols: number;
  /** How many channels the tensor has: drawn as that many sheets behind the front map (at most four). */
  channels: number;
  ring: number;
  fill: RingFill;
  cellSize: number;
  /** One mark per cell of the padded plane (MARK values). */
  marks?: Uint8Array;
  /** Inside cells computed so far (row-major); all when omitted. */
  filled?: number;
  pinned?: readonly [number, number] | null;
  /** Cells in map coordinates: the padding ring is −ring … −1 and H … H + ring − 1. */
  onHover: (y: number, x: number) => void;
  onSelect: (y: number, x: number) => void;
  onLeave: () => void;
  current?: boolean;
  pending?: boolean;
  testId?: string;
}

/** Sheets behind a map: one per power of four channels (1 → none, 192 → 4), at most four. */
export const sheetsOf = (channels: number) => Math.min(4, Math.ceil(Math.log(channels) / Math.log(4)));

/**
 * One tensor of the module drawn as a stack of maps: its channel 0 in front (numbers and colours), as
 * many sheets behind as its channel count suggests, and the padding ring its reader adds (zeros for a
 * convolution, −∞ for the max pool, drawn as a plane of its own so the ring reads −∞).
 */
export const Deck = memo(function Deck({ label, values, rows, cols, channels, ring, fill, cellSize, marks, filled, pinned, onHover, onSelect, onLeave, current, pending, testId }: DeckProps) {
  // A −∞ ring is drawn as part of the plane, marked as padding; a zero ring is the grid's own.
  const minusInf = fill === 'minusInf' && ring > 0;
  const plane = useMemo(() => {
    if (!minusInf) return null;
    const w = cols + 2 * ring;
    const h = rows + 2 * ring;
    const data = new Float32Array(h * w).fill(-Infinity);
    const kinds = new Uint8Array(h * w).fill(KIND_PAD);
    for (let y = 0; y < rows; y++) {
      for (let x = 0; x < cols; x++) {
        data[(y + ring) * w + x + ring] = values[y * cols + x];
        kinds[(y + ring) * w + x + ring] = 0;
      }
    }
    return { data, kinds };
  }, [minusInf, values, rows, cols, ring]);
  // Each map its own value scale (inputs run 0–9, outputs after ReLU a few units).
  const color = useMemo(() => colorScale(values), [values]);
  const shift = minusInf ? ring : 0;
  const classes = [styles.deck, styles[`sheets${sheetsOf(channels)}`], current && styles.deckCurrent, pending && styles.deckPending].filter(Boolean).join(' ');
  return (
    <div className={classes} data-testid={testId}>
      <Grid
        label={label}
        rows={rows + 2 * shift}
        cols={cols + 2 * shift}
        pad={minusInf || ring === 0 ? undefined : [ring, ring, ring, ring]}
        cellSize={cellSize}
        values={plane?.data ?? values}
        kinds={plane?.kinds}
        color={color}
        format={formatCell}
        marks={marks}
        filled={minusInf ? undefined : filled}
        pinned={pinned ? [pinned[0] + shift, pinned[1] + shift] : null}
        onHover={(r, c) => onHover(r - shift, c - shift)}
        onSelect={(r, c) => onSelect(r - shift, c - shift)}
        onLeave={onLeave}
      />
    </div>
  );
});

import { memo } from 'react';
import type { CSSProperties } from 'react';
import { Grid } from '../../../components/Grid.tsx';
import type { CellHandler } from '../../../components/Grid.tsx';
import styles from './Residual.module.css';

/** At most this many cards are drawn behind the front map, however many channels the tensor has. */
const CARDS = 3;
/** How far each card behind is shifted up and right (px). */
export const CARD_OFFSET = 6;

/** Props of `Deck`. */
export interface DeckProps {
  /** The front map's accessible name and caption ("bn1, channel 0 of 64"). */
  label: string;
  /** Channels of the tensor: the cards behind the front one stand for the others. */
  channels: number;
  rows: number;
  cols: number;
  cellSize: number;
  /** The front channel's values (rows × cols), or null before the step that computes them (empty cells). */
  values: ArrayLike<number> | null;
  color: (v: number) => string;
  format: (v: number) => string;
  marks?: Uint8Array;
  window?: { top: number; left: number; height: number; width: number } | null;
  pinned?: readonly [number, number] | null;
  onHover?: CellHandler;
  onSelect?: CellHandler;
  onLeave?: () => void;
  testId?: string;
}

/**
 * One tensor drawn as a deck of channel maps: its front channel as a grid of numbers, up to CARDS empty
 * cards behind it (shifted up and right) for its other channels.
 */
export const Deck = memo(function Deck({ label, channels, rows, cols, cellSize, values, color, format, marks, window, pinned, onHover, onSelect, onLeave, testId }: DeckProps) {
  const behind = Math.min(CARDS, channels - 1);
  const style = { '--deck-w': `${cols * cellSize}px`, '--deck-h': `${rows * cellSize}px`, '--deck-lift': `${behind * CARD_OFFSET}px`, paddingRight: behind * CARD_OFFSET } as CSSProperties;
  return (
    <div className={styles.deck} style={style} data-testid={testId}>
      {Array.from({ length: behind }, (_, i) => (
        <span key={i} className={styles.card} aria-hidden="true" style={{ transform: `translate(${(behind - i) * CARD_OFFSET}px, ${-(behind - i) * CARD_OFFSET}px)` }} />
      ))}
      <Grid
        label={label}
        rows={rows}
        cols={cols}
        cellSize={cellSize}
        values={values ?? new Float32Array(rows * cols)}
        filled={values === null ? 0 : undefined}
        color={color}
        format={format}
        marks={marks}
        window={window}
        pinned={pinned}
        onHover={onHover}
        onSelect={onSelect}
        onLeave={onLeave}
      />
    </div>
  );
});

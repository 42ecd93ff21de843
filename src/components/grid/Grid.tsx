import { memo } from 'react';
import type { KeyboardEvent } from 'react';

/** How a cell is marked: the tap being multiplied, the kernel window, a hover/pin link, a cell the hovered one feeds. */
export type CellMark = 'current' | 'window' | 'linked' | 'dim' | null;

/** Props of `Grid`: a rows × cols plane, optionally ringed by padding cells (row/column indices below 0 or past the end). */
export interface GridProps {
  /** Accessible name and visible caption, e.g. "input, channel 1". */
  label: string;
  /** The shape under the caption, e.g. "5×5". */
  shape: string;
  rows: number;
  cols: number;
  /** Padding cells drawn around the plane: [top, bottom, left, right]. */
  pad?: readonly [number, number, number, number];
  cellSize: number;
  /** The value of a cell inside the plane (row-major). */
  values: ArrayLike<number>;
  /** Background colour of a value. */
  color: (v: number) => string;
  /** Text of a value (one decimal place for fractions, none for whole numbers). */
  format: (v: number) => string;
  mark?: (r: number, c: number) => CellMark;
  /** Cells not yet computed are drawn empty (outputs filling in). */
  filled?: (r: number, c: number) => boolean;
  /** A window outline in plane coordinates (fractional while gliding). */
  window?: { top: number; left: number; height: number; width: number } | null;
  onHover?: (r: number, c: number) => void;
  onLeave?: () => void;
  onSelect?: (r: number, c: number) => void;
  /** The cell under the keyboard focus, drawn with a focus ring. */
  focus?: readonly [number, number] | null;
  onKeyDown?: (e: KeyboardEvent<SVGSVGElement>) => void;
}

const NO_PAD = [0, 0, 0, 0] as const;

/**
 * A grid of numbers drawn as SVG: a coloured square with its value in each cell, the padding ring as
 * dashed cells of zeros, marks for the kernel window and for hover links. React renders every rect
 * and text; the grid is one focusable element whose cells are chosen with the arrow keys.
 */
export const Grid = memo(function Grid(props: GridProps) {
  const { label, shape, rows, cols, cellSize: s, values, color, format, mark, filled, window, focus } = props;
  const [pt, pb, pl, pr] = props.pad ?? NO_PAD;
  const width = (cols + pl + pr) * s;
  const height = (rows + pt + pb) * s;
  const fontSize = Math.max(10, Math.min(s * 0.46, 30));
  const cells = [];
  for (let r = -pt; r < rows + pb; r++) {
    for (let c = -pl; c < cols + pr; c++) {
      const inside = r >= 0 && r < rows && c >= 0 && c < cols;
      const v = inside ? values[r * cols + c] : 0;
      const shown = !inside || (filled?.(r, c) ?? true);
      const m = mark?.(r, c) ?? null;
      const x = (c + pl) * s;
      const y = (r + pt) * s;
      cells.push(
        <g
          key={`${r},${c}`}
          className={`cell${inside ? '' : ' cell-pad'}${m ? ` cell-${m}` : ''}`}
          transform={`translate(${x},${y})`}
          onMouseEnter={props.onHover ? () => props.onHover?.(r, c) : undefined}
          onClick={props.onSelect ? () => props.onSelect?.(r, c) : undefined}
          data-row={r}
          data-col={c}
        >
          <rect width={s} height={s} fill={inside && shown ? color(v) : 'var(--pad-bg)'} />
          {shown && (
            <text x={s / 2} y={s / 2} dy="0.35em" fontSize={fontSize} textAnchor="middle">
              {format(v)}
            </text>
          )}
        </g>,
      );
    }
  }
  return (
    <figure className="grid-figure">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${label}, ${shape}`}
        tabIndex={props.onKeyDown ? 0 : undefined}
        onKeyDown={props.onKeyDown}
        onMouseLeave={props.onLeave}
        className="grid"
      >
        {cells}
        {window && (
          <rect
            className="grid-window"
            x={(window.left + pl) * s}
            y={(window.top + pt) * s}
            width={window.width * s}
            height={window.height * s}
          />
        )}
        {focus && <rect className="grid-focus" x={(focus[1] + pl) * s} y={(focus[0] + pt) * s} width={s} height={s} />}
      </svg>
      <figcaption>
        <span className="grid-label">{label}</span> <span className="grid-shape">{shape}</span>
      </figcaption>
    </figure>
  );
});

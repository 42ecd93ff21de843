import { memo, useMemo, useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { MARK } from '../animations/conv2dHighlights.ts';
import { indexGutter } from '../layout/gridMetrics.ts';

const NO_PAD = [0, 0, 0, 0] as const;
const MARK_CLASS = ['', ' cell-window', ' cell-current', ' cell-linked', ' cell-skipped'];
/** Cell kinds of a gather grid (engine's GATHER_CELL): input, inserted zero, padding, output padding. */
const KIND_CLASS = ['', ' cell-inserted', ' cell-pad', ' cell-outpad'];

/** What a grid reports when the pointer enters or clicks a cell (row/column may lie on the padding ring). */
export type CellHandler = (row: number, col: number) => void;

/** Props of `Grid`. */
export interface GridProps {
  /** Accessible name and caption, e.g. "input, channel 1". */
  label: string;
  rows: number;
  cols: number;
  /** Padding cells around the plane: [top, bottom, left, right]. */
  pad?: readonly [number, number, number, number];
  cellSize: number;
  /** rows × cols values, row-major. */
  values: ArrayLike<number>;
  /** Background colour of a value. */
  color: (v: number) => string;
  format: (v: number) => string;
  /** One mark per cell including the padding ring (see `MARK`), row-major over the padded plane. */
  marks?: Uint8Array;
  /** Cells computed so far, in row-major order (outputs fill in); all when omitted. */
  filled?: number;
  /** A kind per inside cell (see KIND_CLASS): zeros inserted between input cells, padding drawn inside the plane. */
  kinds?: Uint8Array;
  /** A small count in the corner of each inside cell (e.g. how many stamps overlap there). */
  badges?: ArrayLike<number>;
  /** The kernel window's outline in plane coordinates (fractional while gliding), its size in cells. */
  window?: { top: number; left: number; height: number; width: number } | null;
  onHover?: CellHandler;
  onLeave?: () => void;
  onSelect?: CellHandler;
  /** A dashed outline in plane coordinates: where one input cell's kernel copy lands (scatter view). */
  stamp?: { top: number; left: number; height: number; width: number } | null;
  /** A cell drawn with a thick ring (the pinned cell). */
  pinned?: readonly [number, number] | null;
  /** Row numbers on the left and column numbers on top (padding rows and columns get −1, …, rows, …). */
  indices?: boolean;
}

type CellsProps = Omit<GridProps, 'label' | 'window' | 'stamp' | 'onLeave' | 'pinned' | 'onHover' | 'onSelect' | 'indices'>;

interface RowProps {
  r: number;
  cols: number;
  pl: number;
  pr: number;
  pt: number;
  inside: boolean;
  s: number;
  fontSize: number;
  values: ArrayLike<number>;
  color: (v: number) => string;
  format: (v: number) => string;
  marks: Uint8Array | undefined;
  kinds: Uint8Array | undefined;
  badges: ArrayLike<number> | undefined;
  /** Cells of this row that are computed (outputs fill in); cols when all. */
  filledInRow: number;
}

function rowMarksEqual(a: RowProps, b: RowProps): boolean {
  if (a.marks === b.marks) return true;
  if (a.marks === undefined || b.marks === undefined) return false;
  const width = a.cols + a.pl + a.pr;
  const start = (a.r + a.pt) * width;
  for (let i = start; i < start + width; i++) if (a.marks[i] !== b.marks[i]) return false;
  return true;
}

/** One row of cells; it re-renders only when its own marks or values change (a step touches one or two rows). */
const Row = memo(
  function Row({ r, cols, pl, pr, pt, inside: rowInside, s, fontSize, values, color, format, marks, kinds, badges, filledInRow }: RowProps) {
    const paddedW = cols + pl + pr;
    const out = [];
    for (let c = -pl; c < cols + pr; c++) {
      const inside = rowInside && c >= 0 && c < cols;
      const shown = !inside || c < filledInRow;
      const v = inside ? values[r * cols + c] : 0;
      const m = marks ? marks[(r + pt) * paddedW + (c + pl)] : MARK.none;
      const kind = inside && kinds ? KIND_CLASS[kinds[r * cols + c]] : '';
      // Positions on the rect and text, not a transform on the group: a transform per cell would give
      // Chromium's compositor one property node per cell to rebuild whenever a mark changes.
      const x = (c + pl) * s;
      const y = (r + pt) * s;
      // An empty format (a colour-only map) writes no text element at all: large pages stay light.
      const text = shown && fontSize >= 9 ? format(v) : '';
      out.push(
        <g key={c} className={`cell${inside ? kind : ' cell-pad'}${shown ? '' : ' cell-empty'}${MARK_CLASS[m]}`} data-r={r} data-c={c}>
          <rect x={x} y={y} width={s} height={s} style={inside && shown && kind === '' ? { fill: color(v) } : undefined} />
          {text !== '' && (
            <text x={x + s / 2} y={y + s / 2} dy="0.35em" fontSize={fontSize} textAnchor="middle">
              {text}
            </text>
          )}
          {inside && badges && s >= 24 && (
            <text className="badge-count" x={x + s - 3} y={y + 3} dy="0.8em" fontSize={Math.max(9, s * 0.24)} textAnchor="end">
              {badges[r * cols + c]}
            </text>
          )}
        </g>,
      );
    }
    return <>{out}</>;
  },
  (a, b) =>
    a.r === b.r && a.cols === b.cols && a.pl === b.pl && a.pr === b.pr && a.pt === b.pt && a.inside === b.inside && a.s === b.s &&
    a.fontSize === b.fontSize && a.values === b.values && a.color === b.color && a.format === b.format &&
    a.filledInRow === b.filledInRow && a.kinds === b.kinds && a.badges === b.badges && rowMarksEqual(a, b),
);

/** The cells alone, row by row: memoized, so a gliding window does not re-render them. */
const Cells = memo(function Cells({ rows, cols, pad, cellSize: s, values, color, format, marks, filled, kinds, badges }: CellsProps) {
  const [pt, pb, pl, pr] = pad ?? [0, 0, 0, 0];
  // As large as the widest number allows (bold digits are about 0.62em wide); tiny cells show colour only.
  const fontSize = useMemo(() => {
    let maxChars = 1;
    for (let i = 0; i < values.length; i++) maxChars = Math.max(maxChars, format(values[i]).length);
    return Math.min(s * 0.55, (s * 0.9) / (maxChars * 0.62), 36);
  }, [values, format, s]);
  const out = [];
  for (let r = -pt; r < rows + pb; r++) {
    const inside = r >= 0 && r < rows;
    const filledInRow = filled === undefined || !inside ? cols : Math.max(0, Math.min(cols, filled - r * cols));
    out.push(
      <Row key={r} r={r} cols={cols} pl={pl} pr={pr} pt={pt} inside={inside} s={s} fontSize={fontSize} values={values} color={color} format={format} marks={marks} kinds={kinds} badges={badges} filledInRow={filledInRow} />,
    );
  }
  return <>{out}</>;
});

/** `−1` with a real minus sign: indices read as numbers, not hyphens. */
const indexText = (i: number) => (i < 0 ? `−${-i}` : String(i));

/**
 * Row numbers left of the cells and column numbers above them, in the gutter `indexGutter` sizes;
 * padding rows and columns carry their negative (or past-the-end) indices. Where cells are narrower
 * than a label, every few are written.
 */
const Indices = memo(function Indices({ rows, cols, pad, s }: { rows: number; cols: number; pad: readonly [number, number, number, number]; s: number }) {
  const [pt, pb, pl, pr] = pad;
  const { font, left, top } = indexGutter(s);
  const every = Math.max(1, Math.ceil((font * 1.4) / s));
  const out = [];
  for (let c = -pl; c < cols + pr; c++) {
    if (c % every !== 0) continue;
    const outside = c < 0 || c >= cols;
    out.push(
      <text key={`c${c}`} className={`grid-index${outside ? ' grid-index-pad' : ''}`} x={left + (c + pl) * s + s / 2} y={top - 4} fontSize={font} textAnchor="middle">
        {indexText(c)}
      </text>,
    );
  }
  for (let r = -pt; r < rows + pb; r++) {
    if (r % every !== 0) continue;
    const outside = r < 0 || r >= rows;
    out.push(
      <text key={`r${r}`} className={`grid-index${outside ? ' grid-index-pad' : ''}`} x={left - 6} y={top + (r + pt) * s + s / 2} dy="0.35em" fontSize={font} textAnchor="end">
        {indexText(r)}
      </text>,
    );
  }
  return <>{out}</>;
});

/**
 * A plane of numbers as SVG: a coloured square with its value in each cell (colour and number both, so
 * it reads in greyscale), the padding ring as hatched zeros, marks for the window, the current multiply
 * and linked cells. React renders every rect and text.
 */
export function Grid(props: GridProps) {
  const { label, rows, cols, cellSize: s, window, stamp, pinned, onLeave, onHover, onSelect, indices = false, ...cells } = props;
  // One handler per grid (event delegation), so the memoized cells never see a new function.
  const cellOf = (e: MouseEvent<SVGSVGElement>): [number, number] | null => {
    const g = (e.target as Element).closest('[data-r]');
    return g ? [Number(g.getAttribute('data-r')), Number(g.getAttribute('data-c'))] : null;
  };
  const [pt, pb, pl, pr] = props.pad ?? [0, 0, 0, 0];
  const gutter = indices ? indexGutter(s) : { left: 0, top: 0 };
  const width = (cols + pl + pr) * s + gutter.left;
  const height = (rows + pt + pb) * s + gutter.top;
  // Keyboard: a focused grid keeps a cursor cell; arrows move it (as hover does), Enter or Space pins it.
  const [cursor, setCursor] = useState<[number, number] | null>(null);
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[e.key];
    if (move) {
      const [r, c] = cursor ?? [0, 0];
      const next: [number, number] = cursor === null ? [0, 0] : [
        Math.min(rows + pb - 1, Math.max(-pt, r + move[0])),
        Math.min(cols + pr - 1, Math.max(-pl, c + move[1])),
      ];
      setCursor(next);
      onHover?.(...next);
    } else if ((e.key === 'Enter' || e.key === ' ') && cursor) {
      onSelect?.(...cursor);
    } else {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  };
  const interactive = onHover !== undefined || onSelect !== undefined;
  return (
    <figure className="grid-figure">
      <figcaption>
        <span className="grid-label">{label}</span> <span className="grid-shape">{`${rows}×${cols}`}</span>
      </figcaption>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label}, ${rows}×${cols}`} className="grid"
        tabIndex={interactive ? 0 : undefined}
        data-grid-keys={interactive ? '' : undefined}
        onKeyDown={interactive ? onKeyDown : undefined}
        onBlur={() => {
          if (cursor) onLeave?.();
          setCursor(null);
        }}
        onMouseLeave={onLeave}
        onMouseOver={onHover ? (e) => { const rc = cellOf(e); if (rc) onHover(...rc); } : undefined}
        onClick={onSelect ? (e) => { const rc = cellOf(e); if (rc) onSelect(...rc); } : undefined}
      >
        {indices && <Indices rows={rows} cols={cols} pad={props.pad ?? NO_PAD} s={s} />}
        {/* One translate for the whole plane (not one per cell): the cells keep their own positions. */}
        <g transform={indices ? `translate(${gutter.left} ${gutter.top})` : undefined}>
          <Cells rows={rows} cols={cols} cellSize={s} {...cells} />
          {window && (
            <rect className="grid-window" x={(window.left + pl) * s} y={(window.top + pt) * s} width={window.width * s} height={window.height * s} />
          )}
          {stamp && (
            <rect className="grid-stamp" x={(stamp.left + pl) * s} y={(stamp.top + pt) * s} width={stamp.width * s} height={stamp.height * s} />
          )}
          {cursor && <rect className="grid-cursor" x={(cursor[1] + pl) * s} y={(cursor[0] + pt) * s} width={s} height={s} />}
          {pinned && <rect className="grid-pinned" x={(pinned[1] + pl) * s + 2} y={(pinned[0] + pt) * s + 2} width={s - 4} height={s - 4} />}
        </g>
      </svg>
    </figure>
  );
}

import { Fragment, memo, useEffect, useMemo, useRef } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { MARK } from '../../../animations/conv2dHighlights.ts';
import { blockColumns, residualOutput } from '../../../animations/residualFrames.ts';
import type { BlockColumn, BlockFrame, BlockNode } from '../../../animations/residualFrames.ts';
import type { LayerSpec } from '../../../engine/index.ts';
import { useT } from '../../../i18n/useT.ts';
import type { Focus } from '../../../store/selectionSlice.ts';
import { colorScale } from '../../../components/colorScale.ts';
import type { ResidualData } from '../compute.ts';
import { linkedCell } from '../explain.ts';
import { CARD_OFFSET, Deck } from './Deck.tsx';
import { formatCell, nodeName } from './names.ts';
import styles from './Residual.module.css';

/** Props of `BlockDiagram`. */
export interface BlockDiagramProps {
  data: ResidualData;
  frame: BlockFrame;
  /** The channel drawn in front (each tensor shows min(channel, its channels − 1)). */
  channel: number;
  /** The width (px) a column's maps may take: each map's cells are as large as fit, between MIN_CELL and MAX_CELL. */
  columnWidth: number;
  /** The largest cell the stage's height allows (none on a phone, where the page scrolls). */
  maxCell?: number;
  /**
   * Presenter mode: the smallest cell (px), over the stage's room (the numbers print at 24 px); the columns
   * are at least as wide as their maps, the diagram scrolls in the stage and keeps the current column in view.
   */
  minCell?: number;
  focus: Focus<BlockNode> | null;
  pinned: Focus<BlockNode> | null;
  onHover: (focus: Focus<BlockNode> | null) => void;
  onSelect: (focus: Focus<BlockNode>) => void;
  /** On a phone: the cell's explanation, drawn right under the column of the pointed cell. */
  detail?: ReactNode;
  narrow: boolean;
}

/** The smallest and largest cells (px) of a map: below 20 px a value no longer prints. */
const MIN_CELL = 20;
const MAX_CELL = 60;

/** The front channel a tensor of `channels` channels shows when `channel` is asked for. */
export const frontChannel = (channel: number, channels: number) => Math.min(channel, channels - 1);

/**
 * The residual block as columns of channel decks: x, the units of the residual path F (conv → BN → ReLU,
 * each showing its latest tensor so far), the sum and the output; under them the skip path from x to the
 * sum (identity, or the 1×1 projection → BN), drawn as a line around F. On a phone the columns stack.
 */
export const BlockDiagram = memo(function BlockDiagram({ data, frame, channel, columnWidth, maxCell = MAX_CELL, minCell, focus, pinned, onHover, onSelect, detail, narrow }: BlockDiagramProps) {
  const t = useT();
  const { plan, tensors } = data;
  const block = data.v.block;
  const columns = blockColumns(block);
  const top: BlockColumn[] = columns.filter((c) => c !== 'skip');
  const nodesOf = useMemo(() => {
    const m = new Map<BlockColumn, BlockNode[]>();
    for (const s of plan.steps) m.set(s.column, [...(m.get(s.column) ?? []), s.node]);
    return m;
  }, [plan]);
  const specOf = (node: BlockNode): LayerSpec | null => plan.layers.find((l) => l.node === node)?.spec ?? null;
  const stepOfNode = (node: BlockNode) => plan.steps.findIndex((s) => s.node === node);
  const projection = tensors.projBn !== undefined;
  const fNode = residualOutput(block);
  // The input of the pointed tensor: its conv window (or the same cell) is outlined there.
  const focusInput = focus ? plan.layers.find((l) => l.node === focus.kind)?.input ?? null : null;

  const opName = (node: BlockNode) => {
    const spec = specOf(node);
    if (spec?.kind === 'conv2d') {
      const k = spec.kernelSize as number;
      return spec.stride === 2 ? t('res.op.convStride', { k, s: 2 }) : t('res.op.conv', { k });
    }
    if (spec?.kind === 'batchNorm2d') return 'BN';
    if (node === 'identity') return 'x';
    return 'ReLU';
  };

  const head = (column: BlockColumn) => {
    if (column === 'x') return t('res.col.x');
    if (column === 'add') return t(projection ? 'res.col.addProj' : 'res.col.add');
    if (column === 'out') return t('res.col.out');
    if (column === 'skip') return t(projection ? 'res.col.skipProj' : 'res.col.skipIdentity');
    return null;
  };

  const deckOf = (column: BlockColumn) => {
    const nodes = nodesOf.get(column) ?? [];
    const shown = frame.shown[column];
    const node = shown ?? nodes[nodes.length - 1];
    const tensorNow = tensors[node]!;
    const [C, H, W] = tensorNow.shape;
    const c = frontChannel(channel, C);
    const plane = H * W;
    const cellSize = Math.max(minCell ?? 0, MIN_CELL, Math.min(MAX_CELL, maxCell, Math.floor((columnWidth - 3 * CARD_OFFSET - 4) / W) || MAX_CELL));
    const values = shown ? tensorNow.data.subarray(c * plane, (c + 1) * plane) : null;
    let marks: Uint8Array | undefined;
    let window: { top: number; left: number; height: number; width: number } | null = null;
    if (focus && shown) {
      const focusT = tensors[focus.kind];
      if (focusT) {
        const [, fi, fj] = focus.index;
        const here = focus.kind === node && focus.index[0] === c;
        const link = linkedCell([focusT.shape[1], focusT.shape[2]], [H, W], [fi, fj]);
        if (link) {
          marks = new Uint8Array(plane);
          marks[link[0] * W + link[1]] = here ? MARK.current : MARK.linked;
        }
        const spec = specOf(focus.kind);
        if (focusInput === node && spec?.kind === 'conv2d') {
          const k = spec.kernelSize as number;
          const s = (spec.stride as number) ?? 1;
          const p = k === 3 ? 1 : 0;
          window = { top: fi * s - p, left: fj * s - p, height: k, width: k };
        }
      }
    }
    const name = nodeName(node, projection);
    const step = stepOfNode(node) + 1;
    const label = shown ? t('res.map', { name, c, n: C }) : t('res.mapPending', { name, c, n: C, step });
    const pinnedHere = pinned && pinned.kind === node && pinned.index[0] === c ? ([pinned.index[1], pinned.index[2]] as const) : null;
    return (
      <Deck
        label={label}
        channels={C}
        rows={H}
        cols={W}
        cellSize={cellSize}
        values={values}
        color={values ? colorScale(values) : NO_COLOR}
        format={formatCell}
        marks={marks}
        window={window}
        pinned={pinnedHere}
        testId={`res-deck-${column}`}
        onHover={shown ? (r, col) => onHover({ kind: node, index: [c, r, col] }) : undefined}
        onSelect={shown ? (r, col) => onSelect({ kind: node, index: [c, r, col] }) : undefined}
        onLeave={() => onHover(null)}
      />
    );
  };

  const chips = (column: BlockColumn) => {
    const nodes = nodesOf.get(column) ?? [];
    if (column === 'x' || column === 'add' || column === 'out' || (column === 'skip' && !projection)) return null;
    const shownAt = frame.shown[column] ? nodes.indexOf(frame.shown[column]!) : -1;
    return (
      <ol className={styles.chips}>
        {nodes.map((node, i) => (
          <li key={node} className={i === shownAt ? styles.chipShown : i < shownAt ? styles.chipDone : styles.chipPending} aria-current={frame.current.node === node ? 'step' : undefined}>
            {opName(node)}
          </li>
        ))}
      </ol>
    );
  };

  const columnOf = (column: BlockColumn, index: number) => {
    const current = frame.current.column === column;
    const reached = frame.shown[column] !== null;
    const isF = (nodesOf.get(column) ?? []).includes(fNode);
    const style: CSSProperties | undefined = narrow ? undefined : column === 'skip' ? { gridColumn: `1 / ${top.length}`, gridRow: 2 } : { gridColumn: index + 1, gridRow: 1 };
    const classes = [styles.column, column === 'skip' ? styles.skip : '', current ? styles.current : '', reached ? '' : styles.pending, column === 'add' ? styles.sum : ''].filter(Boolean).join(' ');
    const text = head(column);
    const focusHere = focus && (nodesOf.get(column) ?? []).includes(focus.kind);
    return (
      <Fragment key={column}>
        <section className={classes} style={style} aria-label={text ?? opNames(column)} data-testid={`res-col-${column}`}>
          {index > 0 && column !== 'skip' && (
            <span className={column === 'add' ? styles.plus : styles.arrow} aria-hidden="true">
              {column === 'add' ? '+' : narrow ? '↓' : '→'}
            </span>
          )}
          {column === 'skip' && !narrow && <span className={styles.skipLine} aria-hidden="true" style={{ '--skip-inset': `calc((100% - ${top.length - 2} * var(--col-gap)) / ${2 * (top.length - 1)})` } as CSSProperties} />}
          <div className={styles.columnBody}>
            <div className={styles.texts}>
              {text && <h3 className={styles.head}>{text}</h3>}
              {isF && <p className={styles.fLabel}>= F(x)</p>}
              {chips(column)}
              {column === 'skip' && !projection && <p className={styles.identity} data-testid="res-identity">{t('res.identityShape', { shape: tensors.x!.shape.join('×') })}</p>}
            </div>
            {(column !== 'skip' || projection) && deckOf(column)}
          </div>
        </section>
        {narrow && focusHere && detail}
      </Fragment>
    );
  };

  // A screen reader's name for a unit column: its operations in order.
  const opNames = (column: BlockColumn) => (nodesOf.get(column) ?? []).map(opName).join(' → ');

  // Presented, the current step's column stays in view as the picture scrolls (not otherwise: a phone's page would jump).
  const root = useRef<HTMLDivElement>(null);
  const currentColumn = frame.current.column;
  useEffect(() => {
    if (minCell !== undefined) root.current?.querySelector(`[data-testid="res-col-${currentColumn}"]`)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [minCell, currentColumn]);

  const order: BlockColumn[] = narrow ? [...top.slice(0, -2), 'skip', ...top.slice(-2)] : columns;
  // Equal columns; presented, each at least as wide as the widest map (x's) with its cards.
  const columnMin = minCell === undefined ? 0 : Math.max(MIN_CELL, minCell) * tensors.x!.shape[2] + 3 * CARD_OFFSET + 4;
  return (
    <div ref={root} className={`${styles.diagram}${narrow ? ` ${styles.narrow}` : ''}`} style={{ gridTemplateColumns: narrow ? undefined : `repeat(${top.length}, minmax(${columnMin}px, 1fr))` }} role="group" aria-label={t('res.diagram')}>
      {order.map((column) => columnOf(column, top.indexOf(column)))}
    </div>
  );
});

const NO_COLOR = () => 'transparent';

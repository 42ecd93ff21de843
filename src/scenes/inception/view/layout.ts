import { MARK } from '../../../animations/conv2dHighlights.ts';
import type { InceptionLayerId } from '../../../animations/inceptionFrames.ts';
import type { InceptionModel, LayerInfo } from '../model.ts';
import type { RingFill } from './Deck.tsx';

/**
 * The drawn maps: the input, each layer's output, and in the naive module the input again as each k×k
 * branch reads it (padded), and as the pool reads it (padded with −∞) in both.
 */
export type DeckId = 'input' | InceptionLayerId | 'b2in' | 'b3in' | 'b4in';

/** One drawn map: which tensor it shows, the ring its reader adds, and its real channel count. */
export interface DeckSpec {
  id: DeckId;
  tensor: 'input' | InceptionLayerId;
  ring: number;
  fill: RingFill;
  channels: number;
  /** The k×k layer the ring is for (the caption names it). */
  readBy: LayerInfo | null;
}

/** A branch's row, left to right: the operations and the maps between them. */
export type RowItem = { kind: 'op'; layer: LayerInfo } | { kind: 'deck'; deck: DeckSpec };

/** The stage's layout: the input, the four branch rows, and which map each layer reads. */
export interface ModuleLayout {
  input: DeckSpec;
  rows: RowItem[][];
  decks: DeckSpec[];
  reads: Record<InceptionLayerId, DeckId>;
}

/** Where each layer's input and output are drawn, from the model's layers (naive or with reductions). */
export function moduleLayout(model: InceptionModel): ModuleLayout {
  const C = model.x.shape[0];
  const input: DeckSpec = { id: 'input', tensor: 'input', ring: 0, fill: 'zero', channels: C, readBy: null };
  // A map read by a k×k layer carries that layer's padding; the pool's reads as −∞.
  const reader = (from: LayerInfo['from']) => model.layers.find((l) => l.from === from && l.kernel > 1) ?? null;
  const out = (l: LayerInfo): DeckSpec => {
    const r = reader(l.id);
    return { id: l.id, tensor: l.id, ring: r?.padding ?? 0, fill: 'zero', channels: l.outChannels, readBy: r };
  };
  const reads = {} as Record<InceptionLayerId, DeckId>;
  const rows: RowItem[][] = [[], [], [], []];
  const decks: DeckSpec[] = [input];
  for (const l of model.layers) {
    const row = rows[l.branch];
    if (l.from === 'input' && l.kernel > 1) {
      // The input again, padded as this branch reads it.
      const id = `b${l.branch + 1}in` as DeckId;
      const deck: DeckSpec = { id, tensor: 'input', ring: l.padding, fill: l.kind === 'maxPool' ? 'minusInf' : 'zero', channels: C, readBy: l };
      row.push({ kind: 'deck', deck });
      decks.push(deck);
      reads[l.id] = id;
    } else {
      reads[l.id] = l.from === 'input' ? 'input' : l.from;
    }
    row.push({ kind: 'op', layer: l });
    const deck = out(l);
    row.push({ kind: 'deck', deck });
    decks.push(deck);
  }
  return { input, rows, decks, reads };
}

/** What the learner points at (or playback computes): a map's cell (the ring included), or a cell of the joined output. */
export type Pointed = { deck: DeckId; y: number; x: number } | { join: number; y: number; x: number };

/**
 * The marks of every drawn map for a pointed cell: a layer's output cell is the current cell and the
 * window it reads is outlined on the map it reads (with its ring); an input cell is marked wherever the
 * input is drawn; a ring cell alone; a joined cell on the joined map and its branch's output.
 */
export function deckMarks(layout: ModuleLayout, model: InceptionModel, pointed: Pointed | null): Partial<Record<DeckId | 'join', Uint8Array>> {
  if (pointed === null) return {};
  const [, H, W] = model.x.shape;
  const marks: Partial<Record<DeckId | 'join', Uint8Array>> = {};
  const deckSize = (d: DeckSpec) => {
    const shape = d.tensor === 'input' ? model.x.shape : model.drawn[d.tensor]!.shape;
    return [shape[1] + 2 * d.ring, shape[2] + 2 * d.ring, d.ring] as const;
  };
  const mark = (d: DeckSpec, y: number, x: number, m: number) => {
    const [h, w, ring] = deckSize(d);
    const plane = (marks[d.id] ??= new Uint8Array(h * w));
    const r = y + ring;
    const c = x + ring;
    if (r >= 0 && r < h && c >= 0 && c < w) plane[r * w + c] = m;
  };
  const deckOf = (id: DeckId) => layout.decks.find((d) => d.id === id)!;
  if ('join' in pointed) {
    const b = model.branches[pointed.join];
    marks.join = new Uint8Array(4 * H * W);
    marks.join[pointed.join * H * W + pointed.y * W + pointed.x] = MARK.current;
    mark(deckOf(b.layer.id), pointed.y, pointed.x, MARK.current);
    return marks;
  }
  const deck = deckOf(pointed.deck);
  const [h, w, ring] = deckSize(deck);
  const inside = pointed.y >= 0 && pointed.y < h - 2 * ring && pointed.x >= 0 && pointed.x < w - 2 * ring;
  if (!inside) {
    mark(deck, pointed.y, pointed.x, MARK.current);
    return marks;
  }
  if (deck.tensor === 'input') {
    for (const d of layout.decks) if (d.tensor === 'input') mark(d, pointed.y, pointed.x, MARK.current);
    return marks;
  }
  const layer = model.drawn[deck.tensor]!.info;
  const read = deckOf(layout.reads[layer.id]);
  const p = layer.padding;
  for (let dy = 0; dy < layer.kernel; dy++) {
    for (let dx = 0; dx < layer.kernel; dx++) mark(read, pointed.y - p + dy, pointed.x - p + dx, MARK.window);
  }
  if (layer.kernel === 1) mark(read, pointed.y, pointed.x, MARK.current);
  mark(deck, pointed.y, pointed.x, MARK.current);
  return marks;
}

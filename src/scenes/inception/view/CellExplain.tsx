import { memo, useEffect, useRef } from 'react';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatCount, formatSigned, formatSignedSum } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { explainConvCell, explainPoolCell, restSum } from '../explain.ts';
import type { InceptionModel } from '../model.ts';
import { formatCell } from './Deck.tsx';
import type { ModuleLayout, Pointed } from './layout.ts';
import styles from './Inception.module.css';

/** Channel sums written out one by one up to this many channels; beyond it the first WRITTEN and the rest's sum. */
const ALL_UP_TO = 8;
const WRITTEN = 6;

type Line = readonly ['formula' | 'note', string];
const formula = (text: string): Line => ['formula', text];
const note = (text: string): Line => ['note', text];

/** Two decimals, a real minus. */
const r2 = (v: number) => formatSigned(Math.round(v * 100) / 100);

/** Props of `CellExplain`. */
export interface CellExplainProps {
  model: InceptionModel;
  layout: ModuleLayout;
  /** The cell explained: pointed at, or the one playback is computing; null for the hint. */
  cell: Pointed | null;
  /** Bring the panel into view (a phone, after a tap). */
  reveal?: boolean;
}

/**
 * One drawn cell written out with the engine's numbers: a convolution's window summed channel by
 * channel, then ReLU; the max of a pool window (padding as −∞); an input cell and who reads it; a
 * padding cell and why it is there; a joined cell and the branch it is copied from.
 */
export const CellExplain = memo(function CellExplain({ model, layout, cell, reveal = false }: CellExplainProps) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const ref = useRef<HTMLElement>(null);
  const at = cell ? JSON.stringify(cell) : '';
  useEffect(() => {
    if (reveal && at) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [reveal, at]);
  const n = (v: number) => formatCount(v, lang);
  const naive = model.layers.length === 4;
  const branchName = (b: number) => t(`inc.branch.${b + 1}${naive && b > 0 ? 'naive' : ''}` as MessageKey);
  const body = ((): { title: string; lines: Line[] } => {
    if (cell === null) return { title: t('inc.explain.title'), lines: [note(t('inc.explain.hint'))] };
    const [, H, W] = model.x.shape;
    if ('join' in cell) {
      const b = model.branches[cell.join];
      const c = b.offset;
      const v = model.joined!.data[cell.join * H * W + cell.y * W + cell.x];
      return {
        title: t('inc.joinedMap', { c: n(c), b: cell.join + 1 }),
        lines: [formula(`output[${c}, ${cell.y}, ${cell.x}] = ${formatCell(v)}`), note(t('inc.explain.join', { c: n(c), y: cell.y, x: cell.x, b: cell.join + 1, first: n(c), last: n(c + b.channels - 1) }))],
      };
    }
    const deck = layout.decks.find((d) => d.id === cell.deck)!;
    const shape = deck.tensor === 'input' ? model.x.shape : model.drawn[deck.tensor]!.shape;
    const inside = cell.y >= 0 && cell.y < shape[1] && cell.x >= 0 && cell.x < shape[2];
    if (!inside) {
      const fill = deck.fill === 'minusInf' ? t('inc.explain.minusInf') : t('inc.explain.zero');
      return { title: t('p.padding'), lines: [note(t('inc.explain.pad', { fill, k: deck.readBy?.kernel ?? 3 }))] };
    }
    if (deck.tensor === 'input') {
      return { title: t('inc.deck.input', { C: n(model.x.shape[0]) }), lines: [note(t('inc.explain.input', { y: cell.y, x: cell.x, v: formatCell(model.x.data[cell.y * W + cell.x]) }))] };
    }
    const layer = model.drawn[deck.tensor]!;
    const info = layer.info;
    const title = `${branchName(info.branch)} · ${info.kind === 'maxPool' ? t('inc.op.pool') : t('inc.op.conv', { k: info.kernel, C: n(info.outChannels) })}`;
    if (info.kind === 'maxPool') {
      const { taps, value } = explainPoolCell(layer, cell.y, cell.x);
      const list = taps.map((v) => (v === null ? '−∞' : formatCell(v))).join(', ');
      return { title, lines: [formula(t('inc.explain.pool', { y: cell.y, x: cell.x })), formula(`= max(${list}) = ${formatCell(value)}`)] };
    }
    const e = explainConvCell(layer, cell.y, cell.x);
    const all = e.channels.length <= ALL_UP_TO;
    const shown = all ? e.channels : e.channels.slice(0, WRITTEN);
    const sums = formatSignedSum(shown.map((s) => Math.round(s * 100) / 100));
    const rest = all ? '' : ` + (${t('inc.explain.rest', { n: n(e.channels.length - shown.length), s: r2(restSum(e.channels, shown.length)) })})`;
    const bias = e.bias === null ? '' : ` ${e.bias < 0 ? '−' : '+'} ${r2(Math.abs(e.bias))}`;
    const lines = [
      formula(t('inc.explain.conv', { name: 'y', y: cell.y, x: cell.x, n: n(info.inChannels), k: info.kernel, bias: e.bias === null ? '' : t('inc.explain.biasTerm') })),
      formula(`= ReLU(${sums}${rest}${bias}) = ReLU(${r2(e.pre)}) = ${formatCell(e.value)}`),
    ];
    if (e.paddingTaps > 0) lines.push(note(t('inc.explain.padTaps', { n: e.paddingTaps, k2: info.kernel * info.kernel })));
    return { title, lines };
  })();
  return (
    <section ref={ref} className={`panel ${styles.explain}`} aria-label={body.title} data-testid="inc-explain">
      <h2>{body.title}</h2>
      {body.lines.map(([kind, text], i) => (
        <p key={i} className={kind === 'formula' ? 'formula' : 'calc-note'} data-testid={kind === 'formula' ? 'inc-formula' : undefined}>
          {text}
        </p>
      ))}
    </section>
  );
});

import { Fragment, memo, useEffect, useMemo, useRef } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import type { InceptionFrame } from '../../../animations/inceptionFrames.ts';
import { channelColor } from '../../../components/channelColors.ts';
import { colorScale } from '../../../components/colorScale.ts';
import { Grid } from '../../../components/Grid.tsx';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatCount } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import type { InceptionModel, LayerInfo } from '../model.ts';
import { Deck, formatCell } from './Deck.tsx';
import type { DeckId, DeckSpec, ModuleLayout, Pointed } from './layout.ts';
import styles from './Inception.module.css';

/** The colour that marks branch b (0–3) everywhere: its row, its band of the output, its table rows. */
export const branchColor = (b: number) => channelColor(b);

/** Props of `ModuleStage`. */
export interface ModuleStageProps {
  model: InceptionModel;
  layout: ModuleLayout;
  frame: InceptionFrame;
  marks: Partial<Record<DeckId | 'join', Uint8Array>>;
  pinned: Pointed | null;
  cellSize: number;
  /** The joined output's cell (px); 0.6 of a cell when omitted (presenter mode draws it at a full cell, its numbers at 24 px). */
  joinedCell?: number;
  onPoint: (p: Pointed | null) => void;
  onPin: (p: Pointed) => void;
  /** Drawn under branch row `detailAt` (a phone's explanation next to the tapped cell), or under the output (4). */
  detail?: ReactNode;
  detailAt?: number | null;
}

/**
 * The module on the drawn input: the input on the left, the four branches as rows (each map a stack of
 * sheets with channel 0 in front, padded as its reader pads it), and the outputs joined along channels
 * on the right, filled in step by step.
 */
export const ModuleStage = memo(function ModuleStage({ model, layout, frame, marks, pinned, cellSize, joinedCell, onPoint, onPin, detail, detailAt }: ModuleStageProps) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const n = (v: number) => formatCount(v, lang);
  const [C, H, W] = model.x.shape;
  const naive = model.layers.length === 4;
  const fronts = useMemo(() => {
    const out: Partial<Record<string, Float32Array>> = { input: model.x.data.subarray(0, H * W) };
    for (const l of model.layers) {
      const o = model.drawn[l.id]!.output;
      out[l.id] = o.data.subarray(0, o.shape[1] * o.shape[2]);
    }
    return out;
  }, [model, H, W]);
  const current = frame.cursor?.layer ?? (frame.current.kind === 'layer' ? frame.current.layer : null);
  const started = (id: LayerInfo['id']) => frame.filled[id] > 0 || current === id;
  const pinnedAt = (id: DeckId): [number, number] | null => (pinned && 'deck' in pinned && pinned.deck === id ? [pinned.y, pinned.x] : null);
  const deckLabel = (d: DeckSpec) => {
    if (d.tensor === 'input') {
      if (d.readBy === null || d.ring === 0) return t('inc.deck.input', { C: n(C) });
      return d.fill === 'minusInf' ? t('inc.deck.poolPadded', { p: d.ring }) : t('inc.deck.inputPadded', { p: d.ring });
    }
    // The ring's width is on the operation that reads it ("padding 1").
    return t('inc.deck.out', { C: n(d.channels) });
  };
  const deck = (d: DeckSpec) => {
    const shape = d.tensor === 'input' ? model.x.shape : model.drawn[d.tensor]!.shape;
    const layer = d.tensor === 'input' ? null : d.tensor;
    return (
      <Deck
        key={d.id}
        label={deckLabel(d)}
        values={fronts[d.tensor]!}
        rows={shape[1]}
        cols={shape[2]}
        channels={d.channels}
        ring={d.ring}
        fill={d.fill}
        cellSize={cellSize}
        marks={marks[d.id]}
        filled={layer ? frame.filled[layer] : undefined}
        pinned={pinnedAt(d.id)}
        onHover={(y, x) => onPoint({ deck: d.id, y, x })}
        onSelect={(y, x) => onPin({ deck: d.id, y, x })}
        onLeave={() => onPoint(null)}
        current={layer !== null && layer === current}
        pending={layer !== null && !started(layer)}
        testId={`inc-deck-${d.id}`}
      />
    );
  };
  const op = (l: LayerInfo) => (
    <div key={`op-${l.id}`} className={`${styles.op}${current === l.id ? ` ${styles.opCurrent}` : ''}`}>
      <span className={styles.opName}>{l.kind === 'maxPool' ? t('inc.op.pool') : t('inc.op.conv', { k: l.kernel, C: n(l.outChannels) })}</span>
      {l.kernel > 1 && <span className={styles.opPad}>{t('inc.op.pad', { p: l.padding })}</span>}
      <span className={styles.arrow} aria-hidden="true">→</span>
    </div>
  );
  // The step's map (or the joined output) stays in view when the picture scrolls (a projector, a phone);
  // not on hover, which would move the cell from under the pointer.
  const root = useRef<HTMLDivElement>(null);
  const stepKey = frame.current.kind === 'layer' ? `inc-deck-${frame.current.layer}` : frame.current.kind === 'concat' ? 'inc-concat' : null;
  useEffect(() => {
    if (stepKey !== null) root.current?.querySelector(`[data-testid="${stepKey}"]`)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [stepKey]);
  const joinColor = useMemo(() => (model.joined ? colorScale(model.joined.data) : null), [model.joined]);
  const total = model.outChannels;
  return (
    <div ref={root} className={styles.module}>
      <section className={styles.inputCol} aria-label={t('inc.deck.input', { C: n(C) })}>
        {deck(layout.input)}
        {detailAt === -1 && detail}
      </section>
      <ol className={styles.branches} aria-label={t('inc.branches')}>
        {layout.rows.map((row, b) => (
          <Fragment key={b}>
            <li className={styles.branch} style={{ '--branch': branchColor(b) } as CSSProperties} data-testid={`inc-branch-${b + 1}`}>
              <h2 className={styles.branchName}>{t(`inc.branch.${b + 1}${naive && b > 0 ? 'naive' : ''}` as MessageKey)}</h2>
              <div className={styles.branchItems}>{row.map((item) => (item.kind === 'op' ? op(item.layer) : deck(item.deck)))}</div>
            </li>
            {detailAt === b && <li className={styles.detailItem}>{detail}</li>}
          </Fragment>
        ))}
      </ol>
      <section className={styles.concat} aria-label={t('inc.concatTitle', { C: n(total), H, W })} data-testid="inc-concat">
        <h2 className={styles.concatTitle}>{t('inc.concatTitle', { C: n(total), H, W })}</h2>
        {model.joined === null && <p className={styles.note}>{t('inc.concatRefused')}</p>}
        {model.joined !== null && frame.joined === 0 && <p className={styles.note}>{t('inc.concatWaiting')}</p>}
        <div className={styles.concatBody}>
          <div className={styles.bar} aria-hidden="true">
            {model.branches.map((br, b) => (
              <div key={b} className={`${styles.band}${b < frame.joined && model.joined ? '' : ` ${styles.bandWaiting}`}`} style={{ flexGrow: br.channels, background: branchColor(b) }} />
            ))}
          </div>
          <ul className={styles.joined}>
            {model.branches.map((br, b) => (
              <li key={b} className={b < frame.joined ? undefined : styles.joinWaiting} style={{ '--branch': branchColor(b) } as CSSProperties}>
                <p className={styles.bandLabel} data-testid={`inc-band-${b + 1}`}>
                  {t('inc.band', { b: b + 1, first: n(br.offset), last: n(br.offset + br.channels - 1) })}
                </p>
                {model.joined && joinColor && (
                  <Grid
                    label={t('inc.joinedMap', { c: n(br.offset), b: b + 1 })}
                    rows={H}
                    cols={W}
                    cellSize={joinedCell ?? Math.max(12, Math.round(cellSize * 0.6))}
                    values={model.joined.data.subarray(b * H * W, (b + 1) * H * W)}
                    color={joinColor}
                    format={formatCell}
                    marks={marks.join?.subarray(b * H * W, (b + 1) * H * W)}
                    filled={b < frame.joined ? undefined : 0}
                    onHover={(y, x) => onPoint({ join: b, y, x })}
                    onSelect={(y, x) => onPin({ join: b, y, x })}
                    onLeave={() => onPoint(null)}
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
        {detailAt === 4 && detail}
      </section>
    </div>
  );
});

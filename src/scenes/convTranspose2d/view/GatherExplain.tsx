import { useMemo } from 'react';
import type { Conv2dHighlights, FocusCell } from '../../../animations/conv2dHighlights.ts';
import { at, explainConv2d, GATHER_CELL } from '../../../engine/index.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { pluralKey } from '../../../i18n/plural.ts';
import { useT } from '../../../i18n/useT.ts';
import { formatProduct, formatSigned } from '../../../i18n/format.ts';
import type { Conv2dModel } from '../../conv2d/model.ts';
import type { ConvTranspose2dModel } from '../model.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { LinkList } from '../../../components/LinkList.tsx';

const f = formatSigned;
const KIND_KEYS: Record<number, MessageKey> = { [GATHER_CELL.inserted]: 'tc.kind.inserted', [GATHER_CELL.padding]: 'tc.kind.pad', [GATHER_CELL.outputPadding]: 'tc.kind.outpad' };

/** Props of `GatherExplain`. */
export interface GatherExplainProps {
  model: ConvTranspose2dModel;
  /** The gather view as an ordinary stride-1 conv2d (grid, flipped kernel). */
  gatherModel: Conv2dModel;
  highlights: Conv2dHighlights;
  focus: FocusCell | null;
  pinned: FocusCell | null;
}

/**
 * The gather view's explanation. For an output cell: its multiplies over the gather grid (taps on an
 * inserted zero or padding in dashed boxes), with, while it is being computed, the partial sum so far
 * (no bias yet); once every multiply is in, the sum + bias = the value. For a gather cell or a flipped
 * kernel tap: what it holds (an input cell, a zero, or which weight) and every multiply it takes part in.
 */
export function GatherExplain({ model, gatherModel, highlights: h, focus, pinned }: GatherExplainProps) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const eq = gatherModel.geometry;
  const g = model.geometry;
  const cell = h.cell;
  const explanation = useMemo(
    () => (cell ? explainConv2d(gatherModel.x, gatherModel.weight, gatherModel.bias, gatherModel.options, cell) : null),
    [gatherModel, cell],
  );
  const kinds = model.gather.kinds;
  const gridValue = (c: number, gy: number, gx: number) => at(gatherModel.x, c, gy, gx);
  let body = null;
  if (explanation && cell) {
    const perChannel = eq.kH * eq.kW;
    const n = explanation.terms.length;
    const complete = h.termIndex === null;
    const done = complete ? n : h.termIndex! + 1;
    const partial = explanation.terms.slice(0, done).reduce((s, term) => s + term.product, 0);
    const channels = Array.from({ length: eq.inPerGroup }, (_, i) => {
      const terms = explanation.terms.slice(i * perChannel, (i + 1) * perChannel);
      return (
        <div className="calc-channel" key={i}>
          <span className="calc-channel-label">{t('calc.channel', { c: terms[0].input[0] })}</span>
          <ol className="terms">
            {terms.map((term, k) => {
              const index = i * perChannel + k;
              const [c, gy, gx] = term.input;
              const zero = kinds[gy * eq.inW + gx] !== GATHER_CELL.input || c < 0;
              const state = index === h.termIndex ? ' term-current' : index >= done ? ' term-pending' : '';
              return (
                <li key={k} className={`term${zero ? ' term-pad' : ''}${state}`} aria-current={index === h.termIndex ? 'step' : undefined}>
                  {formatProduct(term.inputValue, term.weightValue)}
                </li>
              );
            })}
          </ol>
        </div>
      );
    });
    const b = model.bias ? model.bias.data[cell[0]] : null;
    const value = at(model.output, ...cell);
    body = (
      <>
        <h2 className="calc-title">
          {t('calc.title', { o: cell[0], y: cell[1], x: cell[2] })} = <span className="calc-value">{complete ? f(value) : '…'}</span>
        </h2>
        {channels}
        <p className="calc-total" data-testid="gather-total">
          {!complete
            ? t(pluralKey(lang, 'tc.partial', n), { k: done, n, s: f(partial) })
            : b === null
              ? t('tc.sum', { v: f(value) })
              : t('tc.sumBias', { s: f(partial), b: b < 0 ? `(${f(b)})` : f(b), v: f(value) })}
        </p>
        <p className="calc-note">{t('tc.zeroTerms')}</p>
      </>
    );
  } else if (focus?.kind === 'input' && focus.index.length === 3) {
    const [c, gy, gx] = focus.index;
    const kind = gy >= 0 && gy < eq.inH && gx >= 0 && gx < eq.inW ? kinds[gy * eq.inW + gx] : GATHER_CELL.padding;
    const v = kind === GATHER_CELL.input ? gridValue(c, gy, gx) : 0;
    const n = h.links.length;
    const head =
      kind === GATHER_CELL.input
        ? t(pluralKey(lang, 'tc.gInput', n), { gy, gx, c, y: (gy - g.gatherPadTop) / g.strideH, x: (gx - g.gatherPadLeft) / g.strideW, v: f(v), n })
        : t(pluralKey(lang, 'tc.gZero', n), { gy, gx, kind: t(KIND_KEYS[kind]), n });
    body = (
      <>
        <p>{head}</p>
        <LinkList links={h.links} linkKey={(l) => l.output.join() + l.weight.join()} line={(l) => `${formatProduct(v, at(gatherModel.weight, ...l.weight))} → output[${l.output.join(', ')}]`} />
      </>
    );
  } else if (focus?.kind === 'weight' && focus.index.length === 4) {
    const [o, i, ky, kx] = focus.index;
    const w = at(gatherModel.weight, o, i, ky, kx);
    const group = Math.floor(o / g.outPerGroup);
    // The flipped kernel's tap (ky, kx) is the original w[c, j, kH − 1 − ky, kW − 1 − kx].
    const original = `${group * g.inPerGroup + i}, ${o - group * g.outPerGroup}, ${g.kH - 1 - ky}, ${g.kW - 1 - kx}`;
    const n = h.links.length;
    body = (
      <>
        <p>{t(pluralKey(lang, 'tc.gWeight', n), { o, i, ky, kx, w: original, v: f(w), n })}</p>
        <LinkList
          links={h.links}
          linkKey={(l) => l.output.join()}
          line={(l) => {
            const [c, gy, gx] = l.input;
            const zero = kinds[gy * eq.inW + gx] !== GATHER_CELL.input;
            return `(${gy}, ${gx}) ${formatProduct(zero ? 0 : gridValue(c, gy, gx), w)} → output[${l.output.join(', ')}]`;
          }}
        />
      </>
    );
  }
  return (
    <section className="panel calc" aria-label={t('calc.hint')}>
      {body}
      <p className="calc-note">{pinned ? t('calc.pinned') : t('calc.hint')}</p>
    </section>
  );
}

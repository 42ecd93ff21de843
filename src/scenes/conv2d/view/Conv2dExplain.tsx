import { useMemo } from 'react';
import type { Conv2dHighlights, FocusCell } from '../../../animations/conv2dHighlights.ts';
import { at, explainConv2d } from '../../../engine/index.ts';
import { useT } from '../../../i18n/useT.ts';
import { formatValue } from '../../../i18n/format.ts';
import type { Conv2dModel } from '../model.ts';
import { pluralKey } from '../../../i18n/plural.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { CellEditor } from './CellEditor.tsx';

const MAX_LINKS = 48;

/** Props of `Conv2dExplain`. */
export interface Conv2dExplainProps {
  model: Conv2dModel;
  highlights: Conv2dHighlights;
  focus: FocusCell | null;
  pinned: FocusCell | null;
  /** Whether a pinned cell can be edited (the conv2d scene keeps edits in its link). */
  editable?: boolean;
  /** Called with a term's index (timeline order) while the pointer is on its chip, null when it leaves. */
  onTerm?: (index: number | null) => void;
  /** The term whose chip is pointed at (drawn outlined). */
  pointedTerm?: number | null;
}

/** `3×(−1)`: a product as the panel writes it, negative factors in brackets. */
function times(a: number, b: number): string {
  const f = (v: number) => (v < 0 ? `(${formatValue(v)})` : formatValue(v));
  return `${f(a)}×${f(b)}`;
}

/**
 * Why a cell has its value. For an output cell: every multiply with its numbers, grouped by input
 * channel with partial sums, plus the bias, equal to the value (during playback the current multiply is
 * marked and later ones wait). For an input or weight cell: every multiply it takes part in.
 */
export function Conv2dExplain({ model, highlights: h, focus, pinned, editable = true, onTerm, pointedTerm = null }: Conv2dExplainProps) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const { geometry: g } = model;
  const cell = h.cell;
  const explanation = useMemo(
    () => (cell ? explainConv2d(model.x, model.weight, model.bias, model.options, cell) : null),
    [model, cell],
  );
  let body;
  if (explanation && cell) {
    const perChannel = g.kH * g.kW;
    const total = explanation.terms.length;
    const done = h.termIndex === null ? total : h.termIndex + 1;
    const complete = h.termIndex === null;
    let running = 0;
    const channels = [];
    for (let i = 0; i < g.inPerGroup; i++) {
      const terms = explanation.terms.slice(i * perChannel, (i + 1) * perChannel);
      let partial = 0;
      const chips = terms.map((term, k) => {
        const index = i * perChannel + k;
        if (index < done) partial += term.product;
        const state = index === h.termIndex ? ' term-current' : index >= done ? ' term-pending' : '';
        return (
          <li key={k} data-term={index} className={`term${term.padding ? ' term-pad' : ''}${state}${index === pointedTerm ? ' term-pointed' : ''}`} aria-current={index === h.termIndex ? 'step' : undefined}>
            {times(term.inputValue, term.weightValue)}
          </li>
        );
      });
      running += partial;
      // A channel not reached yet has no sum; one in progress says its sum is partial.
      const first = i * perChannel;
      const sum = done <= first ? '…' : done < first + perChannel ? t('calc.soFar', { s: formatValue(partial) }) : formatValue(partial);
      channels.push(
        <div className="calc-channel" key={i}>
          <span className="calc-channel-label">{t('calc.channel', { c: terms[0].input[0] })}</span>
          <ol className="terms">{chips}</ol>
          <span className={`calc-partial${done <= first ? ' term-pending' : ''}`}>= {sum}</span>
        </div>,
      );
    }
    body = (
      <>
        <h2 className="calc-title">
          {t('calc.title', { o: cell[0], y: cell[1], x: cell[2] })} = <span className="calc-value">{complete ? formatValue(explanation.value) : '…'}</span>
        </h2>
        {/* Pointing at a term lights its input and weight cells (event delegation: one handler for every chip). */}
        <div
          onMouseOver={onTerm ? (e) => { const li = (e.target as Element).closest('[data-term]'); onTerm(li ? Number(li.getAttribute('data-term')) : null); } : undefined}
          onMouseLeave={onTerm ? () => onTerm(null) : undefined}
        >
          {channels}
        </div>
        {complete ? (
          // The bias appears only once it is added: before that the sum is partial, and says so.
          <p className="calc-total">
            {model.bias !== null && <span>+ {t('calc.bias')} {formatValue(explanation.bias)} </span>}= <strong>{formatValue(explanation.value)}</strong>
          </p>
        ) : (
          <p className="calc-total calc-running">{t(pluralKey(lang, 'calc.partial', total), { k: done, n: total, s: formatValue(running) })}</p>
        )}
        {(g.dilationH > 1 || g.dilationW > 1) && <p className="calc-note">{t('calc.skipped')}</p>}
      </>
    );
  } else if (focus?.kind === 'input') {
    const [c, y, x] = focus.index;
    const inside = y >= 0 && y < g.inH && x >= 0 && x < g.inW;
    const v = inside ? at(model.x, c, y, x) : 0;
    body = (
      <>
        <p>{inside ? t(pluralKey(lang, 'calc.input', h.links.length), { c, y, x, v: formatValue(v), n: h.links.length }) : t(pluralKey(lang, 'calc.padding', h.links.length), { n: h.links.length })}</p>
        <ul className="link-list">
          {h.links.slice(0, MAX_LINKS).map((l) => (
            <li key={l.output.join() + l.weight.join()}>
              {times(v, at(model.weight, ...l.weight))} → output[{l.output.join(', ')}]
            </li>
          ))}
        </ul>
      </>
    );
  } else if (focus?.kind === 'weight') {
    const [o, i, ky, kx] = focus.index;
    const w = at(model.weight, o, i, ky, kx);
    body = (
      <>
        <p>{t(pluralKey(lang, 'calc.weight', h.links.length), { o, i, ky, kx, v: formatValue(w), n: h.links.length })}</p>
        <ul className="link-list">
          {h.links.slice(0, MAX_LINKS).map((l) => {
            const [c, y, x] = l.input;
            const v = l.padding ? 0 : at(model.x, c, y, x);
            return (
              <li key={l.output.join()} className={l.padding ? 'term-pad' : ''}>
                input[{l.input.join(', ')}] {times(v, w)} → output[{l.output.join(', ')}]
              </li>
            );
          })}
        </ul>
      </>
    );
  }
  return (
    <section className="panel calc" aria-label={t('calc.hint')}>
      {body}
      {h.links.length > MAX_LINKS && <p className="calc-note">… +{h.links.length - MAX_LINKS}</p>}
      {pinned ? <p className="calc-note">{t('calc.pinned')}</p> : <p className="calc-note">{t('calc.hint')}</p>}
      {pinned && editable && <CellEditor model={model} pinned={pinned} />}
    </section>
  );
}

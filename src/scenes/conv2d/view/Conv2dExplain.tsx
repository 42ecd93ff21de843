import { useMemo } from 'react';
import type { Conv2dHighlights, FocusCell } from '../../../animations/conv2dHighlights.ts';
import { at, explainConv2d } from '../../../engine/index.ts';
import { useT } from '../../../i18n/useT.ts';
import { formatProduct, formatValue } from '../../../i18n/format.ts';
import type { Conv2dModel } from '../model.ts';
import { pluralKey } from '../../../i18n/plural.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { LinkList } from '../../../components/LinkList.tsx';
import { CellEditor } from './CellEditor.tsx';
import styles from './Conv2dExplain.module.css';

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
          <li key={k} data-term={index} className={`term${term.padding ? ' term-pad' : ''}${state}${index === pointedTerm ? ` ${styles.pointed}` : ''}`} aria-current={index === h.termIndex ? 'step' : undefined}>
            {formatProduct(term.inputValue, term.weightValue)}
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
          <span className={`${styles.partial}${done <= first ? ' term-pending' : ''}`}>= {sum}</span>
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
        <LinkList links={h.links} linkKey={(l) => l.output.join() + l.weight.join()} line={(l) => `${formatProduct(v, at(model.weight, ...l.weight))} → output[${l.output.join(', ')}]`} />
      </>
    );
  } else if (focus?.kind === 'weight') {
    const [o, i, ky, kx] = focus.index;
    const w = at(model.weight, o, i, ky, kx);
    body = (
      <>
        <p>{t(pluralKey(lang, 'calc.weight', h.links.length), { o, i, ky, kx, v: formatValue(w), n: h.links.length })}</p>
        <LinkList
          links={h.links}
          linkKey={(l) => l.output.join()}
          muted={(l) => l.padding}
          line={(l) => `input[${l.input.join(', ')}] ${formatProduct(l.padding ? 0 : at(model.x, ...l.input), w)} → output[${l.output.join(', ')}]`}
        />
      </>
    );
  }
  return (
    <section className="panel calc" aria-label={t('calc.hint')}>
      {body}
      {pinned ? <p className="calc-note">{t('calc.pinned')}</p> : <p className="calc-note">{t('calc.hint')}</p>}
      {pinned && editable && <CellEditor model={model} pinned={pinned} />}
    </section>
  );
}

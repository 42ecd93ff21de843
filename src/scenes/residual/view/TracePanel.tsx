import { memo, useEffect, useRef } from 'react';
import type { BlockNode } from '../../../animations/residualFrames.ts';
import { formatCount, formatSigned, formatSignedSum } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import type { ResidualData } from '../compute.ts';
import { explainCell } from '../explain.ts';
import type { BlockCell } from '../explain.ts';
import { formatPanel as p, nodeName } from './names.ts';

/**
 * Up to this many products are written out one by one (a 3×3 window over the hand-check preset's 2 channels);
 * beyond it the first WRITTEN and the sum of the rest.
 */
const ALL_UP_TO = 18;
const WRITTEN = 6;

/** `a − b` with a negative b in brackets: `2 − (−1.5)`. */
const minus = (a: number, b: number) => `${p(a)} − ${b < 0 ? `(${p(b)})` : p(b)}`;
/** `+ b`, or `− |b|` for a negative b. */
const plus = (b: number) => (b < 0 ? ` − ${p(-b)}` : ` + ${p(b)}`);

/** Props of `TracePanel`. */
export interface TracePanelProps {
  data: ResidualData;
  node: BlockNode;
  cell: BlockCell;
  /** Whether the learner points at the cell (else it is the current step's first cell). */
  pointed: boolean;
  /** Scroll into view when it appears (on a phone it sits under the tapped map). */
  reveal?: boolean;
}

/**
 * One cell of the block written out with its numbers, by the operation that computed it: a convolution's
 * products (the first few, then the rest's sum), batch norm's formula with the channel's running
 * statistics, γ and β, ReLU's max(0, ·), the identity, or the element-wise sum F(x) + x.
 */
export const TracePanel = memo(function TracePanel({ data, node, cell, pointed, reveal = false }: TracePanelProps) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const ref = useRef<HTMLElement>(null);
  const at = `${node}:${cell.join(',')}`;
  useEffect(() => {
    if (reveal) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [reveal, at]);
  const story = explainCell(data, node, cell);
  const [c, y, x] = cell;
  const name = nodeName(node, data.tensors.projBn !== undefined);
  // A name with spaces (the sum) is bracketed before its index: (F(x) + x)[0, 1, 1].
  const title = t('res.traceTitle', { name: name.includes(' ') ? `(${name})` : name, c, y, x, v: p(story.value) });
  const skipName = data.tensors.projBn ? t('res.skip.proj') : t('res.skip.x');
  let formula = '';
  let note = '';
  switch (story.op) {
    case 'input':
      formula = `x[${c}, ${y}, ${x}] = ${p(story.value)}`;
      note = t('res.trace.input');
      break;
    case 'identity':
      formula = `identity[${c}, ${y}, ${x}] = x[${c}, ${y}, ${x}] = ${p(story.value)}`;
      note = t('res.trace.identity', { c, y, x });
      break;
    case 'conv': {
      const all = story.terms.length <= ALL_UP_TO;
      const shown = all ? story.terms : story.terms.slice(0, WRITTEN);
      let rest = 0;
      for (let i = shown.length; i < story.terms.length; i++) rest += story.terms[i].product;
      const restText = all ? '' : ` + ${t('res.trace.rest', { n: formatCount(story.terms.length - shown.length, lang), s: formatSigned(Math.round(rest * 100) / 100) })}`;
      const sum = formatSignedSum(shown.map((term) => [Math.round(term.weightValue * 100) / 100, Math.round(term.inputValue * 100) / 100] as const));
      formula = `${name}[${c}, ${y}, ${x}] = ${sum}${restText} = ${p(story.value)}`;
      note = t('res.trace.conv', { k: story.kernel, C: formatCount(story.channels, lang), n: formatCount(story.terms.length, lang) });
      break;
    }
    case 'bn':
      formula = `(${minus(story.v, story.mean)}) / √(${p(story.variance)} + 0.00001) × ${p(story.gamma)}${plus(story.beta)} = ${p(story.value)}`;
      note = t('res.trace.bn', { c, mean: p(story.mean), var: p(story.variance), gamma: p(story.gamma), beta: p(story.beta) });
      break;
    case 'relu':
      formula = `max(0, ${p(story.v)}) = ${p(story.value)}`;
      note = t('res.trace.relu');
      break;
    case 'add':
      formula = `F(x) + ${skipName} = ${p(story.f)}${plus(story.shortcut)} = ${p(story.value)}`;
      note = t('res.trace.add', { skip: skipName });
      break;
  }
  return (
    <section ref={ref} className="panel" aria-label={title} data-testid="res-trace">
      <h2>{title}</h2>
      <p className="formula" data-testid="res-trace-formula">{formula}</p>
      <p className="calc-note">{note}</p>
      {!pointed && <p className="calc-note">{t('res.trace.hint')}</p>}
    </section>
  );
});

import { memo } from 'react';
import { outputsReading, poolCell } from '../../../animations/poolingFrames.ts';
import type { PoolTap } from '../../../animations/poolingFrames.ts';
import { at } from '../../../engine/index.ts';
import { useT } from '../../../i18n/useT.ts';
import { formatSigned } from '../../../i18n/format.ts';
import { pluralKey } from '../../../i18n/plural.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import type { WindowModel } from '../model.ts';
import shared from './pooling.module.css';
import own from './window.module.css';

/** This part's classes and the ones every part shares. */
const styles = { ...shared, ...own };

/** What the panel explains: an output cell (with the tap playback has reached, or complete), or an input-plane cell. */
export type WindowSubject =
  | {
      kind: 'output';
      cell: readonly [number, number, number];
      /** The tap playback is on, or null when the cell is shown complete. */
      tapIndex: number | null;
      /** From the frame: the winning tap so far (max), the sum and the taps counted so far (average). */
      best: number | null;
      partialSum: number;
      counted: number;
    }
  | { kind: 'input'; cell: readonly [number, number, number] };

/** A tap as a chip: its value, −∞ or 0 on padding, nothing past the padded input. */
function tapText(tap: PoolTap, mode: 'max' | 'avg'): string {
  if (tap.kind === 'input') return formatSigned(tap.value ?? 0);
  if (tap.kind === 'padding') return mode === 'max' ? '−∞' : '0';
  return '·';
}

/**
 * Why an output cell has its value: max(…) over the window's taps with the winner marked, or
 * (a + b + …) / divisor with the divisor PyTorch uses; during playback the current tap is marked and
 * the later ones wait. For an input cell: the output cells whose window reads it.
 */
export const WindowExplain = memo(function WindowExplain({ model, subject, pinned }: { model: WindowModel; subject: WindowSubject; pinned: boolean }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const g = model.geometry;
  const { mode, countIncludePad } = model;
  const [c, y, x] = subject.cell;
  if (subject.kind === 'input') {
    const inside = y >= 0 && y < g.inH && x >= 0 && x < g.inW;
    const padded = y < g.inH + g.padBottom && x < g.inW + g.padRight;
    const readers = outputsReading(g, y, x);
    const list = readers.map(([oy, ox]) => {
      const cell = poolCell(g, model.x, c, oy, ox, countIncludePad);
      const value = formatSigned(at(model.output, c, oy, ox));
      const wins = mode === 'max' && cell.best !== null && cell.taps[cell.best].iy === y && cell.taps[cell.best].ix === x;
      const key = mode === 'max' ? (wins ? 'pool.reader.wins' : 'pool.reader.max') : 'pool.reader.avg';
      return <li key={`${oy},${ox}`}>{t(key, { c, y: oy, x: ox, v: value, d: cell.divisor })}</li>;
    });
    const what = inside
      ? t(readers.length === 0 ? 'pool.inputUnread' : pluralKey(lang, 'pool.input', readers.length), { c, y, x, v: formatSigned(at(model.x, c, y, x)), n: readers.length })
      : padded
        ? t(pluralKey(lang, mode === 'max' ? 'pool.padMax' : 'pool.padAvg', readers.length), { n: readers.length })
        : t('pool.outside');
    return (
      <section className={`panel ${styles.explain}`} aria-label={t('pool.explainTitle')} data-testid="pool-explain">
        <h2 className="calc-title">{inside ? `input[${c}, ${y}, ${x}]` : t('pool.notInput', { y, x })}</h2>
        <p>{what}</p>
        {list.length > 0 && <ul className={styles.readers}>{list}</ul>}
        {pinned && <p className="calc-note">{t('calc.pinned')}</p>}
      </section>
    );
  }
  const cell = poolCell(g, model.x, c, y, x, countIncludePad);
  const { taps } = cell;
  const complete = subject.tapIndex === null;
  const seen = complete ? taps.length : (subject.tapIndex as number) + 1;
  const { best, partialSum, counted } = subject;
  const value = formatSigned(at(model.output, c, y, x));
  const paddingTaps = taps.filter((tap) => tap.kind === 'padding').length;
  const outsideTaps = taps.filter((tap) => tap.kind === 'outside').length;
  const chips = taps.map((tap, i) => {
    const left = tap.kind === 'outside' || (mode === 'avg' && tap.kind === 'padding' && !countIncludePad);
    const state = [
      styles.chip,
      tap.kind !== 'input' && styles.chipPad,
      left && styles.chipLeft,
      i === subject.tapIndex && styles.chipCurrent,
      i >= seen && styles.chipPending,
      mode === 'max' && i === best && styles.chipBest,
    ].filter(Boolean).join(' ');
    return (
      <li key={i} aria-current={i === subject.tapIndex ? 'step' : undefined}>
        {i > 0 && <span className={styles.sep}>{mode === 'max' ? ', ' : ' + '}</span>}
        <span className={state}>{tapText(tap, mode)}</span>
      </li>
    );
  });
  const bestTap = best === null ? null : taps[best];
  const result = complete
    ? mode === 'max'
      ? t('pool.maxResult', { v: value, y: bestTap?.iy ?? 0, x: bestTap?.ix ?? 0, c })
      : t('pool.avgResult', { s: formatSigned(cell.sum), d: cell.divisor, v: value })
    : mode === 'max'
      ? best === null
        ? t('pool.maxNone', { k: seen, n: taps.length })
        : t('pool.maxSoFar', { v: formatSigned(taps[best].value ?? 0), k: seen, n: taps.length })
      : t('pool.sumSoFar', { s: formatSigned(partialSum), k: counted, n: taps.length });
  return (
    <section className={`panel ${styles.explain}`} aria-label={t('pool.explainTitle')} data-testid="pool-explain">
      <h2 className="calc-title">
        output[{c}, {y}, {x}] = <span>{complete ? value : '…'}</span>
      </h2>
      <p className={styles.formula} data-testid="pool-terms">
        <span>{mode === 'max' ? 'max(' : '('}</span>
        <ol className={styles.chips}>{chips}</ol>
        <span>{mode === 'max' ? ')' : complete ? `) / ${cell.divisor}` : ') / …'}</span>
      </p>
      <p className={styles.result} data-testid="pool-result">{result}</p>
      {paddingTaps > 0 && <p className="calc-note">{t(mode === 'max' ? 'pool.noteMaxPad' : countIncludePad ? 'pool.noteAvgPad' : 'pool.noteAvgNoPad')}</p>}
      {outsideTaps > 0 && <p className="calc-note" data-testid="pool-outside">{t(pluralKey(lang, 'pool.noteOutside', outsideTaps), { n: outsideTaps })}</p>}
      {(g.dilationH > 1 || g.dilationW > 1) && <p className="calc-note">{t('calc.skipped')}</p>}
      {pinned ? <p className="calc-note">{t('calc.pinned')}</p> : <p className="calc-note">{t('calc.hint')}</p>}
    </section>
  );
});

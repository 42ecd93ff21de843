import { memo, useCallback, useId, useMemo, useState } from 'react';
import { formatCount } from '../../../i18n/format.ts';
import { LANG_TAGS } from '../../../i18n/translate.ts';
import type { Lang } from '../../../i18n/translate.ts';
import { useT } from '../../../i18n/useT.ts';
import { allBlocks, defaultOpen, shapeText, visibleRows } from '../model.ts';
import { rowLink } from '../links.ts';
import type { NetworksValues } from '../schema.ts';
import { NETWORKS } from '../table.ts';
import type { NetRow, NetTable } from '../table.ts';
import { RowLinkCell } from './RowLinkCell.tsx';
import styles from './networks.module.css';

/** A block's settings: its configuration in torchvision's argument names (`inplanes=64, planes=64, stride=1`). */
const configText = (row: NetRow) =>
  Object.entries(row.config ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

/** Props of one row: the row, its index in the table, whether it is open (a block), and the toggle. */
interface RowProps {
  rows: readonly NetRow[];
  index: number;
  open: boolean;
  inside: number;
  lang: Lang;
  onToggle: (name: string) => void;
}

/** One module of the table; a block's row has a fold button and holds the sums of its rows. */
const TableRow = memo(function TableRow({ rows, index, open, inside, lang, onToggle }: RowProps) {
  const t = useT();
  const row = rows[index];
  const n = (v: number) => formatCount(v, lang);
  const link = useMemo(() => rowLink(rows, index), [rows, index]);
  const indent = { paddingInlineStart: `${0.3 + row.depth * 1.1}em` };
  return (
    <tr className={row.block ? styles.blockRow : undefined} data-row={row.name}>
      <th scope="row" style={indent}>
        {row.block ? (
          <button type="button" className={styles.toggle} aria-expanded={open} onClick={() => onToggle(row.name)} title={t('net.toggle', { name: row.name, count: inside })}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span> {row.name}
          </button>
        ) : (
          <span className={styles.leafName}>{row.name}</span>
        )}
      </th>
      <td>{row.type}</td>
      <td className={styles.shape}>{shapeText(row.outShape)}</td>
      <td className={styles.count}>{n(row.params)}</td>
      <td className={styles.count}>{n(row.macs)}</td>
      <td>{link && <RowLinkCell link={link} row={row.name} />}</td>
      <td>
        <code className={styles.settings}>{row.block ? configText(row) : row.settings}</code>
      </td>
    </tr>
  );
});

/** Props of `LayerTable`. */
export interface LayerTableProps {
  table: NetTable;
  /** The setting the table was built for (a stale table keeps its own size). */
  setting: NetworksValues;
  lang: Lang;
}

/**
 * The network's layer table as torchvision names its modules, one row per module call in forward order:
 * type and settings as `print(module)` writes them, the output shape for one image, own parameters and
 * MACs. Blocks fold and unfold (named blocks folded at first, containers open), with their subtotals;
 * the totals stay at the foot, the header at the top, and the table scrolls inside its panel.
 */
export function LayerTable({ table, setting, lang }: LayerTableProps) {
  const t = useT();
  const id = useId();
  const { rows } = table;
  const [open, setOpen] = useState<ReadonlySet<string>>(() => defaultOpen(rows));
  const shown = useMemo(() => visibleRows(rows, open), [rows, open]);
  const inside = useMemo(() => {
    const counts = new Array<number>(rows.length).fill(0);
    rows.forEach((r) => {
      for (let p = r.parent; p >= 0; p = rows[p].parent) counts[p]++;
    });
    return counts;
  }, [rows]);
  const toggle = useCallback(
    (name: string) =>
      setOpen((prev) => {
        const next = new Set(prev);
        if (!next.delete(name)) next.add(name);
        return next;
      }),
    [],
  );
  const net = NETWORKS[table.id];
  const [H, W] = setting.size;
  const n = (v: number) => formatCount(v, lang);
  const gmacs = (v: number) => (v / 1e9).toLocaleString(LANG_TAGS[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const title = t('net.table.title', { name: net.title, year: net.year, H, W });
  return (
    <section className={styles.tablePanel} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        {title}
      </h2>
      <p className={styles.source}>
        {t('net.table.source')}
        <a href={net.url} target="_blank" rel="noreferrer">
          {net.paper}
        </a>
        {' · '}
        <strong>{t('net.count.brief')}</strong>
      </p>
      <div className={styles.toolbar}>
        <button type="button" onClick={() => setOpen(allBlocks(rows))}>
          {t('net.unfoldAll')}
        </button>
        <button type="button" onClick={() => setOpen(new Set())}>
          {t('net.foldAll')}
        </button>
        <span className={styles.rowCount} data-testid="net-row-count">
          {t('net.rows', { shown: shown.length, all: rows.length })}
        </span>
      </div>
      <div className={styles.tableScroll} tabIndex={0} role="group" aria-label={title}>
        <table className={styles.table} data-testid="net-table">
          <thead>
            <tr>
              <th scope="col">{t('net.col.layer')}</th>
              <th scope="col">{t('net.col.type')}</th>
              <th scope="col">{t('net.col.shape')}</th>
              <th scope="col">{t('net.col.params')}</th>
              <th scope="col">{t('net.col.macs')}</th>
              <th scope="col">{t('net.col.scene')}</th>
              <th scope="col">{t('net.col.settings')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <TableRow key={i} rows={rows} index={i} open={open.has(rows[i].name)} inside={inside[i]} lang={lang} onToggle={toggle} />
            ))}
          </tbody>
          <tfoot>
            <tr className={styles.totalRow}>
              <th scope="row">{t('net.total')}</th>
              <td />
              <td className={styles.shape}>{shapeText(table.outShape)}</td>
              <td className={styles.count} data-testid="net-total-params">
                {n(table.totals.params)}
              </td>
              <td className={styles.count} data-testid="net-total-macs">
                {n(table.totals.macs)}
              </td>
              <td colSpan={2} data-testid="net-total-short">
                {t('net.short', { macs: gmacs(table.totals.macs), flops: gmacs(2 * table.totals.macs) })}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

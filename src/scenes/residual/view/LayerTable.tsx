import { memo } from 'react';
import { formatCount } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import type { BlockLayer, BlockPlan } from '../model.ts';
import type { ResidualValues } from '../schema.ts';
import styles from './Residual.module.css';

/** A layer as the table names it: torchvision's attribute and, for a convolution or batch norm, its arguments. */
function layerName(l: BlockLayer): string {
  const s = l.spec;
  if (s?.kind === 'conv2d') {
    const k = s.kernelSize as number;
    return `${l.name} · ${k}×${k}${s.stride === 2 ? ', stride=2' : ''}, ${s.inChannels} → ${s.outChannels}`;
  }
  if (s?.kind === 'batchNorm2d') return `${l.name} · BatchNorm2d(${s.numFeatures})`;
  return l.name;
}

/**
 * The block's modules in forward order with their output shapes, parameters and multiply-accumulates
 * (all from the engine), the total as torchvision's `sum(p.numel() for p in block.parameters())`, and what
 * the skip path costs.
 */
export const LayerTable = memo(function LayerTable({ plan, v }: { plan: BlockPlan; v: ResidualValues }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const n = (x: number) => formatCount(x, lang);
  const title = t('res.tableTitle', { name: v.block === 'basic' ? 'BasicBlock' : 'Bottleneck', inplanes: v.inplanes, planes: v.planes, stride: v.stride });
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      <div className={styles.tableScroll} tabIndex={0} role="group" aria-label={title}>
        <table className={styles.table} data-testid="res-layers">
          <thead>
            <tr>
              <th scope="col">{t('res.col.module')}</th>
              <th scope="col">{t('cost.params')}</th>
              <th scope="col">{t('cost.macs')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.layers.map((l) => (
              <tr key={l.node}>
                <th scope="row">{layerName(l)}</th>
                <td>{n(l.params)}</td>
                <td>{n(l.macs)}</td>
              </tr>
            ))}
            <tr className={styles.total}>
              <th scope="row">{t('res.row.total')}</th>
              <td data-testid="res-params">{n(plan.params)}</td>
              <td data-testid="res-macs">{n(plan.macs)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="calc-note" data-testid="res-torchvision">{t('res.torchvision', { params: n(plan.params), buffers: n(plan.buffers) })}</p>
      <p className="calc-note" data-testid="res-skip-cost">
        {plan.skipParams === 0 ? t('res.skipFree') : t('res.skipCost', { params: n(plan.skipParams), pct: plan.skipShare.toFixed(1) })}
      </p>
    </section>
  );
});

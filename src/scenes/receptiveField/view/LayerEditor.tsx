import { memo } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { RF_LIMITS, rfLayer } from '../schema.ts';
import type { RfLayer } from '../schema.ts';
import { IntField } from '../../../components/fields/IntField.tsx';
import styles from './ReceptiveField.module.css';

/** Props of `LayerEditor`: the stack (1 to `RF_LIMITS.layers` layers) and where a changed stack goes. */
export interface LayerEditorProps {
  layers: readonly RfLayer[];
  onChange: (layers: RfLayer[]) => void;
}

/**
 * The stack, a structured parameter the schema's form cannot draw: 1–6 layers (conv or pool, kernel,
 * stride, padding, dilation), a layer added or removed. Each field shows its letter (k, s, p, d) and a
 * legend line defines the letters in the learner's language; the fields' accessible names keep PyTorch's
 * names. The limits are the link's (`RF_LIMITS`).
 */
export const LayerEditor = memo(function LayerEditor({ layers, onChange }: LayerEditorProps) {
  const t = useT();
  const update = (i: number, change: Partial<RfLayer>) => onChange(layers.map((l, j) => (j === i ? { ...l, ...change } : l)));
  return (
    <>
      <p className="calc-note" id="rf-fields-legend" data-testid="rf-fields-legend">
        {t('rf.fieldsLegend')}
      </p>
      <ol className={styles.layers} aria-label={t('rf.layers')} aria-describedby="rf-fields-legend">
        {layers.map((l, i) => (
          <li key={i} className="controls">
            <span className={styles.layerName}>{t('rf.layer', { n: i + 1 })}</span>
            <div className="field">
              <label htmlFor={`rf-kind-${i}`}>{t('rf.kind')}</label>
              <select id={`rf-kind-${i}`} value={l.kind} onChange={(e) => update(i, { kind: e.target.value as RfLayer['kind'] })}>
                <option value="conv">{t('rf.conv')}</option>
                <option value="pool">{t('rf.pool')}</option>
              </select>
            </div>
            <div className={styles.param}>
              <span className={styles.letter} aria-hidden="true">k</span>
              <IntField label={`${t('rf.layer', { n: i + 1 })} · kernel_size`} name="kernel_size" value={l.k} {...RF_LIMITS.k} onChange={(k) => update(i, { k })} />
            </div>
            <div className={styles.param}>
              <span className={styles.letter} aria-hidden="true">s</span>
              <IntField label={`${t('rf.layer', { n: i + 1 })} · stride`} name="stride" value={l.s} {...RF_LIMITS.s} onChange={(s) => update(i, { s })} />
            </div>
            <div className={styles.param}>
              <span className={styles.letter} aria-hidden="true">p</span>
              <IntField label={`${t('rf.layer', { n: i + 1 })} · padding`} name="padding" value={l.p} {...RF_LIMITS.p} onChange={(p) => update(i, { p })} />
            </div>
            <div className={styles.param}>
              <span className={styles.letter} aria-hidden="true">d</span>
              <IntField label={`${t('rf.layer', { n: i + 1 })} · dilation`} name="dilation" value={l.d} {...RF_LIMITS.d} onChange={(d) => update(i, { d })} />
            </div>
            <button type="button" disabled={layers.length <= 1} onClick={() => onChange(layers.filter((_, j) => j !== i))} aria-label={t('rf.remove', { n: i + 1 })}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button type="button" disabled={layers.length >= RF_LIMITS.layers} onClick={() => onChange([...layers, rfLayer('conv', 3)])}>
        {t('rf.add')}
      </button>
    </>
  );
});

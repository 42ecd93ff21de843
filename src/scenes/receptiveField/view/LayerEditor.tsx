import { memo } from 'react';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { RF_PRESETS } from '../model.ts';
import { RF_LIMITS, rfLayer } from '../schema.ts';
import type { ReceptiveFieldValues, RfLayer } from '../schema.ts';
import { useAppStore } from '../../../store/store.ts';
import { IntField } from '../../../components/fields/IntField.tsx';
import { PairField } from '../../../components/fields/PairField.tsx';

/**
 * The stack: input size, 1–6 layers (conv or pool, kernel, stride, padding, dilation), and the classic
 * presets. Each field shows its letter (k, s, p, d) and a legend line defines the letters in the
 * learner's language; the fields' accessible names keep PyTorch's names.
 */
export const LayerEditor = memo(function LayerEditor({ values }: { values: ReceptiveFieldValues }) {
  const t = useT();
  const setParams = useAppStore((s) => s.setParams);
  const setLayers = (layers: RfLayer[]) => setParams({ layers });
  const update = (i: number, change: Partial<RfLayer>) => setLayers(values.layers.map((l, j) => (j === i ? { ...l, ...change } : l)));
  return (
    <div className="rf-editor">
      <div className="controls">
        <PairField label={`${t('p.size')} · size`} name="size" value={values.size} min={1} max={64} onChange={(size) => setParams({ size })} />
        <div className="field field-buttons" role="group" aria-label={t('rf.presets')}>
          {RF_PRESETS.map((p) => (
            <button key={p.id} type="button" onClick={() => setParams({ layers: p.layers, size: [p.size, p.size] })}>
              {t(`rf.preset.${p.id}` as MessageKey)}
            </button>
          ))}
        </div>
      </div>
      <p className="calc-note rf-fields-legend" id="rf-fields-legend" data-testid="rf-fields-legend">
        {t('rf.fieldsLegend')}
      </p>
      <ol className="rf-layers" aria-label={t('rf.layers')} aria-describedby="rf-fields-legend">
        {values.layers.map((l, i) => (
          <li key={i} className="controls">
            <span className="rf-layer-name">{t('rf.layer', { n: i + 1 })}</span>
            <div className="field">
              <label htmlFor={`rf-kind-${i}`}>{t('rf.kind')}</label>
              <select id={`rf-kind-${i}`} value={l.kind} onChange={(e) => update(i, { kind: e.target.value as RfLayer['kind'] })}>
                <option value="conv">{t('rf.conv')}</option>
                <option value="pool">{t('rf.pool')}</option>
              </select>
            </div>
            <div className="rf-param">
              <span className="rf-letter" aria-hidden="true">k</span>
              <IntField label={`${t('rf.layer', { n: i + 1 })} · kernel_size`} name="kernel_size" value={l.k} min={1} max={RF_LIMITS.k} onChange={(k) => update(i, { k })} />
            </div>
            <div className="rf-param">
              <span className="rf-letter" aria-hidden="true">s</span>
              <IntField label={`${t('rf.layer', { n: i + 1 })} · stride`} name="stride" value={l.s} min={1} max={RF_LIMITS.s} onChange={(s) => update(i, { s })} />
            </div>
            <div className="rf-param">
              <span className="rf-letter" aria-hidden="true">p</span>
              <IntField label={`${t('rf.layer', { n: i + 1 })} · padding`} name="padding" value={l.p} min={0} max={RF_LIMITS.p} onChange={(p) => update(i, { p })} />
            </div>
            <div className="rf-param">
              <span className="rf-letter" aria-hidden="true">d</span>
              <IntField label={`${t('rf.layer', { n: i + 1 })} · dilation`} name="dilation" value={l.d} min={1} max={RF_LIMITS.d} onChange={(d) => update(i, { d })} />
            </div>
            <button type="button" disabled={values.layers.length <= 1} onClick={() => setLayers(values.layers.filter((_, j) => j !== i))} aria-label={t('rf.remove', { n: i + 1 })}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button type="button" disabled={values.layers.length >= RF_LIMITS.layers} onClick={() => setLayers([...values.layers, rfLayer('conv', 3)])}>
        {t('rf.add')}
      </button>
    </div>
  );
});

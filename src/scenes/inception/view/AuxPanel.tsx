import { memo } from 'react';
import { PresetButtons } from '../../../components/PresetButtons.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { formatCount, formatValue } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { AUX_CONV, AUX_DROPOUT, AUX_FC, AUX_HEADS, LOSS_EXAMPLE } from '../costs.ts';
import type { AuxRow } from '../costs.ts';
import { inceptionSchema } from '../schema.ts';
import type { InceptionValues } from '../schema.ts';
import styles from './Inception.module.css';

/** What the auxiliary panel shows, computed by the scene (engine counts, the loss of the example). */
export interface AuxFigures {
  rows: AuxRow[];
  total: { params: number; macs: number };
  weightsOnly: number;
  withBias: number;
  /** Parameters of GoogLeNet's two heads (after 4a and 4d) and of both, as set (classes, bias); their MACs together. */
  heads: [number, number];
  both: { params: number; macs: number };
  loss: number;
}

/** Shapes as the paper writes them: H×W×C for maps, the length for vectors. */
const hwc = (s: readonly number[]) => (s.length === 3 ? `${s[1]}×${s[2]}×${s[0]}` : String(s[0]));

/**
 * Deep supervision: the auxiliary classifier's layers with their output shapes, parameters and MACs
 * (its input set here; presets after 4a and 4d), GoogLeNet's two heads, and the training loss with them
 * or, at inference, without them.
 */
export const AuxPanel = memo(function AuxPanel({ values, figures, stale, onChange }: { values: InceptionValues; figures: AuxFigures; stale: boolean; onChange: (c: Partial<InceptionValues>) => void }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const n = (v: number) => formatCount(v, lang);
  const names: Record<AuxRow['id'], string> = {
    input: t('inc.aux.input'),
    pool: t('inc.aux.pool'),
    conv: t('inc.aux.conv', { n: AUX_CONV }),
    flatten: t('inc.aux.flatten'),
    fc1: t('inc.aux.fc1', { n: n(AUX_FC) }),
    dropout: t('inc.aux.dropout', { p: AUX_DROPOUT }),
    fc2: t('inc.aux.fc2', { n: n(values.numClasses) }),
  };
  const title = t('inc.auxTitle');
  const l = LOSS_EXAMPLE;
  return (
    <section className={`panel${stale ? ` ${styles.stale}` : ''}`} aria-labelledby="inc-aux">
      <h2 id="inc-aux">{title}</h2>
      <SchemaForm
        schema={inceptionSchema}
        values={values}
        names={['auxInChannels', 'auxSize', 'numClasses', 'training']}
        onChange={onChange}
        label={title}
        labels={{ auxInChannels: t('inc.f.auxIn'), auxSize: t('inc.f.auxSize'), numClasses: t('inc.f.classes'), training: t('inc.f.training') }}
      >
        <PresetButtons presets={AUX_HEADS} label={(h) => t('inc.aux.after', { id: h.after })} onPick={(h) => onChange({ auxInChannels: h.inChannels, auxSize: [h.size, h.size] })} />
      </SchemaForm>
      {stale && <p className="calc-note">{t('inc.aux.stale', { size: `${figures.rows[0].shape[1]}×${figures.rows[0].shape[2]}` })}</p>}
      <div className={styles.tableScroll} tabIndex={0} role="group" aria-label={title}>
        <table className={`${styles.table}${values.training ? '' : ` ${styles.dropped}`}`} data-testid="inc-aux">
          <thead>
            <tr>
              <th scope="col">{t('inc.aux.layer')}</th>
              <th scope="col">{t('inc.aux.shape')}</th>
              <th scope="col">{t('cost.params')}</th>
              <th scope="col">{t('cost.macs')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{names[r.id]}</th>
                <td>{hwc(r.shape)}</td>
                <td>{n(r.params)}</td>
                <td>{n(r.macs)}</td>
              </tr>
            ))}
            <tr className={styles.total}>
              <th scope="row">{t('inc.aux.total')}</th>
              <td />
              <td>{n(figures.total.params)}</td>
              <td>{n(figures.total.macs)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="calc-note" data-testid="inc-aux-both">{t('inc.aux.both', { weights: n(figures.weightsOnly), all: n(figures.withBias) })}</p>
      <p className="calc-note" data-testid="inc-aux-heads">{t('inc.aux.heads', { a: n(figures.heads[0]), b: n(figures.heads[1]), sum: n(figures.both.params) })}</p>
      <p className={styles.loss} data-testid="inc-loss">
        {values.training
          ? t('inc.loss.train', { main: formatValue(l.main), aux1: formatValue(l.aux1), aux2: formatValue(l.aux2), total: Number(figures.loss.toFixed(3)).toString() })
          : t('inc.loss.eval', { params: n(figures.both.params), macs: n(figures.both.macs) })}
      </p>
    </section>
  );
});

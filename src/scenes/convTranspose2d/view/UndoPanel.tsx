import { memo, useMemo } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { formatValue } from '../../../i18n/format.ts';
import { shapeNotValues, undoCandidates } from '../model.ts';
import type { ConvTranspose2dModel } from '../model.ts';
import type { ConvTranspose2dValues } from '../schema.ts';
import { useAppStore } from '../../../store/store.ts';
import { colorScale } from '../../../components/colorScale.ts';
import { Grid } from '../../../components/Grid.tsx';
import styles from './UndoPanel.module.css';

/**
 * "Undo a convolution": which conv2d input sizes this transposed convolution can restore (one per
 * output_padding), and a seeded example showing that the shape comes back but the values do not.
 */
export const UndoPanel = memo(function UndoPanel({ model, values }: { model: ConvTranspose2dModel; values: ConvTranspose2dValues }) {
  const t = useT();
  const setParams = useAppStore((s) => s.setParams);
  const axes = undoCandidates(values);
  const demo = useMemo(() => shapeNotValues(values, model), [values, model]);
  const k = values.kernelSize;
  const dims = (a: readonly number[]) => (a[0] === a[1] ? String(a[0]) : `${a[0]}×${a[1]}`);
  return (
    <section className="panel" aria-labelledby="panel-undo">
      <h2 id="panel-undo">{t('undo.title')}</h2>
      <p>{t('undo.intro', { k: dims(k), s: dims(values.stride), p: dims(values.padding), d: dims(values.dilation), size: `${values.size[0]}×${values.size[1]}` })}</p>
      <ul className="formula-list">
        {axes.map((a) => (
          <li key={a.axis}>
            {a.axis}:{' '}
            {a.candidates.map((c, i) => (
              <span key={c.size}>
                {i > 0 && ', '}
                <button
                  type="button"
                  className={(a.axis === 'H' ? values.outputPadding[0] : values.outputPadding[1]) === c.outputPadding ? `${styles.candidate} ${styles.chosen}` : styles.candidate}
                  disabled={!c.allowed}
                  onClick={() => setParams({ outputPadding: a.axis === 'H' ? [c.outputPadding, values.outputPadding[1]] : [values.outputPadding[0], c.outputPadding] })}
                >
                  {t('undo.candidate', { size: c.size, op: c.outputPadding })}
                </button>
              </span>
            ))}
          </li>
        ))}
      </ul>
      {demo && (
        <>
          <p>{t('undo.values')}</p>
          <div className="footprints">
            <Grid label={t('undo.original')} rows={demo.original.shape[1]} cols={demo.original.shape[2]} cellSize={22} values={demo.original.data} color={colorScale(demo.original.data)} format={formatValue} />
            <Grid label={t('undo.down')} rows={demo.down.shape[1]} cols={demo.down.shape[2]} cellSize={22} values={demo.down.data} color={colorScale(demo.down.data)} format={formatValue} />
            <Grid label={t('undo.restored')} rows={demo.restored.shape[1]} cols={demo.restored.shape[2]} cellSize={22} values={demo.restored.data} color={colorScale(demo.restored.data)} format={formatValue} />
          </div>
        </>
      )}
    </section>
  );
});

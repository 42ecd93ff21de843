import { memo } from 'react';
import { conv2dOutputSize } from '../../../engine/index.ts';
import { useT } from '../../../i18n/useT.ts';
import { conv2dSchema } from '../schema.ts';
import type { Conv2dValues } from '../schema.ts';
import { useAppStore } from '../../../store/store.ts';
import styles from './DilationPanel.module.css';

/** A kernel's footprint as small squares: taps filled, cells that dilation skips left empty (H and W apart). */
function Footprint({ k, d, label }: { k: readonly [number, number]; d: readonly [number, number]; label: string }) {
  const rows = d[0] * (k[0] - 1) + 1;
  const cols = d[1] * (k[1] - 1) + 1;
  const s = Math.max(6, Math.min(16, Math.floor(96 / Math.max(rows, cols))));
  const cells = [];
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      const tap = y % d[0] === 0 && x % d[1] === 0;
      cells.push(<rect key={`${y},${x}`} x={x * s} y={y * s} width={s} height={s} className={tap ? styles.tap : styles.gap} />);
    }
  }
  return (
    <svg width={cols * s} height={rows * s} role="img" aria-label={label} className={styles.footprint}>
      {cells}
    </svg>
  );
}

/**
 * Dilation made visible: the current (dilated) kernel next to the dense kernel that covers the same
 * window, with their weights per channel pair and output sizes, and a button to switch between them.
 */
export const DilationPanel = memo(function DilationPanel({ values }: { values: Conv2dValues }) {
  const t = useT();
  const setParams = useAppStore((s) => s.setParams);
  const [kH, kW] = values.kernelSize;
  const [dH, dW] = values.dilation;
  const dilated = dH > 1 || dW > 1;
  // The pair compared: the current dilated kernel and its dense equal, or (no dilation) 3×3 d=2 against 5×5.
  const k: [number, number] = dilated ? [kH, kW] : [3, 3];
  const d: [number, number] = dilated ? [dH, dW] : [2, 2];
  const span: [number, number] = [d[0] * (k[0] - 1) + 1, d[1] * (k[1] - 1) + 1];
  // The dense kernel can be opened only where the scene's kernel_size reaches (its codec clamps beyond).
  const codec = conv2dSchema.kernelSize;
  const denseFits = codec.parse(codec.format(span)).issue === undefined;
  const maxKernel = codec.parse('999x999').value;
  const pad = typeof values.padding === 'object' ? values.padding : typeof values.padding === 'number' ? [values.padding, values.padding] : [0, 0];
  const size = (kk: number[], dd: number[]) =>
    values.padding === 'same'
      ? `${values.size[0]}×${values.size[1]}`
      : `${conv2dOutputSize(values.size[0], kk[0], values.stride[0], pad[0], dd[0])}×${conv2dOutputSize(values.size[1], kk[1], values.stride[1], pad[1], dd[1])}`;
  const dims = (a: number[]) => `${a[0]}×${a[1]}`;
  return (
    <section className="panel" aria-labelledby="panel-dilation">
      <h2 id="panel-dilation">{t('dil.title')}</h2>
      <div className="footprints">
        <figure>
          <Footprint k={k} d={d} label={t('dil.dilated', { k: dims(k), d: dims(d) })} />
          <figcaption>
            {t('dil.dilated', { k: dims(k), d: dims(d) })}
            <br />
            {t('dil.weights', { n: k[0] * k[1], window: dims(span) })}
            <br />
            {t('dil.output', { size: size(k, d) })}
          </figcaption>
        </figure>
        <figure>
          <Footprint k={span} d={[1, 1]} label={t('dil.dense', { k: dims(span) })} />
          <figcaption>
            {t('dil.dense', { k: dims(span) })}
            <br />
            {t('dil.weights', { n: span[0] * span[1], window: dims(span) })}
            <br />
            {t('dil.output', { size: size(span, [1, 1]) })}
          </figcaption>
        </figure>
      </div>
      <p className="field-buttons">
        <button type="button" onClick={() => setParams({ kernelSize: [k[0], k[1]], dilation: [d[0], d[1]] })} disabled={dilated}>
          {t('dil.showDilated', { k: dims(k), d: dims(d) })}
        </button>
        <button type="button" onClick={() => setParams({ kernelSize: span, dilation: [1, 1] })} disabled={!denseFits}>
          {t('dil.showDense', { k: dims(span) })}
        </button>
      </p>
      {!denseFits && <p className="calc-note">{t('dil.denseTooLarge', { k: dims(span), max: dims(maxKernel) })}</p>}
    </section>
  );
});

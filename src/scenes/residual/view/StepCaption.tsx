import { memo } from 'react';
import type { BlockNode } from '../../../animations/residualFrames.ts';
import { formatCount } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import type { ResidualData } from '../compute.ts';
import { formatShape } from '../model.ts';
import { NODE_NAMES } from './names.ts';
import styles from './Residual.module.css';

/**
 * What the current step does, in one sentence a class can read from the back row: which operation, on
 * how many channels, and for the sum and the output, their shapes.
 */
export const StepCaption = memo(function StepCaption({ data, node, step }: { data: ResidualData; node: BlockNode; step: number }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const n = (v: number) => formatCount(v, lang);
  const layer = data.plan.layers.find((l) => l.node === node);
  const spec = layer?.spec ?? null;
  const name = NODE_NAMES[node];
  const shape = formatShape(data.tensors[node]!.shape);
  let text: string;
  if (node === 'x') {
    const [C, H, W] = data.plan.xShape;
    text = t('res.step.x', { C: n(C), H, W });
  } else if (node === 'identity') {
    text = t('res.step.identity');
  } else if (node === 'add') {
    text = t('res.step.add', { skip: data.tensors.projBn ? t('res.skip.proj') : t('res.skip.x'), shape });
  } else if (node === 'out') {
    text = t('res.step.out', { shape });
  } else if (spec?.kind === 'conv2d') {
    const k = spec.kernelSize as number;
    const stride = (spec.stride as number) ?? 1;
    if (node === 'proj') text = t('res.step.proj', { s: stride, from: n(spec.inChannels), to: n(spec.outChannels) });
    else text = t(stride === 2 ? 'res.step.convStride' : 'res.step.conv', { name, k, from: n(spec.inChannels), to: n(spec.outChannels) });
  } else if (spec?.kind === 'batchNorm2d') {
    text = node === 'projBn' ? t('res.step.projBn') : t('res.step.bn', { name });
  } else {
    text = t('res.step.relu');
  }
  return (
    <p className={styles.caption} aria-live="polite" data-testid="res-step">
      <strong>{t('stepOf', { n: step + 1, total: data.plan.steps.length })}</strong> · {text}
    </p>
  );
});

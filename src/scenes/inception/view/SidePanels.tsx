import { memo } from 'react';
import type { CSSProperties } from 'react';
import { CostTable } from '../../../components/CostTable.tsx';
import type { CostLine } from '../../../components/CostTable.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatCount, formatValue } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import type { ModuleCost, paperCounts } from '../costs.ts';
import type { InceptionModel } from '../model.ts';
import { inceptionSchema } from '../schema.ts';
import type { InceptionValues } from '../schema.ts';
import { branchColor } from './ModuleStage.tsx';
import styles from './Inception.module.css';

/** `(H + 2·p − k) / 1 + 1 = out` for one axis, with the engine's output size. */
const sizeFormula = (size: number, p: number, k: number, out: number) => `(${size} + 2·${p} − ${k}) / 1 + 1 = ${out}`;

/** The output-size formula of a layer on the drawn input, H and W apart when they differ. */
export function layerFormula(input: readonly number[], p: number, k: number, out: readonly number[]): string {
  const h = sizeFormula(input[1], p, k, out[1]);
  return input[1] === input[2] ? h : `H ${h}; W ${sizeFormula(input[2], p, k, out[2])}`;
}

/**
 * Why H×W stays: each distinct window of the module (1×1, 3×3, 5×5, the pool) with the output-size
 * formula on the drawn input, and the padding switch.
 */
export const SamePanel = memo(function SamePanel({ model, values, onChange }: { model: InceptionModel; values: InceptionValues; onChange: (c: Partial<InceptionValues>) => void }) {
  const t = useT();
  const naive = model.layers.length === 4;
  // One row per branch's widest window: branch 1's 1×1, the 3×3, the 5×5 and the pool.
  const rows = [model.drawn.b1!, model.drawn.b2!, model.drawn.b3!, model.drawn.b4p!];
  return (
    <section className="panel" aria-labelledby="inc-same">
      <h2 id="inc-same">{t('inc.sameTitle')}</h2>
      <ul className={styles.sameList} data-testid="inc-same">
        {rows.map((l) => (
          <li key={l.info.id} style={{ '--branch': branchColor(l.info.branch) } as CSSProperties}>
            {t('inc.same.row', {
              name: t(`inc.branch.${l.info.branch + 1}${naive && l.info.branch > 0 ? 'naive' : ''}` as MessageKey),
              formula: layerFormula(l.input.shape, l.info.padding, l.info.kernel, l.shape),
            })}
          </li>
        ))}
      </ul>
      <p className="calc-note">{t(values.padding ? 'inc.same.note' : 'inc.same.off')}</p>
      <SchemaForm schema={inceptionSchema} values={values} names={['padding']} onChange={onChange} label={t('inc.sameTitle')} labels={{ padding: t('inc.f.padding') }} />
    </section>
  );
});

/** The cost lines of one module: a row per branch (its layers named), then the total with its output channels. */
function costLines(m: ModuleCost, v: InceptionValues): CostLine[] {
  const naive = m.kind === 'naive';
  const I = v.inChannels;
  const rows: CostLine[] = m.branches.map((b) => {
    const last = b.layers.at(-1)!.info;
    const first = b.layers[0].info;
    const key = `inc.row.b${b.branch + 1}${naive && b.branch > 0 ? 'naive' : ''}` as MessageKey;
    return { key, values: { I, r: first.outChannels, o: last.outChannels }, params: b.params, macs: b.macs };
  });
  return [...rows, { key: naive ? 'inc.row.naive' : 'inc.row.reduced', values: { c: m.outChannels }, params: m.params, macs: m.macs, total: true }];
}

/** Props of `CostPanel`. */
export interface CostPanelProps {
  values: InceptionValues;
  naive: ModuleCost;
  reduced: ModuleCost;
  paper: ReturnType<typeof paperCounts>;
  onChange: (c: Partial<InceptionValues>) => void;
}

/**
 * Parameters and MACs of both modules on the counted input, per branch and in total (with the ratio), the
 * counted size and bias switch, and the paper's way of counting (weights only, K = 1,024).
 */
export const CostPanel = memo(function CostPanel({ values, naive, reduced, paper, onChange }: CostPanelProps) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const n = (v: number) => formatCount(v, lang);
  const title = t('inc.costTitle', { H: values.map[0], W: values.map[1], C: n(values.inChannels) });
  return (
    <>
      <section className="panel" aria-label={t('inc.f.map')}>
        <SchemaForm schema={inceptionSchema} values={values} names={['map', 'bias']} onChange={onChange} label={title} labels={{ map: t('inc.f.map') }} />
      </section>
      <CostTable title={title} testId="inc-costs" lines={[...costLines(naive, values), ...costLines(reduced, values)]} ratio={{ params: reduced.params / naive.params, macs: reduced.macs / naive.macs }} />
      <p className="calc-note" data-testid="inc-paper">
        {t('inc.paper', { weights: n(paper.weights), k: formatValue(Math.round(paper.k * 10) / 10), macs: n(paper.macs), m: formatValue(Math.round(paper.millions * 10) / 10), withBias: n(paper.withBias) })}
      </p>
    </>
  );
});

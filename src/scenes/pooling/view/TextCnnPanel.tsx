import { memo } from 'react';
import { PresetButtons } from '../../../components/PresetButtons.tsx';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { useAppStore } from '../../../store/store.ts';
import { CostTable } from '../../../components/CostTable.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { HEAD_PRESETS } from '../heads.ts';
import type { textCnn } from '../heads.ts';
import { poolingSchema } from '../schema.ts';
import type { PoolingValues } from '../schema.ts';

/**
 * The 1-D text CNN of the curriculum (CONCEPTS §6): a Conv1d slid over the words of a sentence against a
 * 1×1 Conv1d that first reduces each word's features (an FC layer applied to every word, like FC2 and
 * FC3 here), with parameters and MACs counted by the engine. `values` fill the fields; `text` is the
 * last valid count (a sentence shorter than the kernel keeps the previous one, greyed).
 */
export const TextCnnPanel = memo(function TextCnnPanel({ values, text, length }: { values: PoolingValues; text: ReturnType<typeof textCnn>; length: number }) {
  const t = useT();
  const setParams = useAppStore((s) => s.setParams);
  const { direct, stack } = text;
  const title = t('pool.text.title');
  const sum = (key: 'params' | 'macs') => stack.reduce((s, l) => s + l[key], 0);
  const name = (l: { k: number; from: number; to: number }) => ({ k: l.k, from: l.from, to: l.to });
  return (
    <>
      <section className="panel" aria-label={title}>
        <h2>{title}</h2>
        <p className="calc-note">{t('pool.text.note')}</p>
        <SchemaForm
          schema={poolingSchema}
          values={values}
          names={['textIn', 'textMid', 'textOut', 'textKernel', 'textLength']}
          onChange={(changes) => setParams(changes)}
          label={title}
          labels={{ textIn: t('pool.text.in'), textMid: t('pool.text.mid'), textOut: t('pool.text.out'), textKernel: t('pool.text.kernel'), textLength: t('pool.text.length') }}
        />
        <PresetButtons field={false} presets={HEAD_PRESETS.text} label={(p) => t(`pool.preset.${p.id}` as MessageKey)} onPick={(p) => setParams(p.values)} />
      </section>
      <CostTable
        title={t('pool.text.costTitle', { L: length })}
        testId="pool-text-costs"
        lines={[
          { key: 'pool.text.row', values: name(direct), params: direct.params, macs: direct.macs, total: true },
          ...stack.map((l) => ({ key: 'pool.text.row' as MessageKey, values: name(l), params: l.params, macs: l.macs })),
          { key: 'pool.text.stack', params: sum('params'), macs: sum('macs'), total: true },
        ]}
        ratio={{ params: sum('params') / direct.params, macs: sum('macs') / direct.macs }}
      />
    </>
  );
});

import { memo } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { kernelPreset } from '../presets.ts';
import { conv2dSchema } from '../schema.ts';
import type { Conv2dValues } from '../schema.ts';
import { useAppStore } from '../../../store/store.ts';
import { NewValuesButton } from '../../../components/NewValuesButton.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';

/** The parameters the form shows, in order; `edits` (typed cell values) are changed on the stage's cells. */
const NAMES = ['size', 'inChannels', 'outChannels', 'kernelSize', 'stride', 'padding', 'dilation', 'groups', 'bias', 'preset'] as const;

/**
 * The conv2d parameters from the scene's schema, with PyTorch's names; every change applies at once.
 * `extra` (the scene's links, on a wide screen) ends the last row.
 */
export const Conv2dControls = memo(function Conv2dControls({ values, extra = null }: { values: Conv2dValues; extra?: ReactNode }) {
  const t = useT();
  const setParams = useAppStore((s) => s.setParams);
  // Typed values name cells of the input: other input channels leave none of them meaningful.
  const set = (changes: Partial<Conv2dValues>) => setParams('inChannels' in changes ? { ...changes, edits: [] } : changes);
  const presetMissing = values.preset !== 'random' && kernelPreset(values.preset, values.kernelSize) === null;
  return (
    <SchemaForm
      schema={conv2dSchema}
      values={values}
      names={NAMES}
      onChange={set}
      fullLabels={{ preset: t('p.kernel') }}
      descriptions={{ stride: t('def.stride'), padding: t('def.padding'), dilation: t('def.dilation') }}
      optionLabel={(_, p) => t(`preset.${p}` as MessageKey)}
    >
      <div className="field field-buttons">
        <NewValuesButton seed={values.seed} onSeed={(seed) => set({ seed, edits: [] })} />
        {values.edits.length > 0 && (
          <button type="button" onClick={() => set({ edits: [] })}>
            {t('resetEdits')}
          </button>
        )}
      </div>
      {extra}
      {presetMissing && (
        <p className="field-note" role="status">
          {t('presetUnavailable', { preset: t(`preset.${values.preset}` as MessageKey) })}
        </p>
      )}
    </SchemaForm>
  );
});

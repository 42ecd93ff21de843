import { memo } from 'react';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { convTranspose2dSchema } from '../schema.ts';
import type { ConvTranspose2dValues } from '../schema.ts';
import { useAppStore } from '../../../store/store.ts';
import { NewValuesButton } from '../../../components/NewValuesButton.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';

/** The parameters the form shows, in order. */
const NAMES = ['size', 'inChannels', 'outChannels', 'kernelSize', 'stride', 'padding', 'outputPadding', 'dilation', 'groups', 'bias', 'view'] as const;

/** The ConvTranspose2d parameters from the scene's schema, with PyTorch's names, and the choice of view. */
export const ConvTranspose2dControls = memo(function ConvTranspose2dControls({ values }: { values: ConvTranspose2dValues }) {
  const t = useT();
  const setParams = useAppStore((s) => s.setParams);
  const set = (changes: Partial<ConvTranspose2dValues>) => {
    // Scatter counts steps in its own timeline (input cells), gather in output cells: a step of one
    // means nothing in the other, so a new view starts from its first step.
    if ('view' in changes) {
      const { pause, seek } = useAppStore.getState();
      pause();
      seek(0);
    }
    setParams(changes);
  };
  return (
    <SchemaForm
      schema={convTranspose2dSchema}
      values={values}
      names={NAMES}
      onChange={set}
      fullLabels={{ view: t('p.view') }}
      descriptions={{ stride: t('tdef.stride'), padding: t('tdef.padding'), outputPadding: t('tdef.outputPadding'), dilation: t('tdef.dilation') }}
      optionLabel={(_, v) => t(`view.${v}` as MessageKey)}
    >
      <div className="field field-buttons">
        <NewValuesButton seed={values.seed} onSeed={(seed) => set({ seed })} />
      </div>
    </SchemaForm>
  );
});

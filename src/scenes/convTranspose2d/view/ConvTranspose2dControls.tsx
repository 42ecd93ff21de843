import { memo, useId } from 'react';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { TRANSPOSED_VIEWS } from '../schema.ts';
import type { ConvTranspose2dValues } from '../schema.ts';
import { useAppStore } from '../../../store/store.ts';
import { IntField } from '../../../components/fields/IntField.tsx';
import { PairField } from '../../../components/fields/PairField.tsx';
import { NewValuesButton } from '../../../components/NewValuesButton.tsx';

/** The ConvTranspose2d parameters with PyTorch's names, and the choice of view. */
export const ConvTranspose2dControls = memo(function ConvTranspose2dControls({ values }: { values: ConvTranspose2dValues }) {
  const t = useT();
  const id = useId();
  const setParams = useAppStore((s) => s.setParams);
  const set = (changes: Partial<ConvTranspose2dValues>) => setParams(changes);
  // Scatter counts steps in its own timeline (input cells), gather in output cells: a step of one
  // means nothing in the other, so a new view starts from its first step.
  const changeView = (view: ConvTranspose2dValues['view']) => {
    const { pause, seek } = useAppStore.getState();
    pause();
    seek(0);
    set({ view });
  };
  return (
    <form className="controls" aria-label={t('parameters')} onSubmit={(e) => e.preventDefault()}>
      <PairField label={`${t('p.size')} · size`} name="size" value={values.size} min={1} max={16} onChange={(size) => set({ size })} />
      <IntField label={`${t('p.in_channels')} · in_channels`} name="in_channels" value={values.inChannels} min={1} max={8} onChange={(inChannels) => set({ inChannels })} />
      <IntField label={`${t('p.out_channels')} · out_channels`} name="out_channels" value={values.outChannels} min={1} max={8} onChange={(outChannels) => set({ outChannels })} />
      <PairField label={`${t('p.kernel_size')} · kernel_size`} name="kernel_size" value={values.kernelSize} min={1} max={7} onChange={(kernelSize) => set({ kernelSize })} />
      <PairField label={`${t('p.stride')} · stride`} name="stride" value={values.stride} min={1} max={4} onChange={(stride) => set({ stride })} description={t('tdef.stride')} />
      <PairField label={`${t('p.padding')} · padding`} name="padding" value={values.padding} min={0} max={6} onChange={(padding) => set({ padding })} description={t('tdef.padding')} />
      <PairField label={`${t('p.output_padding')} · output_padding`} name="output_padding" value={values.outputPadding} min={0} max={3} onChange={(outputPadding) => set({ outputPadding })} description={t('tdef.outputPadding')} />
      <PairField label={`${t('p.dilation')} · dilation`} name="dilation" value={values.dilation} min={1} max={4} onChange={(dilation) => set({ dilation })} description={t('tdef.dilation')} />
      <IntField label={`${t('p.groups')} · groups`} name="groups" value={values.groups} min={1} max={8} onChange={(groups) => set({ groups })} />
      <div className="field field-check">
        <input id={`${id}-bias`} type="checkbox" checked={values.bias} onChange={(e) => set({ bias: e.target.checked })} />
        <label htmlFor={`${id}-bias`}>{t('p.bias')} · bias</label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-view`}>{t('p.view')}</label>
        <select id={`${id}-view`} value={values.view} onChange={(e) => changeView(e.target.value as ConvTranspose2dValues['view'])}>
          {TRANSPOSED_VIEWS.map((v) => (
            <option key={v} value={v}>
              {t(`view.${v}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-buttons">
        <NewValuesButton seed={values.seed} onSeed={(seed) => set({ seed })} />
      </div>
    </form>
  );
});

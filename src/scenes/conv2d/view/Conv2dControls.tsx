import { memo, useId } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { KERNEL_PRESETS, kernelPreset } from '../presets.ts';
import type { KernelPresetName } from '../presets.ts';
import type { Conv2dValues } from '../schema.ts';
import { useAppStore } from '../../../store/store.ts';
import { IntField } from '../../../components/fields/IntField.tsx';
import { PaddingField } from '../../../components/fields/PaddingField.tsx';
import { PairField } from '../../../components/fields/PairField.tsx';
import { NewValuesButton } from '../../../components/NewValuesButton.tsx';

/**
 * The conv2d parameters, with PyTorch's names in brackets; every change applies at once. `extra` (the
 * scene's links) ends the last row.
 */
export const Conv2dControls = memo(function Conv2dControls({ values, extra = null }: { values: Conv2dValues; extra?: ReactNode }) {
  const t = useT();
  const id = useId();
  const setParams = useAppStore((s) => s.setParams);
  const set = (changes: Partial<Conv2dValues>) => setParams(changes);
  const presetMissing = values.preset !== 'random' && kernelPreset(values.preset, values.kernelSize) === null;
  return (
    <form className="controls" aria-label={t('parameters')} onSubmit={(e) => e.preventDefault()}>
      <PairField label={`${t('p.size')} · size`} name="size" value={values.size} min={1} max={32} onChange={(size) => set({ size })} />
      <IntField label={`${t('p.in_channels')} · in_channels`} name="in_channels" value={values.inChannels} min={1} max={8} onChange={(inChannels) => set({ inChannels, edits: [] })} />
      <IntField label={`${t('p.out_channels')} · out_channels`} name="out_channels" value={values.outChannels} min={1} max={8} onChange={(outChannels) => set({ outChannels })} />
      <PairField label={`${t('p.kernel_size')} · kernel_size`} name="kernel_size" value={values.kernelSize} min={1} max={11} onChange={(kernelSize) => set({ kernelSize })} />
      <PairField label={`${t('p.stride')} · stride`} name="stride" value={values.stride} min={1} max={8} onChange={(stride) => set({ stride })} description={t('def.stride')} />
      <PaddingField value={values.padding} max={10} onChange={(padding) => set({ padding })} description={t('def.padding')} />
      <PairField label={`${t('p.dilation')} · dilation`} name="dilation" value={values.dilation} min={1} max={8} onChange={(dilation) => set({ dilation })} description={t('def.dilation')} />
      <IntField label={`${t('p.groups')} · groups`} name="groups" value={values.groups} min={1} max={8} onChange={(groups) => set({ groups })} />
      <div className="field field-check">
        <input id={`${id}-bias`} type="checkbox" checked={values.bias} onChange={(e) => set({ bias: e.target.checked })} />
        <label htmlFor={`${id}-bias`}>{t('p.bias')} · bias</label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-preset`}>{t('p.kernel')}</label>
        <select id={`${id}-preset`} value={values.preset} onChange={(e) => set({ preset: e.target.value as KernelPresetName })}>
          {KERNEL_PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`preset.${p}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
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
    </form>
  );
});

import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';

/** Props of `PresetButtons`. */
export interface PresetButtonsProps<P> {
  presets: readonly P[];
  /** A preset's button text (in the learner's language) and what picking it does. */
  label: (preset: P) => string;
  onPick: (preset: P) => void;
  /** `field`: the group sits in a form's row of fields (the default); false inside a panel. */
  field?: boolean;
  /** Buttons after the presets (e.g. New values). */
  children?: ReactNode;
}

/** A scene's presets: one button per preset in a group named "Presets". */
export function PresetButtons<P extends { id: string }>({ presets, label, onPick, field = true, children }: PresetButtonsProps<P>) {
  const t = useT();
  return (
    <div className={field ? 'field field-buttons' : 'field-buttons'} role="group" aria-label={t('presets')}>
      {presets.map((preset) => (
        <button key={preset.id} type="button" onClick={() => onPick(preset)}>
          {label(preset)}
        </button>
      ))}
      {children}
    </div>
  );
}

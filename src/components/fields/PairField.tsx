import { useId } from 'react';
import { useT } from '../../i18n/useT.ts';
import { IntField } from './IntField.tsx';

/** Props of `PairField`: a size per axis, as PyTorch's `(h, w)`. */
export interface PairFieldProps {
  label: string;
  name: string;
  value: readonly [number, number];
  min: number;
  max: number;
  onChange: (value: [number, number]) => void;
  /** A one-line definition under both boxes, announced as the description of each. */
  description?: string;
  /** The id of a description shown elsewhere (e.g. the padding field's), announced with both boxes. */
  describedBy?: string;
}

/**
 * Two whole-number fields, height and width, under one legend. Each box is named with the parameter
 * and its axis ("kernel_size: height"), so a screen reader never hears a bare "height".
 */
export function PairField({ label, name, value, min, max, onChange, description, describedBy }: PairFieldProps) {
  const t = useT();
  const id = useId();
  const hint = description ? `${id}-hint` : undefined;
  const described = [describedBy, hint].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="pair-field">
      <legend>{label}</legend>
      <IntField label={t('p.axisOf', { name, axis: t('p.height') })} name={`${name}[0]`} value={value[0]} min={min} max={max} onChange={(h) => onChange([h, value[1]])} describedBy={described} />
      <span className="pair-times" aria-hidden="true">×</span>
      <IntField label={t('p.axisOf', { name, axis: t('p.width') })} name={`${name}[1]`} value={value[1]} min={min} max={max} onChange={(w) => onChange([value[0], w])} describedBy={described} />
      {description && (
        <p id={hint} className="field-hint">
          {description}
        </p>
      )}
    </fieldset>
  );
}

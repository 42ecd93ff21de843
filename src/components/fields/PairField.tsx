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
}

/** Two whole-number fields, height and width, under one legend. */
export function PairField({ label, name, value, min, max, onChange }: PairFieldProps) {
  const t = useT();
  return (
    <fieldset className="pair-field">
      <legend>{label}</legend>
      <IntField label={t('p.height')} name={`${name}[0]`} value={value[0]} min={min} max={max} onChange={(h) => onChange([h, value[1]])} />
      <span aria-hidden="true">×</span>
      <IntField label={t('p.width')} name={`${name}[1]`} value={value[1]} min={min} max={max} onChange={(w) => onChange([value[0], w])} />
    </fieldset>
  );
}

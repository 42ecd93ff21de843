import { useId } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { PaddingValue } from '../../url/params.ts';
import { PairField } from './PairField.tsx';

/** Props of `PaddingField`. */
export interface PaddingFieldProps {
  value: PaddingValue;
  max: number;
  onChange: (value: PaddingValue) => void;
  /** A one-line definition under the field, announced as the description of its select and boxes. */
  description?: string;
}

/** PyTorch's `padding`: a mode (number, 'same', 'valid') and, for numbers, height and width. */
export function PaddingField({ value, max, onChange, description }: PaddingFieldProps) {
  const t = useT();
  const id = useId();
  const mode = typeof value === 'string' ? value : 'number';
  const pair: [number, number] = typeof value === 'number' ? [value, value] : typeof value === 'string' ? [0, 0] : [value[0], value[1]];
  return (
    <div className="padding-field">
      <div className="field">
        <label htmlFor={id}>{t('p.padding')}</label>
        <select
          id={id}
          aria-describedby={description ? `${id}-hint` : undefined}
          value={mode}
          onChange={(e) => onChange(e.target.value === 'number' ? 0 : (e.target.value as 'same' | 'valid'))}
        >
          <option value="number">{t('padding.number')}</option>
          <option value="same">{t('padding.same')}</option>
          <option value="valid">{t('padding.valid')}</option>
        </select>
      </div>
      {mode === 'number' && (
        <PairField
          label={t('p.padding')}
          name="padding"
          value={pair}
          min={0}
          max={max}
          onChange={([h, w]) => onChange(h === w ? h : [h, w])}
          describedBy={description ? `${id}-hint` : undefined}
        />
      )}
      {description && (
        <p id={`${id}-hint`} className="field-hint">
          {description}
        </p>
      )}
    </div>
  );
}

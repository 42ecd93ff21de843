import { useEffect, useId, useState } from 'react';
import { useT } from '../../i18n/useT.ts';

/** Props of `IntField`. */
export interface IntFieldProps {
  label: string;
  /** PyTorch's name, shown in messages (e.g. `stride`). */
  name: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  /** A one-line definition shown under the field and announced as its description. */
  description?: string;
  /** The id of a description shown elsewhere (a pair's shared line), announced with this field. */
  describedBy?: string;
}

/** Reads a typed whole number in [min, max]; null when it is not one. */
export function readInt(text: string, min: number, max: number): number | null {
  const s = text.trim();
  if (!/^[+-]?\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

/**
 * A whole-number field. A value outside [min, max] or not a number is not applied: the field says why,
 * naming the parameter, until it is corrected (or left, which restores the current value).
 */
export function IntField({ label, name, value, min, max, onChange, description, describedBy }: IntFieldProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const invalid = readInt(text, min, max) === null;
  const described = [describedBy, description && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-invalid={invalid}
        aria-describedby={described || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = readInt(e.target.value, min, max);
          if (n !== null && n !== value) onChange(n);
        }}
        onBlur={() => setText(String(value))}
      />
      {description && (
        <p id={`${id}-hint`} className="field-hint">
          {description}
        </p>
      )}
      {invalid && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('fieldRange', { name, min, max })}
        </p>
      )}
    </div>
  );
}

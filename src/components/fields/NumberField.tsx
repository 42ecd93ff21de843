import { useEffect, useId, useState } from 'react';
import { useT } from '../../i18n/useT.ts';

/** Reads a typed decimal number in [min, max] (`0.5`, `.5`, `1e-1` is not a learner's way: plain decimals only); null when it is not one. */
export function readNumber(text: string, min: number, max: number): number | null {
  const s = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

/** Props of `NumberField`. */
export interface NumberFieldProps {
  label: string;
  /** PyTorch's name, shown in messages. */
  name: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  description?: string;
}

/**
 * A decimal field (a factor, a rate). A value outside [min, max] or not a number is not applied: the field
 * says why, naming the parameter, until it is corrected (or left, which restores the current value).
 */
export function NumberField({ label, name, value, min, max, onChange, description }: NumberFieldProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const invalid = readNumber(text, min, max) === null;
  const described = [description && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={invalid}
        aria-describedby={described || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = readNumber(e.target.value, min, max);
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
          {t('numberRange', { name, min, max })}
        </p>
      )}
    </div>
  );
}

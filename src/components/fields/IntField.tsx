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
  /** A decimal parameter (a factor, a rate): plain decimals such as `0.35` are read, not only whole numbers. */
  decimal?: boolean;
}

const WHOLE = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Reads a typed whole number in [min, max]; null when it is not one. */
export function readInt(text: string, min: number, max: number): number | null {
  return readIn(WHOLE, text, min, max);
}

/** Reads a typed number of the field's form (`WHOLE` or plain `DECIMAL`) in [min, max]; null when it is not one. */
function readIn(form: RegExp, text: string, min: number, max: number): number | null {
  const s = text.trim();
  if (!form.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

/**
 * A whole-number field (or, with `decimal`, a decimal one). A value outside [min, max] or not a number is
 * not applied: the field says why, naming the parameter, until it is corrected (or left, which restores the
 * current value).
 */
export function IntField({ label, name, value, min, max, onChange, description, describedBy, decimal = false }: IntFieldProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const read = (typed: string) => readIn(decimal ? DECIMAL : WHOLE, typed, min, max);
  const invalid = read(text) === null;
  const described = [describedBy, description && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        {...(decimal ? { type: 'text', inputMode: 'decimal' as const } : { type: 'number', inputMode: 'numeric' as const, min, max, step: 1 })}
        value={text}
        aria-invalid={invalid}
        aria-describedby={described || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = read(e.target.value);
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
          {t(decimal ? 'numberRange' : 'fieldRange', { name, min, max })}
        </p>
      )}
    </div>
  );
}

import { Fragment, useId } from 'react';
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/en.ts';
import { useT } from '../i18n/useT.ts';
import type { Schema, ValuesOf } from '../url/schema.ts';
import { selectControls, useAppStore } from '../store/store.ts';
import { IntField } from './fields/IntField.tsx';
import { PaddingField } from './fields/PaddingField.tsx';
import { PairField } from './fields/PairField.tsx';

/** Props of `SchemaForm`. */
export interface SchemaFormProps<S extends Schema> {
  schema: S;
  values: ValuesOf<S>;
  /** The parameters shown, in order (structured ones such as edits are the scene's own). */
  names: readonly (keyof S & string)[];
  onChange: (changes: Partial<ValuesOf<S>>) => void;
  /** A label other than the message `p.<key>` (the parameter's PyTorch name). */
  labels?: Partial<Record<keyof S, string>>;
  /** A whole label, shown without ` · key`: for a setting that is no PyTorch argument (group-shuffle's `shuffle`). */
  fullLabels?: Partial<Record<keyof S, string>>;
  /** A node placed right after a field (group-shuffle's slider over the valid `groups`). */
  after?: Partial<Record<keyof S, ReactNode>>;
  /** One-line definitions shown under fields. */
  descriptions?: Partial<Record<keyof S, string>>;
  /** The text of a choice's option; the value itself when absent. */
  optionLabel?: (name: keyof S & string, value: string) => string;
  /** The form's accessible name; "Parameters" when absent. */
  label?: string;
  /** Buttons and notes after the fields (New values, presets, the scene's links). */
  children?: ReactNode;
}

/**
 * A scene's parameter form, generated from its schema: each field is the codec's kind (a whole number, a
 * pair per axis, PyTorch's padding, a check box, a choice) with the range the link is read with, labelled
 * in the learner's language and with PyTorch's name (`Stride · stride`). Every change applies at once.
 */
export function SchemaForm<S extends Schema>({ schema, values, names, onChange, labels = {}, fullLabels = {}, after = {}, descriptions = {}, optionLabel, label, children }: SchemaFormProps<S>) {
  const t = useT();
  const id = useId();
  // `controls=` in the link names the fields shown (a lesson or an embed hides the rest, and the extras).
  const shown = useAppStore(selectControls);
  const visible = shown === null ? names : names.filter((n) => shown.includes(schema[n].key));
  const set = (name: keyof S & string, value: unknown) => onChange({ [name]: value } as Partial<ValuesOf<S>>);
  const fieldOf = (name: keyof S & string) => {
    const codec = schema[name];
    const field = codec.field;
    if (field === undefined) return null;
    const key = codec.key;
    const message = `p.${key}` as MessageKey;
    const translated = t(message);
    const text = labels[name] ?? (translated === message ? key : translated);
    const labelText = fullLabels[name] ?? `${text} · ${key}`;
    const value = values[name] as unknown;
    const description = descriptions[name];
    switch (field.kind) {
      case 'number':
        return <IntField key={name} label={labelText} name={key} value={value as number} min={field.min} max={field.max} onChange={(v) => set(name, v)} description={description} decimal />;
      case 'int':
        return <IntField key={name} label={labelText} name={key} value={value as number} min={field.min} max={field.max} onChange={(v) => set(name, v)} description={description} />;
      case 'pair':
        return <PairField key={name} label={labelText} name={key} value={value as [number, number]} min={field.min} max={field.max} onChange={(v) => set(name, v)} description={description} />;
      case 'padding':
        return <PaddingField key={name} value={value as never} max={field.max} onChange={(v) => set(name, v)} description={description} />;
      case 'bool':
        return (
          <div key={name} className="field field-check">
            <input id={`${id}-${name}`} type="checkbox" checked={value as boolean} onChange={(e) => set(name, e.target.checked)} />
            <label htmlFor={`${id}-${name}`}>{labelText}</label>
          </div>
        );
      case 'enum':
        return (
          <div key={name} className="field">
            <label htmlFor={`${id}-${name}`}>{labelText}</label>
            <select id={`${id}-${name}`} value={value as string} onChange={(e) => set(name, e.target.value)}>
              {field.values.map((v) => (
                <option key={v} value={v}>
                  {optionLabel ? optionLabel(name, v) : v}
                </option>
              ))}
            </select>
          </div>
        );
    }
  };
  return (
    <form className="controls" aria-label={label ?? t('parameters')} onSubmit={(e) => e.preventDefault()}>
      {visible.map((name) => (
        <Fragment key={name}>
          {fieldOf(name)}
          {after[name]}
        </Fragment>
      ))}
      {shown === null && children}
    </form>
  );
}

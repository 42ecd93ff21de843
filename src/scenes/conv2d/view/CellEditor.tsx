import { useEffect, useId, useState } from 'react';
import type { FocusCell } from '../../../animations/conv2dHighlights.ts';
import { at } from '../../../engine/index.ts';
import { useT } from '../../../i18n/useT.ts';
import type { Conv2dModel, Edit } from '../model.ts';
import { MAX_EDIT, withEdit } from '../schema.ts';
import type { Conv2dValues } from '../schema.ts';
import { selectParams, useAppStore } from '../../../store/store.ts';

/** The tensor cell a pinned cell edits (the bias of an output cell's filter), or null (padding). */
function editTarget(model: Conv2dModel, pinned: FocusCell): { tensor: Edit['tensor']; index: number[]; value: number } | null {
  const g = model.geometry;
  const [a, b, c, d] = pinned.index;
  if (pinned.kind === 'input') {
    if (b < 0 || b >= g.inH || c < 0 || c >= g.inW) return null;
    return { tensor: 'input', index: [a, b, c], value: at(model.x, a, b, c) };
  }
  if (pinned.kind === 'weight') {
    return { tensor: 'weight', index: [a, b, c, d], value: at(model.weight, a, b, c, d) };
  }
  return model.bias === null ? null : { tensor: 'bias', index: [a], value: model.bias.data[a] };
}

/** Reads a typed cell value: a finite number within ±MAX_EDIT, or null. */
export function readValue(text: string): number | null {
  const s = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Math.abs(n) <= MAX_EDIT ? n : null;
}

/** A field to type a new value into the pinned cell; the whole scene recomputes at once. */
export function CellEditor({ model, pinned }: { model: Conv2dModel; pinned: FocusCell }) {
  const t = useT();
  const id = useId();
  const values = useAppStore(selectParams) as Conv2dValues;
  const setParams = useAppStore((s) => s.setParams);
  const target = editTarget(model, pinned);
  const [text, setText] = useState(target ? String(target.value) : '');
  const shown = target ? String(target.value) : '';
  const targetKey = target ? `${target.tensor}${target.index.join()}` : '';
  // A newly pinned cell, or a value changed elsewhere, replaces what is typed.
  useEffect(() => setText(shown), [shown, targetKey]);
  if (target === null) return null;
  const name = `${target.tensor === 'input' ? 'input' : target.tensor === 'weight' ? 'weight' : 'bias'}[${target.index.join(', ')}]`;
  const invalid = readValue(text) === null;
  return (
    <div className="field cell-editor">
      <label htmlFor={id}>{t('calc.edit', { cell: name })}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={invalid}
        onChange={(e) => {
          setText(e.target.value);
          const v = readValue(e.target.value);
          if (v !== null) setParams({ edits: withEdit(values.edits, { tensor: target.tensor, index: target.index, value: v }) });
        }}
      />
      {invalid && (
        <p className="field-error" role="alert">
          {t('valueRange', { name, max: MAX_EDIT })}
        </p>
      )}
    </div>
  );
}

import { memo, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import type { MessageKey } from '../../../i18n/en.ts';
import { useT } from '../../../i18n/useT.ts';
import { useAppStore } from '../../../store/store.ts';
import { FILTERS, MAX_FILTERS, formatKernel, imageLabSchema, parseKernel } from '../schema.ts';
import type { FilterName, ImageLabValues, KernelError } from '../schema.ts';

const set = (changes: Partial<ImageLabValues>) => useAppStore.getState().setParams(changes);

/** The filters: a kernel choice per filter, remove buttons, and "Add a filter" (up to four). */
function FilterList({ filters }: { filters: FilterName[] }) {
  const t = useT();
  const id = useId();
  const change = (i: number, name: FilterName) => set({ filters: filters.map((f, j) => (j === i ? name : f)) });
  return (
    <fieldset className="pair-field lab-filters">
      <legend>{t('lab.filters')}</legend>
      {filters.map((f, i) => (
        <span key={i} className="field">
          <label htmlFor={`${id}-${i}`}>{t('lab.filterN', { n: i + 1 })}</label>
          <span className="field-buttons">
            <select id={`${id}-${i}`} value={f} onChange={(e) => change(i, e.target.value as FilterName)}>
              {FILTERS.map((name) => (
                <option key={name} value={name}>
                  {t(`lab.filter.${name}` as MessageKey)}
                </option>
              ))}
            </select>
            {filters.length > 1 && (
              <button type="button" aria-label={t('lab.remove', { n: i + 1 })} onClick={() => set({ filters: filters.filter((_, j) => j !== i) })}>
                ×
              </button>
            )}
          </span>
        </span>
      ))}
      {filters.length < MAX_FILTERS && (
        <button type="button" onClick={() => set({ filters: [...filters, 'typed'] })}>
          {t('lab.add')}
        </button>
      )}
    </fieldset>
  );
}

/** The typed kernel: a text area read on every change; what cannot be read is explained and not used. */
function KernelField({ values }: { values: ImageLabValues }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(() => formatKernel(values.kernel).replaceAll(';', '\n'));
  const [error, setError] = useState<KernelError | null>(null);
  const onChange = (next: string) => {
    setText(next);
    const r = parseKernel(next);
    if ('kernel' in r) {
      setError(null);
      set({ kernel: r.kernel });
    } else setError(r.error);
  };
  return (
    <div className="field lab-kernel">
      <label htmlFor={id}>{t('lab.kernel')}</label>
      <textarea id={id} rows={3} cols={14} value={text} spellCheck={false} aria-invalid={error !== null} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.value)} />
      <span id={`${id}-hint`} className="field-note">
        {t('lab.kernel.hint')}
      </span>
      {error && (
        <p className="field-error" role="alert">
          {t(`lab.kernel.${error.code}` as MessageKey, 'values' in error ? error.values : {})} {t('lab.kernel.kept')}
        </p>
      )}
    </div>
  );
}

/** Props of `LabControls`. */
export interface LabControlsProps {
  values: ImageLabValues;
  onUpload: (file: File) => void;
  /** The name of the uploaded picture in use, or null (a bundled or drawn one). */
  uploaded: string | null;
  onBundled: () => void;
  extra: ReactNode;
}

/** The lab's parameters: the picture (bundled, drawn or uploaded), channels, size, the filters, the typed kernel and the shared stride, padding and dilation. */
export const LabControls = memo(function LabControls({ values, onUpload, uploaded, onBundled, extra }: LabControlsProps) {
  const t = useT();
  const id = useId();
  return (
    <SchemaForm
      schema={imageLabSchema}
      values={values}
      names={['picture', 'color', 'maxSide', 'stride', 'padding', 'dilation']}
      onChange={(changes) => {
        if (changes.picture !== undefined) onBundled();
        set(changes);
      }}
      labels={{ picture: t('lab.picture'), color: t('lab.color'), maxSide: t('lab.maxSide') }}
      optionLabel={(name, v) => t(`lab.${name === 'picture' ? 'picture' : 'color'}.${v}` as MessageKey)}
    >
      <div className="field lab-upload">
        <label htmlFor={id}>{t('lab.upload')}</label>
        {/* The browser's own file button speaks the browser's language ("Choose File"): it is hidden, and a
            button-like label in the learner's language opens it (the input keeps the keyboard focus). */}
        <span className="lab-file">
          <input
            id={id}
            type="file"
            accept="image/*"
            className="visually-hidden"
            aria-describedby={`${id}-note`}
            onChange={(e) => e.target.files?.[0] && onUpload(e.target.files[0])}
          />
          <label htmlFor={id} className="lab-file-button" aria-hidden="true">
            {t('lab.chooseFile')}
          </label>
          <span className="lab-file-name">{uploaded ?? t('lab.noFile')}</span>
        </span>
        <span id={`${id}-note`} className="field-note">
          {t('lab.uploadNote')}
        </span>
        {uploaded !== null && (
          <button type="button" onClick={onBundled}>
            {t('lab.backToBundled')}
          </button>
        )}
      </div>
      <FilterList filters={values.filters} />
      {values.filters.includes('typed') && <KernelField values={values} />}
      {extra}
    </SchemaForm>
  );
});

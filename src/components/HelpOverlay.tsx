import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/en.ts';

const KEYS: [string, MessageKey][] = [
  ['Space', 'key.space'],
  ['← →', 'key.arrows'],
  ['Shift + ← →', 'key.shiftArrows'],
  ['[ ]', 'key.brackets'],
  ['Home End', 'key.homeEnd'],
  ['Esc', 'key.escape'],
  ['?', 'key.help'],
];

/** The keyboard shortcuts, in a modal dialog that Escape or the button closes. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d === null || d.open) return;
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
  }, []);
  return (
    <dialog ref={ref} className="help" aria-labelledby="help-title" onClose={onClose} onCancel={onClose}>
      <h2 id="help-title">{t('help')}</h2>
      <table>
        <tbody>
          {KEYS.map(([k, m]) => (
            <tr key={k}>
              <th scope="row">
                <kbd>{k}</kbd>
              </th>
              <td>{t(m)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>
        {t('close')}
      </button>
    </dialog>
  );
}

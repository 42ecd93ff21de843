import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { PlaybackUnits } from '../hooks/playbackUnits.ts';
import { selectPresent, useAppStore } from '../store/store.ts';

// The arrow rows say what the scene steps by: stops on ←/→ and steps on Shift, or steps on ←/→ alone.
const arrowKeys = ({ step, stop }: PlaybackUnits): [string, MessageKey][] =>
  stop ? [['← →', stop.keys], ['Shift + ← →', step.keys]] : [['← →', step.keys]];

const keysOf = (units: PlaybackUnits, present: boolean): [string, MessageKey][] => [
  ['Space', 'key.space'],
  ...arrowKeys(units),
  ['PgUp PgDn', (units.stop ?? units.step).keys],
  ...(present ? [['B', 'key.blank'] as [string, MessageKey]] : []),
  ['[ ]', 'key.brackets'],
  ['Home End', 'key.homeEnd'],
  ['Esc', 'key.escape'],
  ['?', 'key.help'],
];

/** The keyboard shortcuts, named in the scene's units, in a modal dialog that Escape or the button closes. */
export function HelpOverlay({ units, onClose }: { units: PlaybackUnits; onClose: () => void }) {
  const t = useT();
  const present = useAppStore(selectPresent);
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
          {keysOf(units, present).map(([k, m]) => (
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

import { memo } from 'react';
import type { MessageKey } from '../../../i18n/en.ts';
import { useT } from '../../../i18n/useT.ts';
import { findScene } from '../../registry.ts';
import type { RowLink } from '../links.ts';
import styles from './networks.module.css';

/**
 * The link from a row to the scene that teaches its layer: a short name of the scene (the row's name
 * added for screen readers; `*` when a value was clamped), and a title that says which scene, what had
 * to be clamped to its ranges and what the scene draws differently.
 */
export const RowLinkCell = memo(function RowLinkCell({ link, row }: { link: RowLink; row: string }) {
  const t = useT();
  const def = findScene(link.scene);
  const scene = def ? t(def.titleKey) : link.scene;
  const title = [
    t('net.link.open', { row, scene }),
    ...link.clamped.map((c) => t('net.link.clamped', { key: c.key, given: c.given, used: c.used })),
    ...link.notes.map((note) => t(`net.link.${note.code}` as MessageKey, note.values)),
  ].join(' ');
  const label = t(`net.to.${link.view ?? link.scene}` as MessageKey);
  return (
    <a className={styles.sceneLink} href={link.hash} title={title} aria-label={`${label} (${row})`} data-clamped={link.clamped.length > 0 || undefined}>
      {label}
      {link.clamped.length > 0 && <span aria-hidden="true">*</span>}
    </a>
  );
});

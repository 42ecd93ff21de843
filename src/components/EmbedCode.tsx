import { useT } from '../i18n/useT.ts';
import { findScene } from '../scenes/registry.ts';
import { useAppStore } from '../store/store.ts';
import { hashFor } from '../store/urlSync.ts';
import { CopyButton } from './CopyButton.tsx';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The `<iframe>` that shows the current setup on another page: this address with `embed=1` (the scene
 * alone) and without `present`, 800×500, titled with the scene's name. The frame may resize itself from
 * the page's `convscope:height` messages.
 */
export function embedSnippet(title: string): string {
  const s = useAppStore.getState();
  const hash = hashFor({ ...s, present: false, embed: true });
  const src = `${location.origin}${location.pathname}${hash}`;
  return `<iframe src="${escapeAttr(src)}" width="800" height="500" style="border:0;max-width:100%" title="${escapeAttr(title)}" loading="lazy"></iframe>`;
}

/** "Copy embed code", in a scene's link row. */
export function EmbedCode() {
  const t = useT();
  const text = () => {
    const def = findScene(useAppStore.getState().scene);
    return embedSnippet(t('embedTitle', { scene: def ? t(def.titleKey) : '' }));
  };
  return <CopyButton text={text} label={t('copyEmbed')} done={t('embedCopied')} />;
}

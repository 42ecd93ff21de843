import { useId } from 'react';
import { useT } from '../i18n/useT.ts';
import { CopyButton } from './CopyButton.tsx';

/** The equivalent PyTorch code of a scene's setting, in a block with a copy button. */
export function CodePanel({ code }: { code: string }) {
  const t = useT();
  const id = useId();
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{t('panel.code')}</h2>
      <pre className="code">
        <code>{code}</code>
      </pre>
      <CopyButton text={() => code} label={t('copy')} done={t('copied')} />
    </section>
  );
}

import { useState } from 'react';

/** Props of `CopyButton`. */
export interface CopyButtonProps {
  text: () => string;
  label: string;
  done: string;
}

/** Copies text to the clipboard and says so; where the clipboard is refused, selects nothing and stays quiet. */
export function CopyButton({ text, label, done }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={() => {
        navigator.clipboard
          ?.writeText(text())
          .then(() => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          })
          .catch(() => setCopied(false));
      }}
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}

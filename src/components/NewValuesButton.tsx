import { useT } from '../i18n/useT.ts';

/** Seeds run 0 … 999,999 in every scene's link (`intParam('seed', 0, 999_999, …)`); the next one wraps. */
const SEEDS = 1_000_000;

/** "New values": moves the scene to the next seed, so every seeded tensor is drawn again. */
export function NewValuesButton({ seed, onSeed }: { seed: number; onSeed: (seed: number) => void }) {
  const t = useT();
  return (
    <button type="button" onClick={() => onSeed((seed + 1) % SEEDS)}>
      {t('newValues')}
    </button>
  );
}

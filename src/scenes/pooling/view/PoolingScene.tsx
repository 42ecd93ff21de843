import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { selectParams, useAppStore } from '../../../store/store.ts';
import type { PoolingValues, PoolingView } from '../schema.ts';
import { POOLING_VIEWS } from '../schema.ts';
import { FcConvView } from './FcConvView.tsx';
import { GapView } from './GapView.tsx';
import { NinView } from './NinView.tsx';
import { WindowView } from './WindowView.tsx';
import styles from './pooling.module.css';

/**
 * Set when a part button is pressed: each part renders its own switch, so the pressed button is a new
 * element after the switch, and keyboard focus is handed to it (instead of falling back to the page).
 */
let focusPressed = false;

/**
 * The four parts of the scene as a row of buttons (the pressed one is shown). Switching starts the new
 * part's timeline at its first step and forgets the pointed cell, which belonged to the other picture.
 */
export function PartSwitch({ view }: { view: PoolingView }) {
  const t = useT();
  const pressed = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusPressed) return;
    focusPressed = false;
    pressed.current?.focus();
  }, []);
  const choose = (next: PoolingView) => {
    const { setParams, pause, seek, unpin, setHover } = useAppStore.getState();
    if (next === view) return;
    focusPressed = true;
    pause();
    seek(0);
    unpin();
    setHover(null);
    setParams({ view: next });
  };
  return (
    <nav className={styles.parts} aria-label={t('pool.parts')}>
      {POOLING_VIEWS.map((v, i) => (
        <button key={v} ref={v === view ? pressed : undefined} type="button" aria-pressed={v === view} onClick={() => choose(v)}>
          <span className={styles.partNumber}>{i + 1}</span> {t(`pool.part.${v}` as MessageKey)}
        </button>
      ))}
    </nav>
  );
}

/**
 * Pooling, global average pooling and FC layers as convolutions: the part the link names (`view`), each
 * with its own picture, timeline, panels and PyTorch code.
 */
export function PoolingScene() {
  const values = useAppStore(selectParams) as PoolingValues;
  switch (values.view) {
    case 'gap':
      return <GapView values={values} />;
    case 'fc-conv':
      return <FcConvView values={values} />;
    case 'nin':
      return <NinView values={values} />;
    default:
      return <WindowView values={values} />;
  }
}

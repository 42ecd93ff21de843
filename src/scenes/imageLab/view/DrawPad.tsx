import { useEffect, useRef } from 'react';
import type { PointerEvent } from 'react';
import { useT } from '../../../i18n/useT.ts';
import styles from './imageLab.module.css';

/** The drawing's size in pixels (it is filtered at this size). */
const SIDE = 160;

/** The drawing a link opens with: a ring and a bar, edges in every direction. */
function startDrawing(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, SIDE, SIDE);
  ctx.strokeStyle = '#000';
  ctx.lineWidth = 10;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.arc(62, 70, 34, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.fillStyle = '#000';
  ctx.fillRect(108, 30, 16, 100);
}

/**
 * A white pad drawn on with the mouse, a finger or a pen (pointer events, no scrolling while drawing);
 * after each stroke the drawing goes to `onDrawn` as a PNG, which the lab then filters.
 */
export function DrawPad({ onDrawn }: { onDrawn: (png: Blob) => void }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<[number, number] | null>(null);
  const emit = () => canvas.current?.toBlob((b) => b && onDrawn(b), 'image/png');
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    startDrawing(ctx);
    emit();
    // The first drawing is sent once; later ones after each stroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const point = (e: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [((e.clientX - r.left) / r.width) * SIDE, ((e.clientY - r.top) / r.height) * SIDE];
  };
  const line = (to: [number, number]) => {
    const ctx = canvas.current?.getContext('2d');
    const from = last.current ?? to;
    if (!ctx) return;
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 10;
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(from[0], from[1]);
    ctx.lineTo(to[0] + 0.01, to[1]);
    ctx.stroke();
    last.current = to;
  };
  const clear = () => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, SIDE, SIDE);
    emit();
  };
  return (
    <div className={styles.drawPad}>
      <canvas
        ref={canvas}
        width={SIDE}
        height={SIDE}
        className={styles.drawCanvas}
        role="img"
        aria-label={t('lab.drawPad')}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture?.(e.pointerId);
          last.current = null;
          line(point(e));
        }}
        onPointerMove={(e) => last.current && line(point(e))}
        onPointerUp={() => {
          last.current = null;
          emit();
        }}
      />
      <p className={styles.note}>{t('lab.draw')}</p>
      <button type="button" onClick={clear}>
        {t('lab.clear')}
      </button>
    </div>
  );
}

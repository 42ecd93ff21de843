import { useEffect, useRef } from 'react';
import type { PointerEvent } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { inkToPixels } from '../ink.ts';
import styles from './digits.module.css';

/** The canvas's own resolution (its CSS size may differ); strokes about a seventh of it wide (scaled to the 32×32 bitmap, about as thick as the training digits). */
export const PAD_SIDE = 160;
const STROKE = Math.round(PAD_SIDE / 7);

/**
 * A square canvas to draw one digit on with a mouse, a finger or a pen (pointer events, captured, so a
 * stroke that leaves the box still ends). When a stroke ends, the ink is turned into load_digits' 64
 * pixels (`inkToPixels`) and handed to `onDraw`; nothing heavy runs while the pointer moves. `drawn`
 * false (a test image is shown) clears it.
 */
export function DrawPad({ drawn, onDraw, onClear }: { drawn: boolean; onDraw: (pixels: number[]) => void; onClear: () => void }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<[number, number] | null>(null);
  // A test image picked after drawing wipes the drawing: the canvas shows what the network is fed.
  const inked = useRef(false);
  useEffect(() => {
    if (drawn || !inked.current) return;
    inked.current = false;
    canvas.current?.getContext('2d')?.clearRect(0, 0, PAD_SIDE, PAD_SIDE);
  }, [drawn]);
  const at = (e: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const box = e.currentTarget.getBoundingClientRect();
    return [((e.clientX - box.left) / box.width) * PAD_SIDE, ((e.clientY - box.top) / box.height) * PAD_SIDE];
  };
  const line = (from: [number, number], to: [number, number]) => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.strokeStyle = '#000';
    ctx.lineWidth = STROKE;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(...from);
    ctx.lineTo(...to);
    ctx.stroke();
  };
  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    e.preventDefault();
    try {
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      // A pointer the browser no longer tracks cannot be captured; the stroke still draws while inside.
    }
    const p = at(e);
    last.current = p;
    inked.current = true;
    line(p, p);
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    if (last.current === null) return;
    const p = at(e);
    line(last.current, p);
    last.current = p;
  };
  const up = () => {
    if (last.current === null) return;
    last.current = null;
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const { data } = ctx.getImageData(0, 0, PAD_SIDE, PAD_SIDE);
    const ink = new Float32Array(PAD_SIDE * PAD_SIDE);
    for (let i = 0; i < ink.length; i++) ink[i] = data[4 * i + 3] / 255;
    onDraw(inkToPixels(ink, PAD_SIDE));
  };
  const clear = () => {
    inked.current = false;
    canvas.current?.getContext('2d')?.clearRect(0, 0, PAD_SIDE, PAD_SIDE);
    onClear();
  };
  return (
    <div className={styles.pad}>
      <canvas
        ref={canvas}
        width={PAD_SIDE}
        height={PAD_SIDE}
        className={styles.canvas}
        data-testid="digits-pad"
        role="img"
        aria-label={t('digits.pad')}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <button type="button" onClick={clear}>
        {t('digits.clear')}
      </button>
    </div>
  );
}

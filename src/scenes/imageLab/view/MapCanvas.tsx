import { memo, useEffect, useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import styles from './imageLab.module.css';

/** Props of `MapCanvas`. */
export interface MapCanvasProps {
  bitmap: ImageBitmap;
  /** The map's [H, W] (the bitmap's pixels). */
  size: readonly [number, number];
  label: string;
  /** The explained pixel [y, x] of this map, marked with a square. */
  cell: readonly [number, number] | null;
  /** Pointing or arrow keys move the explained pixel; null when the pointer leaves. */
  onCell?: (cell: [number, number] | null) => void;
}

/**
 * One picture (the input or an output map) on a canvas the size of its pixels, scaled by CSS with sharp
 * pixels. With `onCell` it is a focusable group: the pixel under the pointer or moved to by the arrow keys
 * is reported, and marked.
 */
export const MapCanvas = memo(function MapCanvas({ bitmap, size, label, cell, onCell }: MapCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [h, w] = size;
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    c.width = bitmap.width;
    c.height = bitmap.height;
    ctx.drawImage(bitmap, 0, 0);
  }, [bitmap]);
  const at = (e: PointerEvent<HTMLElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    const y = Math.min(h - 1, Math.max(0, Math.floor(((e.clientY - r.top) / r.height) * h)));
    const x = Math.min(w - 1, Math.max(0, Math.floor(((e.clientX - r.left) / r.width) * w)));
    return [y, x];
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const m = moves[e.key];
    if (!m || !onCell) return;
    e.preventDefault();
    const [y, x] = cell ?? [Math.floor(h / 2), Math.floor(w / 2)];
    const step = e.shiftKey ? 10 : 1;
    onCell([Math.min(h - 1, Math.max(0, y + m[0] * step)), Math.min(w - 1, Math.max(0, x + m[1] * step))]);
  };
  const marker = cell && (
    <span
      className={styles.marker}
      style={{ top: `${(cell[0] / h) * 100}%`, left: `${(cell[1] / w) * 100}%`, width: `max(${100 / w}%, 6px)`, height: `max(${100 / h}%, 6px)` }}
    />
  );
  if (!onCell) {
    return (
      <div className={styles.canvasBox} style={{ aspectRatio: `${w} / ${h}` }}>
        <canvas ref={canvas} className={styles.canvas} role="img" aria-label={label} />
      </div>
    );
  }
  return (
    <div
      className={styles.canvasBox}
      style={{ aspectRatio: `${w} / ${h}` }}
      role="group"
      tabIndex={0}
      aria-label={label}
      onPointerMove={(e) => onCell(at(e))}
      onPointerDown={(e) => onCell(at(e))}
      onKeyDown={onKey}
    >
      <canvas ref={canvas} className={styles.canvas} aria-hidden="true" />
      {marker}
    </div>
  );
});

import { Fragment, memo, useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { MARK } from '../../../animations/conv2dHighlights.ts';
import { useT } from '../../../i18n/useT.ts';
import { formatCount, formatSigned } from '../../../i18n/format.ts';
import type { DepthwiseData } from '../compute.ts';
import { selectLang, selectPresent, useAppStore } from '../../../store/store.ts';
import { channelColor } from '../../../components/channelColors.ts';
import { colorScale } from '../../../components/colorScale.ts';
import { Grid } from '../../../components/Grid.tsx';
import { PRESENT_GRID_FONT, readableCell } from '../../../components/readableCell.ts';
import channelStyles from '../../../components/ChannelStage.module.css';
import type { MixCell } from './MixPanel.tsx';
import styles from './DepthwiseStage.module.css';

/** Channels 0…n−1 as the notes write them: `0–7`, or `0` alone. */
const range = (n: number) => (n === 1 ? '0' : `0–${n - 1}`);

/** The first `n` planes of a [N, …] tensor's data, each `size` long (views, no copies). */
function firstPlanes(data: Float32Array, n: number, size: number): Float32Array[] {
  return Array.from({ length: n }, (_, i) => data.subarray(i * size, (i + 1) * size));
}

/** A channel's row: outlined while it is the current step or cell, faint until the playback computes it. */
const rowClass = (current: boolean, pending: boolean) =>
  [channelStyles.channelRow, current && channelStyles.channelCurrent, pending && channelStyles.channelPending].filter(Boolean).join(' ');

/** Props of `DepthwiseStage`. */
export interface DepthwiseStageProps {
  data: DepthwiseData;
  /** Playback step: 0 the input, then one per drawn depthwise map, then one per drawn output. */
  step: number;
  /** The output cell written out (hovered, pinned or the playback's), its pixel marked in every map. */
  cell: MixCell | null;
  pinned: MixCell | null;
  onHover: (cell: MixCell | null) => void;
  onSelect: (cell: MixCell) => void;
  /** Drawn right under the output channel of `cell` (on a phone: the explanation next to the tapped cell). */
  detail?: ReactNode;
}

/**
 * Three columns: the drawn input channels with their depthwise kernels, the drawn depthwise maps, the
 * drawn pointwise outputs; above each, when not all are drawn, which are and how many are not.
 */
export const DepthwiseStage = memo(function DepthwiseStage({ data, step, cell, pinned, onHover, onSelect, detail }: DepthwiseStageProps) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const n = (v: number) => formatCount(v, lang);
  const { v, drawnIn, drawnMaps, drawnOut } = data;
  const [H, W] = v.size;
  const k = v.kernelSize;
  const m = v.depthMultiplier;
  const C = v.inChannels;
  const plane = H * W;
  // Presented, the numbers are drawn for the back of the room (the picture scrolls to the current step's row).
  const font = useAppStore(selectPresent) ? PRESENT_GRID_FONT : undefined;
  const views = useMemo(() => {
    const x = firstPlanes(data.x.data, drawnIn, plane);
    const w = firstPlanes(data.dwWeight.data, drawnMaps, k * k);
    const dw = firstPlanes(data.dw.data, drawnMaps, plane);
    const pw = firstPlanes(data.pw.data, drawnOut, plane);
    return {
      x, w, dw, pw,
      cells: { x: readableCell([...x, ...w], font), dw: readableCell(dw, font), pw: readableCell(pw, font) },
      colors: { x: colorScale(data.x.data.subarray(0, drawnIn * plane)), w: colorScale(data.dwWeight.data.subarray(0, drawnMaps * k * k)), dw: colorScale(data.dw.data.subarray(0, drawnMaps * plane)), pw: colorScale(data.pw.data) },
    };
  }, [data, drawnIn, drawnMaps, drawnOut, plane, k, font]);
  const marks = useMemo(() => {
    if (!cell) return null;
    const linked = new Uint8Array(plane);
    linked[cell[1] * W + cell[2]] = MARK.linked;
    const current = new Uint8Array(plane);
    current[cell[1] * W + cell[2]] = MARK.current;
    return { linked, current };
  }, [cell, plane, W]);
  const outStep = step - drawnMaps - 1;
  // The playback's current map or output stays in view inside the scrolling stage (not on hover: that
  // would move the grid from under the pointer).
  const stepRow = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (step > 0) stepRow.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [step]);
  return (
    <>
      <section className={channelStyles.channelCol} aria-label={t('dw.col.input')}>
        {C > drawnIn && <p className="drawn-note" data-testid="dw-drawn-in">{t('dw.drawnIn', { range: range(drawnIn), n: n(C), more: n(C - drawnIn) })}</p>}
        {views.x.map((plane, c) => (
          <div key={c} className={channelStyles.channelRow} style={{ borderColor: channelColor(c) }}>
            <Grid label={t('se.channel', { c })} rows={H} cols={W} cellSize={views.cells.x} values={plane} color={views.colors.x} format={formatSigned} />
            {/* With a depth multiplier the kernels wrap two to a row, so the maps and outputs stay in view. */}
            <div className={styles.kernels} style={{ maxWidth: `calc(2 * max(${k * views.cells.x}px, 9em) + 0.5rem)` }}>
              {Array.from({ length: m }, (_, j) => (
                <Grid key={j} label={t('dw.kernel', { c, j })} rows={k} cols={k} cellSize={views.cells.x} values={views.w[c * m + j]} color={views.colors.w} format={formatSigned} />
              ))}
            </div>
          </div>
        ))}
      </section>
      <section className={channelStyles.channelCol} aria-label={t('dw.col.depthwise')}>
        {C * m > drawnMaps && <p className="drawn-note" data-testid="dw-drawn-maps">{t('dw.drawnMaps', { range: range(drawnMaps), n: n(C * m), more: n(C * m - drawnMaps) })}</p>}
        {views.dw.map((plane, j) => (
          <div key={j} ref={step === j + 1 ? stepRow : undefined} className={rowClass(step === j + 1, step < j + 1)} style={{ borderColor: channelColor(Math.floor(j / m)) }}>
            <Grid label={t('dw.map', { j, c: Math.floor(j / m) })} rows={H} cols={W} cellSize={views.cells.dw} values={plane} color={views.colors.dw} format={formatSigned} marks={marks?.linked} />
          </div>
        ))}
      </section>
      <section className={channelStyles.channelCol} aria-label={t('dw.col.pointwise')} onMouseLeave={() => onHover(null)}>
        {v.outChannels > drawnOut && <p className="drawn-note" data-testid="dw-drawn-out">{t('dw.drawnOut', { range: range(drawnOut), n: n(v.outChannels), more: n(v.outChannels - drawnOut) })}</p>}
        {views.pw.map((plane, o) => (
          <Fragment key={o}>
            <div ref={outStep === o ? stepRow : undefined} className={rowClass(outStep === o || cell?.[0] === o, outStep < o && cell?.[0] !== o)}>
              <Grid
                label={t('grid.output', { o })}
                rows={H}
                cols={W}
                cellSize={views.cells.pw}
                values={plane}
                color={views.colors.pw}
                format={formatSigned}
                marks={cell?.[0] === o ? marks?.current : undefined}
                onHover={(r, c) => onHover([o, r, c])}
                onSelect={(r, c) => onSelect([o, r, c])}
                pinned={pinned?.[0] === o ? [pinned[1], pinned[2]] : null}
              />
            </div>
            {cell?.[0] === o && detail}
          </Fragment>
        ))}
        {!cell && detail}
      </section>
    </>
  );
});

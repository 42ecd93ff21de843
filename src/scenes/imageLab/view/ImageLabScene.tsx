import { useCallback, useEffect, useMemo, useState } from 'react';
import { SceneShell } from '../../../components/SceneShell.tsx';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatSigned } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectParams, selectTheme, useAppStore } from '../../../store/store.ts';
import { labCode } from '../code.ts';
import type { Rgb } from '../compute.ts';
import { BUNDLED_SIZES, channelsOf, filterKernel, labProblems, labSummary, outputSize, separableInfo } from '../model.ts';
import { scaledSize } from '../protocol.ts';
import type { ImageLabValues, Kernel } from '../schema.ts';
import { DrawPad } from './DrawPad.tsx';
import { LabControls } from './LabControls.tsx';
import { LabExplain } from './LabExplain.tsx';
import { MapCanvas } from './MapCanvas.tsx';
import { SeparablePanel } from './SeparablePanel.tsx';
import { useLabWorker } from './useLabWorker.ts';
import styles from './imageLab.module.css';

/** The theme's three colours of the value scale as RGB (the canvas normalizes any CSS colour to #rrggbb). */
function scaleColours(): [Rgb, Rgb, Rgb] {
  const style = getComputedStyle(document.documentElement);
  const ctx = document.createElement('canvas').getContext('2d');
  const rgb = (name: string, fallback: string): Rgb => {
    if (!ctx) return [255, 255, 255];
    ctx.fillStyle = fallback;
    ctx.fillStyle = style.getPropertyValue(name).trim() || fallback;
    const hex = String(ctx.fillStyle);
    return /^#[0-9a-f]{6}$/i.test(hex) ? [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)] : [255, 255, 255];
  };
  return [rgb('--scale-negative', '#8fb8ff'), rgb('--scale-zero', '#ffffff'), rgb('--scale-positive', '#ffb45c')];
}

/** What a run's maps were made with. */
interface Shown {
  filters: ImageLabValues['filters'];
  kernels: Kernel[];
}

const pairKey = (p: readonly [number, number]) => `${p[0]}x${p[1]}`;

/**
 * The image lab: a real picture (bundled, drawn or uploaded) filtered by up to four kernels in a Web
 * Worker, each output map on the diverging scale with its value range; pointing at an output pixel
 * explains its sum and links its patch to the conv2d scene; every kernel is checked for spatial
 * separability, a rank-1 one also run as two 1-D passes against the 2-D result.
 */
export function ImageLabScene() {
  const t = useT();
  const values = useAppStore(selectParams) as ImageLabValues;
  const theme = useAppStore(selectTheme);
  const lab = useLabWorker();
  const { load, run, explain } = lab;
  const [upload, setUpload] = useState<File | null>(null);
  const [drawn, setDrawn] = useState<Blob | null>(null);
  const [pointed, setPointed] = useState<{ filter: number; cell: [number, number] } | null>(null);

  useEffect(() => {
    if (upload) load(upload, values.maxSide);
    else if (values.picture === 'drawn') {
      if (drawn) load(drawn, values.maxSide);
    } else load(new URL(`images/${values.picture}.jpg`, document.baseURI).href, values.maxSide);
  }, [upload, drawn, values.picture, values.maxSide, load]);

  const kernels = useMemo(() => values.filters.map((f) => filterKernel(f, values.kernel)), [values.filters, values.kernel]);
  const channels = channelsOf(values);
  const size = lab.picture?.size ?? null;
  const problems = useMemo(() => (size ? labProblems(values, size) : []), [values, size]);
  const options = useMemo(
    () => ({ stride: values.stride, padding: values.padding, dilation: values.dilation }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [pairKey(values.stride), pairKey(values.padding), pairKey(values.dilation)],
  );
  const picture = lab.picture;
  useEffect(() => {
    // While a new picture loads, the old one's size says nothing about the new setting: wait for it.
    if (!picture || lab.loading || problems.length > 0) return;
    // After the theme's colours apply (the app sets them in its own effect, which runs after this one).
    const id = setTimeout(() => run({ channels: channels as 1 | 3, filters: kernels, options, colours: scaleColours(), tag: { filters: values.filters, kernels } satisfies Shown }), 0);
    return () => clearTimeout(id);
    // values.filters changes with kernels.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [picture, lab.loading, problems, kernels, channels, options, theme, run]);

  useEffect(() => {
    if (pointed) explain(pointed.filter, pointed.cell);
  }, [pointed, explain, lab.maps]);

  const onUpload = useCallback((file: File) => setUpload(file), []);
  const onBundled = useCallback(() => setUpload(null), []);

  const firstRank1 = useMemo(() => {
    for (let i = 0; i < kernels.length; i++) {
      const f = separableInfo(kernels[i]).factors;
      if (f) return { filter: i, factors: f };
    }
    return null;
  }, [kernels]);
  const code = labCode({ channels, size: size ?? [0, 0], kernels, ...options, firstRank1 }, {
    input: t('lab.code.input'),
    kernel: t('lab.code.kernel'),
    output: t('lab.code.output'),
    separable: t('lab.code.separable'),
  });

  const error = lab.error && (
    <p className="notice notice-error" role="alert">
      {t(`lab.error.${lab.error.code}` as MessageKey, { name: upload?.name ?? values.picture, ...lab.error.values })}
    </p>
  );
  const maps = lab.maps;
  // The filters the maps were made with (the setting may have moved on while they compute).
  const shown = (lab.mapsTag as Shown | null) ?? { filters: values.filters, kernels };
  // Until a bundled picture and its maps arrive from the worker, boxes of their sizes hold their places:
  // nothing below them jumps when they come (it did by the whole picture's height on a phone).
  const expected = picture?.size ?? (values.picture !== 'drawn' && upload === null ? scaledSize(BUNDLED_SIZES[values.picture], values.maxSide) : null);
  const placeholder = (size: readonly [number, number]) => <div className={`${styles.canvasBox} ${styles.waiting}`} style={{ aspectRatio: `${size[1]} / ${size[0]}` }} aria-hidden="true" />;
  const waitingMaps = maps === null && expected !== null && labProblems(values, expected).length === 0;
  const stage = (
    <div className={styles.stage} data-run-ms={lab.runMs === null ? undefined : Math.round(lab.runMs)}>
      {error}
      {lab.progress !== null && (
        <label className={styles.progress}>
          {t('lab.progress')} <progress max={1} value={lab.progress} />
        </label>
      )}
      <div className={styles.maps}>
        <figure className={styles.figure}>
          <figcaption>
            {picture ? t('lab.input', { w: picture.size[1], h: picture.size[0], channels: t(`lab.color.${values.color}` as MessageKey) }) : t('lab.loading')}
          </figcaption>
          {values.picture === 'drawn' && !upload ? (
            <DrawPad onDrawn={setDrawn} />
          ) : (
            picture && lab.input ? <MapCanvas bitmap={lab.input} size={picture.size} label={t('lab.input', { w: picture.size[1], h: picture.size[0], channels: values.color })} cell={null} /> : expected && placeholder(expected)
          )}
          {upload && picture && (
            <p className={styles.note}>{t('lab.uploaded', { name: upload.name, w: picture.original[1], h: picture.original[0], sw: picture.size[1], sh: picture.size[0] })}</p>
          )}
        </figure>
        {waitingMaps &&
          kernels.map((k, i) => (
            <figure key={i} className={styles.figure} aria-hidden="true">
              <figcaption>{t(`lab.filter.${values.filters[i]}` as MessageKey)}</figcaption>
              {placeholder(outputSize(values, k, expected))}
              <div className={styles.legend}>&nbsp;</div>
              <p className={styles.range}>&nbsp;</p>
            </figure>
          ))}
        {maps?.map((m, i) => {
          const k = shown.kernels[i];
          const name = t(`lab.filter.${shown.filters[i]}` as MessageKey);
          const { bound } = m;
          const clipped = bound < Math.max(Math.abs(m.range[0]), Math.abs(m.range[1]));
          return (
            <figure key={i} className={styles.figure} data-filter={i + 1}>
              <figcaption>{k ? t('lab.map', { n: i + 1, name, kH: k.kH, kW: k.kW, w: m.size[1], h: m.size[0] }) : name}</figcaption>
              <MapCanvas
                bitmap={m.bitmap}
                size={m.size}
                label={t('lab.mapLabel', { n: i + 1, w: m.size[1], h: m.size[0] })}
                cell={pointed?.filter === i ? pointed.cell : null}
                onCell={(cell) => cell && setPointed((p) => (p?.filter === i && p.cell[0] === cell[0] && p.cell[1] === cell[1] ? p : { filter: i, cell }))}
              />
              <div className={styles.legend}>
                <span>{formatSigned(-bound)}</span>
                <svg className={styles.ramp} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                  <defs>
                    <linearGradient id={`lab-ramp-${i}`}>
                      <stop offset="0" style={{ stopColor: 'var(--scale-negative)' }} />
                      <stop offset="0.5" style={{ stopColor: 'var(--scale-zero)' }} />
                      <stop offset="1" style={{ stopColor: 'var(--scale-positive)' }} />
                    </linearGradient>
                  </defs>
                  <rect width="100" height="10" fill={`url(#lab-ramp-${i})`} />
                </svg>
                <span>{formatSigned(bound)}{clipped ? '+' : ''}</span>
              </div>
              <p className={styles.range}>
                {t('lab.range', { lo: formatSigned(m.range[0]), hi: formatSigned(m.range[1]) })}
                {clipped && ` · ${t('lab.bound', { bound: formatSigned(bound) })}`}
              </p>
            </figure>
          );
        })}
      </div>
      <p className={styles.note}>{t('lab.credit')}</p>
    </div>
  );

  return (
    <SceneShell
      className={styles.scene}
      controls={(linkRow) => <LabControls values={values} onUpload={onUpload} uploaded={upload?.name ?? null} onBundled={onBundled} extra={linkRow} />}
      fold={labSummary(values)}
      problems={problems}
      stale={problems.length > 0}
      busy={lab.progress !== null || lab.loading}
      stage={stage}
      stageClassName={styles.stageBox}
      side={
        <>
          <LabExplain explained={lab.explained} kernels={shown.kernels} dilation={values.dilation} />
          <SeparablePanel filters={values.filters} kernels={kernels} maps={maps} mapKernels={shown.kernels} />
        </>
      }
      code={code}
    />
  );
}

import { useCallback, useMemo, useRef, useState } from 'react';
import { colorScale } from '../../../components/colorScale.ts';
import { Grid } from '../../../components/Grid.tsx';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { useElementSize } from '../../../hooks/useElementSize.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatValue } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectParams, selectPresent, useAppStore } from '../../../store/store.ts';
import { PRESENT_GRID_FONT, readableCell } from '../../../components/readableCell.ts';
import { digitsCode } from '../code.ts';
import { forward, LAYERS } from '../model.ts';
import type { DigitsNet, LayerName } from '../model.ts';
import { digitsSchema, SAMPLE_COUNT } from '../schema.ts';
import type { DigitsValues } from '../schema.ts';
import { ClassActivation, GapBars, percent } from './ClassHead.tsx';
import { CellExplain } from './CellExplain.tsx';
import { DrawPad } from './DrawPad.tsx';
import { LayerMaps } from './LayerMaps.tsx';
import { SizePanel } from './SizePanel.tsx';
import { useDigitsNet } from './useDigitsNet.ts';
import type { NetFailure } from './useDigitsNet.ts';
import styles from './digits.module.css';

/** The input's colours: 0 blank, 16 the scale's full positive colour (black numbers stay readable). */
const INPUT_COLOR = colorScale([16]);
const inputFormat = (v: number) => formatValue(v);

/** The failure in the learner's language. */
function failureText(t: ReturnType<typeof useT>, f: NetFailure): string {
  if (f.kind === 'http') return t('digits.failed.http', { status: f.status });
  if (f.kind === 'network') return t('digits.failed.network');
  return t(`digits.bad.${f.problem.reason}` as MessageKey, { part: f.problem.part });
}

/**
 * The digits scene: the trained network (fetched when the scene opens), fed a held-out test image (the
 * link's `sample`) or a drawn digit; every layer's maps, the class maps with GAP and softmax, the class
 * activation map, the pointed cell's explanation, and the network's size and accuracy.
 */
export function DigitsScene() {
  const t = useT();
  const { state, retry } = useDigitsNet();
  const values = useAppStore(selectParams) as DigitsValues;
  const setParams = useAppStore((s) => s.setParams);
  const fold = `sample ${values.sample}`;
  if (state.status !== 'ready') {
    return (
      <SceneShell
        className={styles.scene}
        fold={fold}
        controls={<SchemaForm schema={digitsSchema} values={values} onChange={(c) => setParams(c)} names={['sample']} labels={{ sample: t('digits.sample') }} />}
        stage={
          state.status === 'loading' ? (
            <p className={styles.status} role="status">{t('digits.loading')}</p>
          ) : (
            <section className="notice notice-error" role="alert" data-testid="digits-failed">
              <p>{t('digits.failed', { why: failureText(t, state.failure) })}</p>
              <button type="button" onClick={retry}>{t('digits.retry')}</button>
            </section>
          )
        }
      />
    );
  }
  return <ReadyScene net={state.net} values={values} />;
}

const KINDS = LAYERS;

function ReadyScene({ net, values }: { net: DigitsNet; values: DigitsValues }) {
  const t = useT();
  const setParams = useAppStore((s) => s.setParams);
  const narrow = useMediaQuery(NARROW_QUERY);
  const stageRef = useRef<HTMLDivElement>(null);
  const box = useElementSize(stageRef);
  const [drawn, setDrawn] = useState<number[] | null>(null);
  // One map per convolution: after its ReLU (what the next layer reads) or before it (the raw sums).
  const [beforeRelu, setBeforeRelu] = useState(false);
  const shown = LAYERS.filter((l) => (beforeRelu ? !l.startsWith('relu') : l !== 'conv1' && l !== 'conv2'));
  const sample = net.samples[Math.min(values.sample, net.samples.length - 1)];
  const pixels = drawn ?? sample.pixels;
  const f = useMemo(() => forward(net, pixels), [net, pixels]);
  const { focus, pinned, setHover, togglePin } = useFocus(KINDS, (c) => c.index.length === 3);
  const pick = useCallback(
    (i: number) => {
      setDrawn(null);
      setParams({ sample: (i + SAMPLE_COUNT) % SAMPLE_COUNT });
    },
    [setParams],
  );
  const handlers = useMemo(
    () =>
      Object.fromEntries(
        LAYERS.map((layer) => [
          layer,
          {
            onHover: (cell: [number, number, number] | null) => setHover(cell ? { kind: layer, index: cell } : null),
            onSelect: (cell: [number, number, number]) => togglePin({ kind: layer, index: cell }),
          },
        ]),
      ) as Record<LayerName, { onHover: (cell: [number, number, number] | null) => void; onSelect: (cell: [number, number, number]) => void }>,
    [setHover, togglePin],
  );
  const width = box.width || 800;
  // An 8×8 map and a 4×4 map take the same room: four per row on a phone, eight on a wide screen.
  const mapSide = narrow ? Math.floor((width - 48) / 4) - 8 : Math.max(96, Math.min(128, Math.floor((width - 80) / 8) - 12));
  const big = Math.max(10, Math.floor(mapSide / 8));
  const small = Math.max(20, Math.floor(mapSide / 4));
  // Presenter mode: the maps that print numbers (the input, the class maps) print them at 24 px, read from
  // the back of the room; the colour-only layers keep their size, and the stage scrolls.
  const present = useAppStore(selectPresent);
  const presentCells = useMemo(() => {
    if (!present) return null;
    const c = f.classMaps;
    const plane = c.shape[1] * c.shape[2];
    // As the class maps write them (one decimal): "−0.43" is drawn "−0.4".
    const maps = Array.from({ length: c.shape[0] }, (_, k) => Array.from(c.data.subarray(k * plane, (k + 1) * plane), (v) => Math.round(v * 10) / 10));
    return { input: readableCell([pixels], PRESENT_GRID_FONT), classMaps: readableCell(maps, PRESENT_GRID_FONT) };
  }, [present, f, pixels]);
  const cell = focus ? { layer: focus.kind, index: focus.index as unknown as readonly [number, number, number] } : null;
  const p = percent(f.softmax.data[f.predicted]);
  const code = useMemo(() => digitsCode({ scale: t('digits.code.scale'), maps: t('digits.code.maps') }, `[${pixels.join(', ')}]`), [t, pixels]);
  const caption = useCallback((c: number) => t('digits.classMap', { k: c }), [t]);
  return (
    <SceneShell
      className={styles.scene}
      fold={drawn ? t('digits.source.drawn') : `sample ${values.sample}`}
      controls={
        <SchemaForm schema={digitsSchema} values={values} onChange={(c) => { setDrawn(null); setParams(c); }} names={['sample']} labels={{ sample: t('digits.sample') }}>
          <div className="field field-buttons">
            <button type="button" onClick={() => pick(values.sample - 1)} aria-label={t('digits.prev')}>‹</button>
            <button type="button" onClick={() => pick(values.sample + 1)} aria-label={t('digits.next')}>›</button>
          </div>
        </SchemaForm>
      }
      stageRef={stageRef}
      stageClassName={styles.stage}
      stage={
        <div className={styles.body}>
          <div className={styles.top}>
            <section className={styles.source} aria-label={t('digits.draw')}>
              <h2 className={styles.layerTitle}>{t('digits.draw')}</h2>
              <DrawPad drawn={drawn !== null} onDraw={setDrawn} onClear={() => setDrawn(null)} />
              <p className="calc-note">{t('digits.drawHint')}</p>
            </section>
            <section className={styles.source}>
              <Grid label={t('digits.input')} rows={8} cols={8} cellSize={presentCells?.input ?? (narrow ? 22 : 24)} values={pixels} color={INPUT_COLOR} format={inputFormat} />
              <p className={styles.which} data-testid="digits-source">
                {drawn ? t('digits.source.drawn') : t('digits.sampleOf', { i: values.sample, n: net.samples.length, label: sample.label })}
              </p>
            </section>
            <section className={styles.source}>
              <p className={styles.prediction} data-testid="digits-prediction" data-predicted={f.predicted}>
                {t('digits.predicted', { k: f.predicted })}
              </p>
              <p>{drawn ? (drawn.every((v) => v === 0) ? t('digits.empty') : t('digits.predictedDrawn', { k: f.predicted, p })) : t('digits.predictedOf', { k: f.predicted, p, label: sample.label })}</p>
              <ClassActivation forward={f} size={narrow ? 176 : 192} />
            </section>
          </div>
          <div className="field field-buttons" role="group" aria-label={t('digits.activation')}>
            {(['after', 'before'] as const).map((w) => (
              <button key={w} type="button" aria-pressed={(w === 'before') === beforeRelu} onClick={() => setBeforeRelu(w === 'before')}>
                {t(`digits.activation.${w}` as MessageKey)}
              </button>
            ))}
          </div>
          {shown.map((layer) => (
            <LayerMaps
              key={layer}
              layer={layer}
              maps={f[layer]}
              cellSize={layer === 'classMaps' && presentCells ? Math.max(small, presentCells.classMaps) : f[layer].shape[1] === 8 ? big : small}
              pinned={pinned?.kind === layer ? pinned.index : null}
              onHover={handlers[layer].onHover}
              onSelect={handlers[layer].onSelect}
              numbers={layer === 'classMaps'}
              caption={layer === 'classMaps' ? caption : undefined}
            />
          ))}
          <GapBars forward={f} />
        </div>
      }
      side={
        <>
          <CellExplain net={net} forward={f} cell={cell} />
          <SizePanel net={net} />
        </>
      }
      code={code}
    />
  );
}

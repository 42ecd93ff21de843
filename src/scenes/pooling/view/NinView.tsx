import { useMemo, useRef } from 'react';
import { PresetButtons } from '../../../components/PresetButtons.tsx';
import { stepTimeline } from '../../../animations/timeline.ts';
import { numel } from '../../../engine/index.ts';
import { useElementSize } from '../../../hooks/useElementSize.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import { STEP_UNITS } from '../../../hooks/playbackUnits.ts';
import { useScenePlayback } from '../../../hooks/useScenePlayback.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatCount, formatSigned } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { colorScale } from '../../../components/colorScale.ts';
import { CostTable } from '../../../components/CostTable.tsx';
import { Grid } from '../../../components/Grid.tsx';
import { NewValuesButton } from '../../../components/NewValuesButton.tsx';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { ninCode } from '../code.ts';
import { classPlanes, HEAD_PRESETS, ninModel } from '../heads.ts';
import { poolingSchema } from '../schema.ts';
import type { PoolingValues } from '../schema.ts';
import { PartSwitch } from './PoolingScene.tsx';
import { Stages } from './Stages.tsx';
import shared from './pooling.module.css';
import own from './heads.module.css';

/** This part's classes and the ones every part shares. */
const styles = { ...shared, ...own };

const STAGES = ['pool.nin.stage.maps', 'pool.nin.stage.gap', 'pool.nin.stage.softmax'] as const;
const TIMELINE = stepTimeline(STAGES.length);
/** A probability as a percentage with one decimal (0.004 stays visible as 0.4 %), the sign kept on the number's line. */
const percent = (p: number) => `${(100 * p).toFixed(1)}\u00a0%`;

/** Smallest cell that prints a one-decimal value such as `−0.4` (four characters) legibly. */
const LEGIBLE = 28;
/** Class maps a phone draws. */
const PHONE_MAPS = 4;
/** Room a map's card takes besides its cells: across (border, padding) and down (caption, score line, bar). */
const CARD_W = 36;
const CARD_H = 85;

/**
 * How many class maps per row, and their cell size: the largest cells that fit the stage (its height too
 * on a wide screen, where the stage does not scroll the page), never below LEGIBLE; a phone shows as
 * many per row as fit its width at that size.
 */
function mapLayout(drawn: number, size: number, width: number, height: number): { perRow: number; cell: number } {
  const most = Math.max(1, Math.min(drawn, Math.floor(width / (size * LEGIBLE + CARD_W))));
  let best = { perRow: most, cell: 0 };
  for (let p = 1; p <= most; p++) {
    const rows = Math.ceil(drawn / p);
    const cell = Math.min(40, (width / p - CARD_W) / size, ((height - 150) / rows - CARD_H) / size);
    if (cell >= best.cell) best = { perRow: p, cell };
  }
  return { perRow: best.perRow, cell: Math.floor(Math.max(LEGIBLE, Math.min(40, best.cell))) };
}

/**
 * Network in Network's head: the last 1×1 convolution makes one map per class (a class confidence map),
 * global average pooling turns each map into its class score, softmax turns the scores into
 * probabilities; one stage per step. Beside it, the head's parameters against an FC head on the same map.
 */
export function NinView({ values }: { values: PoolingValues }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const setParams = useAppStore((s) => s.setParams);
  const narrow = useMediaQuery(NARROW_QUERY);
  const stageRef = useRef<HTMLDivElement>(null);
  const box = useElementSize(stageRef);
  const model = useMemo(() => ninModel(values), [values]);
  // A phone draws four maps (one per row at a legible size); a wide screen up to MAX_CLASS_MAPS.
  const drawn = narrow ? Math.min(PHONE_MAPS, model.drawn) : model.drawn;
  const maps = useMemo(() => classPlanes(model).slice(0, drawn), [model, drawn]);
  const color = useMemo(() => colorScale(model.maps.data), [model]);
  const playback = useScenePlayback(TIMELINE, STEP_UNITS);
  const { step } = playback;
  const { focus, pinned, setHover, togglePin } = useFocus(['class'], (f) => f.index.length === 1 && f.index[0] < drawn);
  const K = values.ninClasses;
  const S = values.ninSize;
  const n = (x: number) => formatCount(x, lang);
  const top = useMemo(() => model.probs.reduce((best, p, k) => (p > model.probs[best] ? k : best), 0), [model]);
  const { perRow, cell } = useMemo(() => mapLayout(drawn, S, box.width, narrow ? Infinity : box.height), [drawn, S, box.width, box.height, narrow]);
  const shown = focus ? focus.index[0] : null;
  const score = (k: number) => formatSigned(model.scores.data[k]);
  const ninTotal = { params: model.conv.params + model.gap.params, macs: model.conv.macs + model.gap.macs };
  return (
    <SceneShell
      className={styles.scene}
      fold={`nin_channels ${values.ninChannels} · nin_classes ${K} · nin_size ${S}`}
      above={
        <>
          <PartSwitch view="nin" />
          <Stages keys={STAGES} current={step} />
        </>
      }
      controls={
        <SchemaForm
          schema={poolingSchema}
          values={values}
          names={['ninChannels', 'ninClasses', 'ninSize']}
          onChange={(changes) => setParams(changes)}
          labels={{ ninChannels: t('pool.nin.channels'), ninClasses: t('pool.classes'), ninSize: t('pool.map') }}
        >
          <div className="field field-buttons">
            <NewValuesButton seed={values.seed} onSeed={(seed) => setParams({ seed })} />
          </div>
          <PresetButtons presets={HEAD_PRESETS.nin} label={(p) => t(`pool.preset.${p.id}` as MessageKey)} onPick={(p) => setParams(p.values)} />
        </SchemaForm>
      }
      stageRef={stageRef}
      stageClassName={styles.stage}
      stage={
        box.width > 0 && (
          <div className={styles.ninStage}>
            <h2 className={styles.title}>{t('pool.nin.title', { C: values.ninChannels, K, S })}</h2>
            {K > drawn && <p className="drawn-note" data-testid="pool-nin-drawn">{t('pool.nin.drawn', { last: drawn - 1, n: n(K), more: n(K - drawn) })}</p>}
            <ul className={styles.classMaps} style={{ gridTemplateColumns: `repeat(${Math.min(perRow, drawn)}, auto)` }} onMouseLeave={() => setHover(null)}>
              {maps.map((m, k) => (
                <li key={k} className={`${styles.classMap}${shown === k ? ` ${styles.current}` : ''}${step === 2 && k === top ? ` ${styles.top}` : ''}`}>
                  <Grid
                    label={t('pool.nin.map', { k })}
                    rows={S}
                    cols={S}
                    cellSize={cell}
                    values={m}
                    color={color}
                    format={formatSigned}
                    onHover={() => setHover({ kind: 'class', index: [k] })}
                    onSelect={() => togglePin({ kind: 'class', index: [k] })}
                    pinned={pinned?.index[0] === k ? [0, 0] : null}
                  />
                  <p className={styles.mean}>
                    <span data-testid={`pool-nin-score-${k}`}>
                      {t('pool.nin.score')} <strong>{step >= 1 ? score(k) : '–'}</strong>
                    </span>{' '}
                    <span data-testid={`pool-nin-prob-${k}`}>
                      · p <strong>{step >= 2 ? percent(model.probs[k]) : '–'}</strong>
                    </span>
                  </p>
                  <span className={styles.barFrame} aria-hidden="true">
                    <span className={styles.bar} style={{ width: `${step >= 2 ? model.probs[k] * 100 : 0}%` }} />
                  </span>
                </li>
              ))}
            </ul>
            {shown !== null ? (
              <p className={styles.result} data-testid="pool-nin-explain">
                {t('pool.nin.explain', { k: shown, cells: numel(model.maps.shape.slice(1)), s: score(shown), p: percent(model.probs[shown]) })}
              </p>
            ) : (
              step === 2 && (
                <p className={styles.result} data-testid="pool-nin-top">
                  {t('pool.nin.top', { k: top, p: percent(model.probs[top]) })}
                </p>
              )
            )}
            <p className="calc-note">{t('pool.nin.note')}</p>
          </div>
        )
      }
      side={
        <CostTable
          title={t('pool.nin.costTitle', { C: values.ninChannels, S })}
          testId="pool-nin-costs"
          lines={[
            { key: 'pool.nin.row.conv', values: { C: values.ninChannels, K }, params: model.conv.params, macs: model.conv.macs },
            { key: 'pool.nin.row.gap', params: model.gap.params, macs: model.gap.macs },
            { key: 'pool.nin.row.total', params: ninTotal.params, macs: ninTotal.macs, total: true },
            { key: 'pool.nin.row.fc', values: { F: n(model.flat), K }, params: model.fc.params, macs: model.fc.macs, total: true },
          ]}
          ratio={{ params: ninTotal.params / model.fc.params, macs: ninTotal.macs / model.fc.macs }}
        />
      }
      code={ninCode(values)}
      playback={playback}
    />
  );
}

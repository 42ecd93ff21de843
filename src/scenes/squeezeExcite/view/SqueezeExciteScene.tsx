import { useMemo } from 'react';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import { stepTimeline } from '../../../animations/timeline.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { useSceneModel } from '../../../hooks/useSceneModel.ts';
import { useScenePlayback } from '../../../hooks/useScenePlayback.ts';
import { STEP_UNITS } from '../../../hooks/playbackUnits.ts';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatCount, formatValue } from '../../../i18n/format.ts';
import { nearestValidSe, squeezeExciteCode, squeezeExciteModel, squeezeExciteProblems } from '../model.ts';
import { MAX_DRAWN, squeezeExciteSchema } from '../schema.ts';
import type { SqueezeExciteValues } from '../schema.ts';
import { selectLang, selectParams, selectPresent, useAppStore } from '../../../store/store.ts';
import { PRESENT_GRID_FONT } from '../../../components/readableCell.ts';
import { cellForFont } from '../../../layout/gridMetrics.ts';
import { channelColor } from '../../../components/channelColors.ts';
import { colorScale } from '../../../components/colorScale.ts';
import { Grid } from '../../../components/Grid.tsx';
import { NewValuesButton } from '../../../components/NewValuesButton.tsx';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { planes } from '../../../engine/index.ts';
import { ExcitationChart } from './ExcitationChart.tsx';
import styles from './SqueezeExciteScene.module.css';

/** The stages of the block, one step each: the input, squeeze, excitation, scale. */
export const SE_STAGES = ['se.stage.input', 'se.stage.squeeze', 'se.stage.excite', 'se.stage.scale'] as const;
const TIMELINE = stepTimeline(SE_STAGES.length);
/** Smallest cell (px) in which a three-character value prints at 11 px or more. */
const LEGIBLE_CELL = 24;
/** Presenter mode: three characters ("0.4") at 24 px. */
const PRESENT_CELL = cellForFont(3, PRESENT_GRID_FONT);
const r2 = (v: number) => formatValue(Math.round(v * 100) / 100);
const r1 = (v: number) => formatValue(Math.round(v * 10) / 10);

/** Smallest, mean and largest of the weights: one pass over all C. */
function weightSpread(w: Float32Array): { min: number; mean: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < w.length; i++) {
    min = Math.min(min, w[i]);
    max = Math.max(max, w[i]);
    sum += w[i];
  }
  return { min, mean: sum / w.length, max };
}

/**
 * Squeeze-and-excitation: each channel averaged to one number (squeeze), two small FC layers turn
 * those into one weight in (0, 1) per channel (excitation), and each channel is multiplied by its weight
 * (scale). Values come from the engine's squeezeExcite.
 */
export function SqueezeExciteScene() {
  const t = useT();
  const values = useAppStore(selectParams) as SqueezeExciteValues;
  const lang = useAppStore(selectLang);
  const setParams = useAppStore((s) => s.setParams);
  const narrow = useMediaQuery(NARROW_QUERY);
  const { problems, fresh, model } = useSceneModel(values, squeezeExciteProblems, squeezeExciteModel, nearestValidSe);
  // A pointed channel is [channel] of a drawn one.
  const { focus, setHover } = useFocus(['input'], (f) => f.index.length === 1 && f.index[0] < model.drawn);
  const playback = useScenePlayback(TIMELINE, STEP_UNITS);
  const { position, step } = playback;
  // Between stages the next one's bars grow in with the playback position (never text: text is shown
  // or not). Stage 1 is the squeeze, 2 the excitation (the weights exist from here), 3 the scale.
  const reached = (stage: number) => Math.max(0, Math.min(1, position - stage + 1));
  const hasMeans = reached(1) > 0;
  const hasWeights = reached(2) > 0;
  const scaled = reached(3) > 0;
  const outputTitle = (c: number) =>
    scaled ? t('se.output', { c, w: r2(scale.data[c]) }) : hasWeights ? t('se.outputNext', { c, w: r2(scale.data[c]) }) : t('se.outputWait', { c });
  const C = model.x.shape[0];
  const [H, W] = [model.x.shape[1], model.x.shape[2]];
  const { squeeze, hidden, scale, output } = model.result;
  // Only the drawn channels become grids; the vectors of all C feed the chart's axes and the summary.
  const inPlanes = useMemo(() => planes(model.x).slice(0, model.drawn), [model]);
  const outPlanes = useMemo(() => planes(output).slice(0, model.drawn), [output, model.drawn]);
  const spread = useMemo(() => weightSpread(scale.data), [scale]);
  const color = useMemo(() => colorScale(model.x.data), [model]);
  // Never below LEGIBLE_CELL: the scaled maps print values such as "0.4", which need 24 px cells to
  // reach an 11 px font (at 18 px, the phone's size before, the grid dropped its numbers altogether).
  // Presented, cells fit numbers such as "0.4" at 24 px, read from the back of the room.
  const present = useAppStore(selectPresent);
  const cell = present ? PRESENT_CELL : narrow ? LEGIBLE_CELL : Math.max(LEGIBLE_CELL, Math.min(30, Math.floor(150 / Math.max(H, W))));
  const focusC = focus ? focus.index[0] : null;
  const n = (v: number) => formatCount(v, lang);
  return (
    <SceneShell
      controls={
        <SchemaForm
          schema={squeezeExciteSchema}
          values={values}
          names={['channels', 'reduction', 'size', 'bias']}
          onChange={setParams}
          labels={{ channels: t('se.channels'), reduction: t('se.reduction') }}
        >
          <div className="field field-buttons">
            <NewValuesButton seed={values.seed} onSeed={(seed) => setParams({ seed })} />
          </div>
        </SchemaForm>
      }
      problems={problems}
      stale={!fresh}
      above={
        <ol className="stages" aria-label={t('se.stages')}>
          {SE_STAGES.map((key, i) => (
            <li key={key} aria-current={i === step ? 'step' : undefined}>
              {t(key as MessageKey)}
            </li>
          ))}
        </ol>
      }
      stageClassName={styles.stage}
      stage={
        <>
          {C > model.drawn && (
            <p className="drawn-note" data-testid="se-drawn">
              {t('se.drawn', { last: model.drawn - 1, C: n(C) })}
            </p>
          )}
          <ul className={styles.channels} onMouseLeave={() => setHover(null)}>
            {inPlanes.map((values, c) => (
              <li key={c} className={focusC === c ? `${styles.channel} ${styles.focus}` : styles.channel} style={{ borderColor: channelColor(c) }} onMouseEnter={() => setHover({ kind: 'input', index: [c] })}>
                <Grid label={t('se.channel', { c })} rows={H} cols={W} cellSize={cell} values={values} color={color} format={formatValue} />
                <div className={styles.numbers}>
                  <p data-testid={`se-mean-${c}`}>
                    {t('se.mean')} <strong>{hasMeans ? r2(squeeze.data[c]) : '–'}</strong>
                  </p>
                  <p data-testid={`se-weight-${c}`}>
                    {t('se.weight')} <strong>{hasWeights ? r2(scale.data[c]) : '–'}</strong>
                  </p>
                  {/* The weight as a bar in a frame (0 to 1): its length, not a faded map, shows how much is kept. */}
                  <span className={styles.barFrame} aria-hidden="true">
                    <span className={styles.bar} style={{ width: `${reached(2) * scale.data[c] * 100}%`, background: channelColor(c) }} />
                  </span>
                </div>
                <Grid label={outputTitle(c)} rows={H} cols={W} cellSize={cell} values={scaled ? outPlanes[c] : values} color={color} format={r1} filled={scaled ? undefined : 0} />
              </li>
            ))}
          </ul>
        </>
      }
      side={
        <>
          <section className="panel" aria-labelledby="se-excite">
            <h2 id="se-excite">{t('se.exciteTitle', { C, h: model.hidden })}</h2>
            <ExcitationChart
              squeeze={squeeze.data}
              hidden={hidden.data}
              scale={scale.data}
              drawn={MAX_DRAWN}
              shown={[reached(1), reached(2), reached(2)]}
              focus={focusC}
              more={(k) => t('se.more', { n: n(k) })}
              heads={[t('se.head.squeeze'), t('se.head.relu'), t('se.head.sigmoid')]}
              label={t('se.chartLabel')}
            />
            {C > model.drawn && (
              <p className="calc-note" data-testid="se-spread" hidden={!hasWeights}>
                {t('se.spread', { C: n(C), min: r2(spread.min), mean: r2(spread.mean), max: r2(spread.max) })}
              </p>
            )}
            {focusC !== null && (
              <p data-testid="se-explain">
                {t('se.explain', { c: focusC, m: r2(squeeze.data[focusC]), w: r2(scale.data[focusC]) })}
              </p>
            )}
          </section>
          <section className="panel" aria-labelledby="se-params">
            <h2 id="se-params">{t('panel.params')}</h2>
            <p className="formula" data-testid="se-param-count">
              2 × {C} × {model.hidden} {values.bias ? `+ ${model.hidden} + ${C}` : ''} = <strong>{n(model.params)}</strong>
            </p>
            <p className="calc-note" data-testid="se-param-both">
              {t('se.both', { weights: n(model.weightsOnly), all: n(model.withBias) })}
            </p>
            <p className="calc-note">{t('se.share', { conv: n(model.convParams), pct: ((100 * model.params) / model.convParams).toFixed(1) })}</p>
          </section>
        </>
      }
      code={squeezeExciteCode(values, { weights: t('se.codeWeights'), sameShape: t('se.codeSameShape') })}
      playback={playback}
    />
  );
}

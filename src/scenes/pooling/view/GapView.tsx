import { useMemo, useRef } from 'react';
import { PresetButtons } from '../../../components/PresetButtons.tsx';
import { stepTimeline } from '../../../animations/timeline.ts';
import { numel, planes } from '../../../engine/index.ts';
import { useElementSize } from '../../../hooks/useElementSize.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import { STEP_UNITS } from '../../../hooks/playbackUnits.ts';
import { useScenePlayback } from '../../../hooks/useScenePlayback.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatCount, formatSigned } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { channelColor } from '../../../components/channelColors.ts';
import { colorScale } from '../../../components/colorScale.ts';
import { CostTable } from '../../../components/CostTable.tsx';
import { Grid } from '../../../components/Grid.tsx';
import { NewValuesButton } from '../../../components/NewValuesButton.tsx';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { gapCode } from '../code.ts';
import { gapHeads, HEAD_PRESETS } from '../heads.ts';
import { poolingSchema } from '../schema.ts';
import type { PoolingValues } from '../schema.ts';
import { PartSwitch } from './PoolingScene.tsx';
import { Stages } from './Stages.tsx';
import shared from './pooling.module.css';
import own from './heads.module.css';

/** This part's classes and the ones every part shares. */
const styles = { ...shared, ...own };

const STAGES = ['pool.gap.stage.map', 'pool.gap.stage.average', 'pool.gap.stage.fc'] as const;

/**
 * Global average pooling: each drawn channel of the fed map becomes its mean (one step per channel), the
 * C means feed one FC layer; beside it, VGG-16's FC head against the GAP head (parameters and MACs,
 * counted by the engine) and what each does with a map of another size.
 */
export function GapView({ values }: { values: PoolingValues }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const setParams = useAppStore((s) => s.setParams);
  const narrow = useMediaQuery(NARROW_QUERY);
  const stageRef = useRef<HTMLDivElement>(null);
  const box = useElementSize(stageRef);
  const heads = useMemo(() => gapHeads(values), [values]);
  const drawn = heads.sample.shape[0];
  const C = values.channels;
  const F = values.feed;
  const timeline = useMemo(() => stepTimeline(drawn + 2), [drawn]);
  const playback = useScenePlayback(timeline, STEP_UNITS);
  const { step } = playback;
  const stage = step === 0 ? 0 : step <= drawn ? 1 : 2;
  const { focus, setHover, togglePin, pinned } = useFocus(['channel'], (f) => f.index.length === 1 && f.index[0] < drawn);
  // The channel written out: the pointed one, else the one playback has just averaged.
  const current = focus ? focus.index[0] : stage === 1 ? step - 1 : null;
  const averaged = (c: number) => focus !== null || step > c;
  const maps = useMemo(() => planes(heads.sample), [heads]);
  const color = useMemo(() => colorScale(heads.sample.data), [heads]);
  const n = (x: number) => formatCount(x, lang);
  const per = narrow ? 1 : Math.min(drawn, 4);
  // Room besides the cells: per card its border, padding and gap; down the stage the title, notes, means, formula and vector.
  const cell = Math.max(8, Math.min(44, Math.floor(Math.min((box.width / per - 64) / F, narrow ? 44 : (box.height - 340) / F))));
  const mean = (c: number) => formatSigned(heads.means.data[c]);
  const fcRow = (key: MessageKey, l: (typeof heads.fc)[number], values: Record<string, string>, total = false) => ({ key, values, params: l.params, macs: l.macs, total });
  const fed = heads.fed;
  const code = gapCode(values, fed.ok, { out: t('pool.code.out'), rejected: t('pool.code.rejected'), anySize: t('pool.code.anySize'), impossible: t('pool.code.impossible') });
  return (
    <SceneShell
      className={styles.scene}
      fold={`channels ${n(C)} · map ${values.map} · hidden ${n(values.hidden)} · num_classes ${n(values.numClasses)}`}
      above={
        <>
          <PartSwitch view="gap" />
          <Stages keys={STAGES} current={stage} />
        </>
      }
      controls={
        <SchemaForm
          schema={poolingSchema}
          values={values}
          names={['channels', 'map', 'hidden', 'numClasses']}
          onChange={(changes) => setParams(changes)}
          labels={{ channels: t('pool.channels'), map: t('pool.map'), hidden: t('pool.hidden'), numClasses: t('pool.classes') }}
        >
          <div className="field field-buttons">
            <NewValuesButton seed={values.seed} onSeed={(seed) => setParams({ seed })} />
          </div>
          <PresetButtons presets={HEAD_PRESETS.gap} label={(p) => t(`pool.preset.${p.id}` as MessageKey)} onPick={(p) => setParams(p.values)} />
        </SchemaForm>
      }
      stageRef={stageRef}
      stageClassName={styles.stage}
      stage={
        box.width > 0 && (
          <div className={styles.gapStage}>
            <h2 className={styles.title}>{t('pool.gap.title', { C: n(C), H: F, W: F })}</h2>
            {C > drawn && <p className="drawn-note" data-testid="pool-gap-drawn">{t('pool.drawn', { last: drawn - 1, n: n(C), more: n(C - drawn) })}</p>}
            <ul className={styles.gapChannels} onMouseLeave={() => setHover(null)}>
              {maps.map((m, c) => (
                <li key={c} className={`${styles.gapChannel}${current === c ? ` ${styles.current}` : ''}`} style={{ borderColor: channelColor(c) }}>
                  <Grid
                    label={t('pool.channel', { c })}
                    rows={F}
                    cols={F}
                    cellSize={cell}
                    values={m}
                    color={color}
                    format={formatSigned}
                    onHover={() => setHover({ kind: 'channel', index: [c] })}
                    onSelect={() => togglePin({ kind: 'channel', index: [c] })}
                    pinned={pinned?.index[0] === c ? [0, 0] : null}
                  />
                  <p className={styles.mean} data-testid={`pool-gap-mean-${c}`}>
                    {t('pool.mean')} <strong>{averaged(c) ? mean(c) : '–'}</strong>
                  </p>
                </li>
              ))}
            </ul>
            {current !== null && (
              <p className={styles.result} data-testid="pool-gap-formula">
                {t('pool.gap.formula', { c: current, s: formatSigned(heads.sums[current]), cells: numel([F, F]), H: F, W: F, v: mean(current) })}
              </p>
            )}
            <div className={`${styles.vector}${stage === 2 ? ` ${styles.vectorOn}` : ''}`} data-testid="pool-gap-vector">
              <span className={styles.vectorLabel}>{t('pool.gap.vector', { C: n(C) })}</span>
              <ol className={styles.vectorCells} aria-label={t('pool.gap.vector', { C: n(C) })}>
                {maps.map((_, c) => (
                  <li key={c} style={{ borderColor: channelColor(c) }}>{averaged(c) ? mean(c) : '–'}</li>
                ))}
                {C > drawn && <li className={styles.more}>{t('pool.more', { n: n(C - drawn) })}</li>}
              </ol>
              <span aria-hidden="true">→</span>
              <span className={styles.vectorLabel}>{t('pool.gap.fc', { C: n(C), K: n(values.numClasses) })}</span>
            </div>
            <p className="calc-note">{t('pool.gap.note')}</p>
          </div>
        )
      }
      side={
        <>
          <section className="panel" aria-labelledby="pool-feed-title">
            <h2 id="pool-feed-title">{t('pool.feedTitle', { F })}</h2>
            <SchemaForm schema={poolingSchema} values={values} names={['feed']} onChange={(changes) => setParams(changes)} labels={{ feed: t('pool.feed') }} label={t('pool.feedTitle', { F })} />
            <p className={styles.ok} data-testid="pool-feed-gap">
              {t('pool.feed.gap', { C: n(C), F, out: fed.gapOut.join('×'), K: n(fed.classesOut[0]) })}
            </p>
            <p className={fed.ok ? styles.ok : styles.rejected} data-testid="pool-feed-fc">
              {fed.ok
                ? t('pool.feed.fcOk', { features: n(fed.features), K: n(values.numClasses) })
                : t('pool.feed.fcRejected', { features: n(fed.features), flat: n(heads.flatFeatures), raw: fed.features, in: heads.flatFeatures, out: values.hidden })}
            </p>
          </section>
          <CostTable
            title={t('pool.headsTitle', { C: n(C), m: values.map })}
            testId="pool-heads"
            lines={[
              fcRow('pool.row.fc1', heads.fc[0], { m: String(values.map), C: n(C), from: n(heads.flatFeatures), to: n(values.hidden) }),
              fcRow('pool.row.fc', heads.fc[1], { from: n(values.hidden), to: n(values.hidden) }),
              fcRow('pool.row.fc', heads.fc[2], { from: n(values.hidden), to: n(values.numClasses) }),
              { key: 'pool.row.fcTotal', params: heads.fcTotal.params, macs: heads.fcTotal.macs, total: true },
              fcRow('pool.row.gap', heads.gap[0], { m: String(values.map), C: n(C) }),
              fcRow('pool.row.fc', heads.gap[1], { from: n(C), to: n(values.numClasses) }),
              { key: 'pool.row.gapTotal', params: heads.gapTotal.params, macs: heads.gapTotal.macs, total: true },
            ]}
            ratio={{ params: heads.gapTotal.params / heads.fcTotal.params, macs: heads.gapTotal.macs / heads.fcTotal.macs }}
          />
          <p className="calc-note">{t('pool.headsNote')}</p>
        </>
      }
      code={code}
      playback={playback}
    />
  );
}

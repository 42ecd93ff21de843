import { useMemo, useRef } from 'react';
import { PresetButtons } from '../../../components/PresetButtons.tsx';
import { MARK } from '../../../animations/conv2dHighlights.ts';
import { numel } from '../../../engine/index.ts';
import { stepTimeline } from '../../../animations/timeline.ts';
import { useElementSize } from '../../../hooks/useElementSize.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import type { PlaybackUnits } from '../../../hooks/playbackUnits.ts';
import { useSceneModel } from '../../../hooks/useSceneModel.ts';
import { useScenePlayback } from '../../../hooks/useScenePlayback.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatCount } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { Grid } from '../../../components/Grid.tsx';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { fcConvCode } from '../code.ts';
import { fcPart, fcProblems, HEAD_PRESETS, nearestValidFc } from '../heads.ts';
import { poolingSchema } from '../schema.ts';
import type { PoolingValues } from '../schema.ts';
import { FcConvTable } from './FcConvTable.tsx';
import { PartSwitch } from './PoolingScene.tsx';
import { TextCnnPanel } from './TextCnnPanel.tsx';
import shared from './pooling.module.css';
import own from './heads.module.css';

/** This part's classes and the ones every part shares. */
const styles = { ...shared, ...own };

/** A step is one position of FC1's window on the fed map. */
const POSITION_UNITS: PlaybackUnits = {
  step: { prev: 'pool.prevPosition', next: 'pool.nextPosition', keys: 'pool.key.positions' },
  stop: null,
};

const blank = () => '';
const fill = () => 'var(--scale-positive)';
const surface = () => 'var(--surface)';

/**
 * FC layers as convolutions: FC1 over a C × m × m map is a convolution with `hidden` filters of
 * m × m × C (the same numbers), so fed a larger map it slides, one step per position, and gives a map of
 * outputs, while the FC form refuses the map (PyTorch's reason quoted). FC2 and FC3 are 1×1
 * convolutions. The side panels count both forms and the 1-D text CNN.
 */
export function FcConvView({ values }: { values: PoolingValues }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const setParams = useAppStore((s) => s.setParams);
  const narrow = useMediaQuery(NARROW_QUERY);
  const stageRef = useRef<HTMLDivElement>(null);
  const box = useElementSize(stageRef);
  const { problems, fresh, model } = useSceneModel(values, fcProblems, fcPart, nearestValidFc);
  const { rows, map: m, feed: F } = model;
  const [fc1] = rows;
  const C = fc1.conv.inChannels;
  const [, outH, outW] = fc1.convAtFeed;
  const timeline = useMemo(() => stepTimeline(outH * outW), [outH, outW]);
  const playback = useScenePlayback(timeline, POSITION_UNITS);
  const { focus, pinned, setHover, togglePin } = useFocus(['position'], (f) => f.index.length === 2 && f.index[0] < outH && f.index[1] < outW);
  const at: [number, number] = focus ? [focus.index[0], focus.index[1]] : [Math.floor(playback.step / outW), playback.step % outW];
  const done = focus ? outH * outW : playback.step + 1;
  const outMarks = useMemo(() => {
    const marks = new Uint8Array(outH * outW);
    marks[at[0] * outW + at[1]] = MARK.current;
    return marks;
  }, [outH, outW, at[0], at[1]]);
  const zeros = useMemo(() => new Float32Array(F * F), [F]);
  const outZeros = useMemo(() => new Float32Array(outH * outW), [outH, outW]);
  const n = (x: number) => formatCount(x, lang);
  // The picture takes about half the stage on a wide screen (the forms and the table the other half).
  const cell = Math.max(8, Math.min(44, Math.floor(narrow ? (box.width - 16) / F : Math.min((box.width * 0.32) / F, (box.height - 200) / F))));
  const outCell = Math.max(cell, Math.min(56, Math.floor(narrow ? (box.width - 16) / outW : (box.width * 0.14) / outW)));
  const hidden = fc1.conv.outChannels;
  const code = fcConvCode(values, rows[2].convAtFeed, fc1.fcAtFeed.ok, { out: t('pool.code.out'), rejected: t('pool.code.rejected'), anySize: t('pool.code.anySize'), impossible: t('pool.code.impossible') });
  return (
    <SceneShell
      className={styles.scene}
      fold={`fc_channels ${n(values.fcChannels)} · fc_map ${values.fcMap} · fc_feed ${values.fcFeed} · hidden ${n(values.hidden)}`}
      problems={problems}
      stale={!fresh}
      above={<PartSwitch view="fc-conv" />}
      controls={
        <SchemaForm
          schema={poolingSchema}
          values={values}
          names={['fcChannels', 'fcMap', 'fcFeed', 'hidden', 'numClasses']}
          onChange={(changes) => setParams(changes)}
          labels={{ fcChannels: t('pool.channels'), fcMap: t('pool.map'), fcFeed: t('pool.feed'), hidden: t('pool.hidden'), numClasses: t('pool.classes') }}
        >
          <PresetButtons presets={HEAD_PRESETS.fc} label={(p) => t(`pool.preset.${p.id}` as MessageKey)} onPick={(p) => setParams(p.values)} />
        </SchemaForm>
      }
      stageRef={stageRef}
      stageClassName={styles.stage}
      stage={
        box.width > 0 && (
          <div className={styles.fcStage}>
            <h2 className={styles.title}>{t('pool.fc.title', { O: n(hidden), m, C: n(C) })}</h2>
            <div className={styles.fcColumns}>
              <div className={styles.fcPicture}>
                <div className={styles.channelRow}>
                  <Grid
                    label={t('pool.fc.map', { C: n(C) })}
                    rows={F}
                    cols={F}
                    cellSize={cell}
                    values={zeros}
                    color={surface}
                    format={blank}
                    window={{ top: at[0], left: at[1], height: m, width: m }}
                  />
                  <span className={styles.arrow} aria-hidden="true">{narrow ? '↓' : '→'}</span>
                  <Grid
                    label={t('pool.fc.out', { O: n(hidden) })}
                    rows={outH}
                    cols={outW}
                    cellSize={outCell}
                    values={outZeros}
                    color={fill}
                    format={blank}
                    marks={outMarks}
                    filled={done}
                    onHover={(r, c) => setHover({ kind: 'position', index: [r, c] })}
                    onSelect={(r, c) => togglePin({ kind: 'position', index: [r, c] })}
                    onLeave={() => setHover(null)}
                    pinned={pinned ? [pinned.index[0], pinned.index[1]] : null}
                  />
                </div>
                <p className={styles.result} data-testid="pool-fc-position">
                  {t('pool.fc.position', { y: at[0], x: at[1], y1: at[0] + m - 1, x1: at[1] + m - 1, O: n(hidden), m, C: n(C) })}
                </p>
              </div>
              <div className={styles.forms}>
                <p className={styles.ok} data-testid="pool-fc-conv">
                  {t('pool.fc.asConv', { C, O: hidden, m, F, shape: fc1.convAtFeed.join('×'), params: n(fc1.convParams), k: n(numel([outH, outW])) })}
                </p>
                <p className={fc1.fcAtFeed.ok ? styles.ok : styles.rejected} data-testid="pool-fc-linear">
                  {fc1.fcAtFeed.ok
                    ? t('pool.fc.asFcOk', { in: fc1.fc.inFeatures, O: hidden, count: n(fc1.fc.inFeatures), outs: n(hidden), params: n(fc1.fcParams) })
                    : t('pool.fc.asFcRejected', { in: fc1.fc.inFeatures, O: hidden, count: n(fc1.fc.inFeatures), features: n(fc1.fcAtFeed.features), raw: fc1.fcAtFeed.features })}
                </p>
                <p className="calc-note">{t('pool.fc.note')}</p>
                <FcConvTable rows={rows} map={m} feed={F} />
              </div>
            </div>
          </div>
        )
      }
      side={<TextCnnPanel values={values} text={model.text} length={model.setting.textLength} />}
      code={code}
      playback={playback}
    />
  );
}

import { useEffect, useMemo, useRef } from 'react';
import { SHUFFLE_PHASES } from '../../../animations/shuffleFrames.ts';
import { stepTimeline } from '../../../animations/timeline.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { useSceneModel } from '../../../hooks/useSceneModel.ts';
import { useScenePlayback } from '../../../hooks/useScenePlayback.ts';
import { STEP_UNITS } from '../../../hooks/playbackUnits.ts';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { formatCount } from '../../../i18n/format.ts';
import { groupShuffleCode, groupShuffleModel, groupShuffleProblems, nearestValidGroups, validGroups } from '../model.ts';
import type { GroupShuffleValues } from '../schema.ts';
import { DETAIL_CHANNELS, MAX_DRAWN_GROUPS, groupShuffleSchema } from '../schema.ts';
import { selectLang, selectParams, selectPresent, useAppStore } from '../../../store/store.ts';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { FlowDiagram } from './FlowDiagram.tsx';
import { GroupFlow } from './GroupFlow.tsx';
import { GroupMatrix } from './GroupMatrix.tsx';
import { ShuffleTiles } from './ShuffleTiles.tsx';
import styles from './GroupShuffle.module.css';

const TIMELINE = stepTimeline(SHUFFLE_PHASES);
const PHASE_KEYS = ['gs.phase.row', 'gs.phase.reshape', 'gs.phase.transpose', 'gs.phase.flatten'] as const;
// The shuffle tiles of a large width: the top-left corner of the g × C/g table, at most this square.
const TILE_CORNER = 4;

/**
 * Group convolution and channel shuffle: the connection matrix cut into diagonal blocks by `groups`,
 * two stacked group convolutions whose paths stay in their group unless a shuffle mixes them, and the
 * shuffle itself animated (reshape to groups × C/groups, transpose, flatten).
 */
export function GroupShuffleScene() {
  const t = useT();
  const values = useAppStore(selectParams) as GroupShuffleValues;
  const lang = useAppStore(selectLang);
  const setParams = useAppStore((s) => s.setParams);
  const { problems, fresh, model } = useSceneModel(values, groupShuffleProblems, groupShuffleModel, nearestValidGroups);
  const playback = useScenePlayback(TIMELINE, STEP_UNITS);
  const { position, step } = playback;
  // Presented, every number is drawn at 24 px for the back of the room: the picture scrolls in its region
  // and brings the shuffle (what playback steps) into view when a step moves it (the page opens at the top).
  const present = useAppStore(selectPresent);
  const tilesRef = useRef<HTMLElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (!present || shownStep.current === step) return;
    shownStep.current = step;
    tilesRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [present, step]);
  const shown = fresh ? values : nearestValidGroups(values);
  const I = shown.inChannels;
  const O = shown.outChannels;
  const g = shown.groups;
  const choices = useMemo(() => validGroups(values), [values]);
  // The pointed cell is [o]: an output channel of conv 2 (in group view, the first channel of its group).
  const { focus, setHover } = useFocus(['output'], (f) => f.index.length === 1 && f.index[0] < O);
  const focusOut = focus ? focus.index[0] : null;
  const D = Math.min(g, MAX_DRAWN_GROUPS);
  // In group view the focus is the group of the pointed output, and only drawn groups can be pointed at.
  const focusGroup = focusOut === null || model.detail || Math.floor(focusOut / model.outPer) >= D ? null : Math.floor(focusOut / model.outPer);
  const n = (v: number) => formatCount(v, lang);
  const [kH, kW] = shown.kernelSize;
  const tilesSubset = O > DETAIL_CHANNELS;
  const tileRows = tilesSubset ? Math.min(g, TILE_CORNER) : g;
  const tileCols = tilesSubset ? Math.min(model.outPer, TILE_CORNER) : model.outPer;
  const orderText = (tilesSubset ? model.order.slice(0, DETAIL_CHANNELS) : model.order).join(', ');
  const flowLabels = { input: t('gs.col.input'), conv1: t('gs.col.conv1'), shuffled: t('gs.col.shuffled'), conv2: t('gs.col.conv2') };
  const reachText = () => {
    if (model.detail && focusOut !== null) {
      const r = model.reachOfGroup[Math.floor(focusOut / model.outPer)];
      return t('gs.reach', { o: focusOut, groups: r.join(', '), n: r.length, g });
    }
    if (focusGroup === null) return t('gs.reachHint');
    const r = model.reachOfGroup[focusGroup];
    return t('gs.reachGroup', { from: focusGroup * model.outPer, to: (focusGroup + 1) * model.outPer - 1, G: focusGroup, groups: r.join(', '), n: r.length, g });
  };
  const set = (changes: Partial<GroupShuffleValues>) => setParams(changes);
  const slider = (
    <div className="field">
      <label htmlFor="gs-slider">{t('gs.slider')}</label>
      <input
        id="gs-slider"
        type="range"
        min={0}
        max={Math.max(0, choices.length - 1)}
        step={1}
        value={Math.max(0, choices.indexOf(values.groups))}
        aria-valuetext={`groups=${values.groups}`}
        onChange={(e) => set({ groups: choices[Number(e.target.value)] })}
      />
    </div>
  );
  return (
    <SceneShell
      controls={
        <SchemaForm
          schema={groupShuffleSchema}
          values={values}
          names={['inChannels', 'outChannels', 'groups', 'kernelSize', 'shuffle', 'bias']}
          onChange={set}
          fullLabels={{ shuffle: t('gs.shuffle') }}
          after={{ groups: slider }}
        />
      }
      problems={problems}
      stale={!fresh}
      stageClassName={present ? `${styles.stage} ${styles.present}` : styles.stage}
      stage={
        <>
          {!model.detail && (
            <p className="drawn-note" data-testid="gs-drawn">
              {t('gs.drawn', {
                last: D - 1,
                g: n(g),
                lastIn: n(Math.min(g, D) * model.inPer - 1),
                I: n(I),
                lastOut: n(Math.min(g, D) * model.outPer - 1),
                O: n(O),
                rest: g > D ? t('gs.drawnRest', { n: n(g - D) }) : '',
              })}
            </p>
          )}
          <section aria-labelledby="gs-matrix">
            <h2 id="gs-matrix" className="view-title">
              {t('gs.matrix', { g })}
            </h2>
            <GroupMatrix
              inChannels={I}
              outChannels={O}
              groups={g}
              detail={model.detail}
              drawn={MAX_DRAWN_GROUPS}
              label={model.detail ? t('gs.matrixLabel', { I, O, g }) : t('gs.matrixGroups', { I, O, g, d: D })}
              present={present}
            />
            <p className="calc-note">{model.detail ? t('gs.matrixNote') : t('gs.matrixNoteGroups', { inPer: model.inPer, outPer: model.outPer })}</p>
          </section>
          <section aria-labelledby="gs-flow">
            <h2 id="gs-flow" className="view-title">
              {values.shuffle ? t('gs.flowShuffle') : t('gs.flowClosed')}
            </h2>
            {model.detail ? (
              <FlowDiagram
                inChannels={I}
                channels={O}
                groups={g}
                shuffle={shown.shuffle}
                order={model.order}
                focus={focusOut}
                onFocus={(o) => setHover(o === null ? null : { kind: 'output', index: [o] })}
                labels={flowLabels}
                present={present}
              />
            ) : (
              <GroupFlow
                inChannels={I}
                channels={O}
                groups={g}
                shuffle={shown.shuffle}
                order={model.order}
                drawn={MAX_DRAWN_GROUPS}
                focus={focusGroup}
                reachOfGroup={model.reachOfGroup}
                onFocus={(G) => setHover(G === null ? null : { kind: 'output', index: [G * model.outPer] })}
                labels={flowLabels}
                present={present}
              />
            )}
          </section>
          <section aria-labelledby="gs-tiles" ref={tilesRef}>
            <h2 id="gs-tiles" className="view-title">
              {t('gs.tilesTitle', { g, C: O })}
            </h2>
            <ol className="stages">
              {PHASE_KEYS.map((key, i) => (
                <li key={key} aria-current={i === step ? 'step' : undefined}>
                  {t(key as MessageKey, { g, per: model.outPer })}
                </li>
              ))}
            </ol>
            <ShuffleTiles channels={O} groups={g} position={position} label={t('gs.orderNow', { order: orderText })} rows={tileRows} cols={tileCols} present={present} />
            {tilesSubset && (
              <p className="calc-note" data-testid="gs-tiles-drawn">
                {t('gs.tilesDrawn', { m: tileCols, last: tileRows - 1, n: tileRows * tileCols, C: n(O), g, per: model.outPer })}
              </p>
            )}
            <p data-testid="gs-order">{tilesSubset ? t('gs.orderStart', { order: orderText, C: n(O) }) : t('gs.order', { order: orderText })}</p>
          </section>
        </>
      }
      side={
        <>
          <section className="panel" aria-labelledby="gs-weights">
            <h2 id="gs-weights">{t('panel.params')}</h2>
            <p className="formula" data-testid="gs-weights">
              {t('gs.col.conv1')} · nn.Conv2d({I}, {O}): ({I}/{g})·{O}·{kH}·{kW} = <strong>{n(model.weights)}</strong>
            </p>
            <p className="formula" data-testid="gs-weights-2">
              {t('gs.col.conv2')} · nn.Conv2d({O}, {O}): ({O}/{g})·{O}·{kH}·{kW} = <strong>{n(model.weights2)}</strong>
            </p>
            <p className="formula" data-testid="gs-total">
              {t('gs.total')} {n(model.weights)} + {n(model.weights2)} = <strong>{n(model.total)}</strong>
            </p>
            <p className="calc-note" data-testid="gs-bias">
              {t('gs.both', { weights: n(model.total), O: n(model.biases), all: n(model.total + 2 * model.biases) })}
            </p>
            <p className="calc-note">{t('gs.compare', { standard: n(model.standard), ratio: g })}</p>
          </section>
          <section className="panel" aria-labelledby="gs-reach">
            <h2 id="gs-reach">{t('gs.reachTitle')}</h2>
            <p data-testid="gs-reach">{reachText()}</p>
          </section>
        </>
      }
      code={groupShuffleCode(shown)}
      playback={playback}
    />
  );
}

import { useMemo } from 'react';
import { SHUFFLE_PHASES } from '../../animations/shuffleFrames.ts';
import { NARROW_QUERY, useMediaQuery } from '../../hooks/useMediaQuery.ts';
import { sceneProblems, useSceneModel } from '../../hooks/useSceneModel.ts';
import { useScenePlayback } from '../../hooks/useScenePlayback.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { formatCount } from '../../scenes/conv2d/formulas.ts';
import { groupShuffleCode, groupShuffleModel, groupShuffleProblems, nearestValidGroups, validGroups } from '../../scenes/groupShuffle/model.ts';
import type { GroupShuffleValues } from '../../scenes/groupShuffle/schema.ts';
import { selectFocus, selectLang, selectParams, useAppStore } from '../../store/store.ts';
import { channelColor } from '../channelColors.ts';
import { CopyButton } from '../CopyButton.tsx';
import { IntField } from '../fields/IntField.tsx';
import { PairField } from '../fields/PairField.tsx';
import { PlaybackBar } from '../PlaybackBar.tsx';
import { ProblemAlert } from '../ProblemAlert.tsx';
import { FlowDiagram } from './FlowDiagram.tsx';
import { ShuffleTiles } from './ShuffleTiles.tsx';
import { CodePanel } from '../CodePanel.tsx';

const TIMELINE = { cells: 1, termsPerCell: SHUFFLE_PHASES - 1, stepsPerCell: SHUFFLE_PHASES, totalSteps: SHUFFLE_PHASES };
const PHASE_KEYS = ['gs.phase.row', 'gs.phase.reshape', 'gs.phase.transpose', 'gs.phase.flatten'] as const;
const M = 22;

/**
 * Group convolution and channel shuffle: the connection matrix cut into diagonal blocks by `groups`,
 * two stacked group convolutions whose paths stay in their group unless a shuffle mixes them, and the
 * shuffle itself animated (reshape to groups × C/groups, transpose, flatten).
 */
export function GroupShuffleScene() {
  const t = useT();
  const values = useAppStore(selectParams) as GroupShuffleValues;
  const lang = useAppStore(selectLang);
  const focus = useAppStore(selectFocus);
  const setHover = useAppStore((s) => s.setHover);
  const setParams = useAppStore((s) => s.setParams);
  const narrow = useMediaQuery(NARROW_QUERY);
  const { problems, fresh, model } = useSceneModel(values, groupShuffleProblems, groupShuffleModel, nearestValidGroups);
  const playback = useScenePlayback(TIMELINE);
  const { position, step } = playback;
  const shown = fresh ? values : nearestValidGroups(values);
  const I = shown.inChannels;
  const O = shown.outChannels;
  const g = shown.groups;
  const choices = useMemo(() => validGroups(values), [values]);
  const focusOut = focus?.kind === 'output' && focus.index[0] < O ? focus.index[0] : null;
  const n = (v: number) => formatCount(v, lang);
  const [kH, kW] = shown.kernelSize;
  return (
    <div className={`scene scene-gs${narrow ? ' scene-narrow' : ''}${fresh ? '' : ' scene-stale'}`}>
      <div className="scene-top">
        <form className="controls" aria-label={t('parameters')} onSubmit={(e) => e.preventDefault()}>
          <IntField label={`${t('p.in_channels')} · in_channels`} name="in_channels" value={values.inChannels} min={1} max={12} onChange={(inChannels) => setParams({ inChannels })} />
          <IntField label={`${t('p.out_channels')} · out_channels`} name="out_channels" value={values.outChannels} min={1} max={12} onChange={(outChannels) => setParams({ outChannels })} />
          <IntField label={`${t('p.groups')} · groups`} name="groups" value={values.groups} min={1} max={12} onChange={(groups) => setParams({ groups })} />
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
              onChange={(e) => setParams({ groups: choices[Number(e.target.value)] })}
            />
          </div>
          <PairField label={`${t('p.kernel_size')} · kernel_size`} name="kernel_size" value={values.kernelSize} min={1} max={7} onChange={(kernelSize) => setParams({ kernelSize })} />
          <div className="field field-check">
            <input id="gs-shuffle" type="checkbox" checked={values.shuffle} onChange={(e) => setParams({ shuffle: e.target.checked })} />
            <label htmlFor="gs-shuffle">{t('gs.shuffle')}</label>
          </div>
        </form>
        <CopyButton text={() => location.href} label={t('copyLink')} done={t('linkCopied')} />
      </div>
      {problems.length > 0 && <ProblemAlert problems={sceneProblems(t, problems)} stale />}
      <div className="scene-body">
        <div className="stage-box gs-stage">
          <section aria-labelledby="gs-matrix">
            <h2 id="gs-matrix" className="view-title">
              {t('gs.matrix', { g })}
            </h2>
            <svg className="matrix" width={(O + 1) * M + 10} height={(I + 1) * M + 10} role="img" aria-label={t('gs.matrixLabel', { I, O, g })}>
              {Array.from({ length: O }, (_, o) => (
                <text key={`c${o}`} x={(o + 1.5) * M} y={M * 0.7} textAnchor="middle" className="matrix-head">
                  {o}
                </text>
              ))}
              {model.connects.map((row, i) => (
                <g key={i}>
                  <text x={M * 0.5} y={(i + 1.5) * M} dy="0.35em" textAnchor="middle" className="matrix-head">
                    {i}
                  </text>
                  {row.map((on, o) => (
                    <rect key={o} x={(o + 1) * M} y={(i + 1) * M} width={M - 2} height={M - 2} fill={on ? channelColor(Math.floor(o / (O / g))) : 'none'} className={on ? 'matrix-on' : 'matrix-off'} />
                  ))}
                </g>
              ))}
            </svg>
            <p className="calc-note">{t('gs.matrixNote')}</p>
          </section>
          <section aria-labelledby="gs-flow">
            <h2 id="gs-flow" className="view-title">
              {values.shuffle ? t('gs.flowShuffle') : t('gs.flowClosed')}
            </h2>
            <FlowDiagram
              inChannels={I}
              channels={O}
              groups={g}
              shuffle={shown.shuffle}
              order={model.order}
              focus={focusOut}
              onFocus={(o) => setHover(o === null ? null : { kind: 'output', index: [o] })}
              labels={{ input: t('gs.col.input'), conv1: t('gs.col.conv1'), shuffled: t('gs.col.shuffled'), conv2: t('gs.col.conv2') }}
            />
          </section>
          <section aria-labelledby="gs-tiles">
            <h2 id="gs-tiles" className="view-title">
              {t('gs.tilesTitle', { g, C: O })}
            </h2>
            <ol className="stages">
              {PHASE_KEYS.map((key, i) => (
                <li key={key} aria-current={i === step ? 'step' : undefined}>
                  {t(key as MessageKey, { g, per: O / g })}
                </li>
              ))}
            </ol>
            <ShuffleTiles channels={O} groups={g} position={position} label={t('gs.orderNow', { order: model.order.join(', ') })} />
            <p data-testid="gs-order">{t('gs.order', { order: model.order.join(', ') })}</p>
          </section>
        </div>
        <aside className="side">
          <section className="panel" aria-labelledby="gs-weights">
            <h2 id="gs-weights">{t('panel.params')}</h2>
            <p className="formula" data-testid="gs-weights">
              ({I}/{g})·{O}·{kH}·{kW} = <strong>{n(model.weights)}</strong>
            </p>
            <p className="calc-note">{t('gs.compare', { standard: n(model.standard), ratio: g })}</p>
          </section>
          <section className="panel" aria-labelledby="gs-reach">
            <h2 id="gs-reach">{t('gs.reachTitle')}</h2>
            <p data-testid="gs-reach">
              {focusOut === null
                ? t('gs.reachHint')
                : t('gs.reach', { o: focusOut, groups: model.reach[focusOut].join(', '), n: model.reach[focusOut].length, g })}
            </p>
          </section>
          <CodePanel code={groupShuffleCode(shown)} />
        </aside>
      </div>
      <PlaybackBar playback={playback} />
    </div>
  );
}

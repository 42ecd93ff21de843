import { useT } from '../i18n/useT.ts';
import type { ScenePlayback } from '../hooks/useScenePlayback.ts';
import { HelpOverlay } from './HelpOverlay.tsx';
import { stepNumber } from '../store/stepNumber.ts';
import { Icon } from './Icon.tsx';
import { SPEEDS } from '../store/playbackSlice.ts';
import { selectPlaying, selectSpeed, useAppStore } from '../store/store.ts';


/**
 * Play/pause, step by the scene's step (a multiply, a stage, a pixel) and by its stops (an output cell)
 * when it has them, restart/end, speed, a scrubbable timeline and "step N of T" (N counted from 1, as a
 * link's `step=N`: stepNumber.ts), and the shortcuts overlay it opens. Every control is a real button,
 * select or slider with an accessible name. Takes what `useScenePlayback` returns.
 */
export function PlaybackBar({ playback }: { playback: ScenePlayback }) {
  const { step, total: totalSteps, stepCell, stepTerm, help, setHelp, units } = playback;
  const onHelp = () => setHelp(true);
  const t = useT();
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const { togglePlay, seek, setSpeed, pause } = useAppStore.getState();
  const last = Math.max(0, totalSteps - 1);
  const stepText = t('stepOf', { n: stepNumber(step), total: totalSteps });
  const { step: unit, stop } = units;
  return (
    <>
      <div className="playback" role="group" aria-label={t('timeline')}>
        <button type="button" onClick={() => { pause(); seek(0); }} aria-label={t('restart')} title={t('restart')}><Icon name="first" /></button>
        {stop && <button type="button" onClick={() => stepCell(-1)} aria-label={t(stop.prev)} title={t(stop.prev)}><Icon name="prevCell" /></button>}
        <button type="button" onClick={() => stepTerm(-1)} aria-label={t(unit.prev)} title={t(unit.prev)}><Icon name="prev" /></button>
        <button type="button" className="play-button" onClick={togglePlay} aria-label={playing ? t('pause') : t('play')} aria-pressed={playing}>
          <Icon name={playing ? 'pause' : 'play'} /> <span>{playing ? t('pause') : t('play')}</span>
        </button>
        <button type="button" onClick={() => stepTerm(1)} aria-label={t(unit.next)} title={t(unit.next)}><Icon name="next" /></button>
        {stop && <button type="button" onClick={() => stepCell(1)} aria-label={t(stop.next)} title={t(stop.next)}><Icon name="nextCell" /></button>}
        <button type="button" onClick={() => { pause(); seek(last); }} aria-label={t('toEnd')} title={t('toEnd')}><Icon name="last" /></button>
        <label className="speed">
          <span>{t('speed')}</span>
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <input
          className="timeline"
          type="range"
          min={0}
          max={last}
          step={1}
          value={Math.min(step, last)}
          aria-label={t('timeline')}
          aria-valuetext={stepText}
          onChange={(e) => { pause(); seek(Number(e.target.value)); }}
        />
        <span className="step-count" aria-live="off">{stepText}</span>
        <button type="button" onClick={onHelp} aria-label={t('help')} title={t('help')}>?</button>
      </div>
      {help && <HelpOverlay units={units} onClose={() => setHelp(false)} />}
    </>
  );
}

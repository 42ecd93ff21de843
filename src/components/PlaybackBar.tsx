import { useT } from '../i18n/useT.ts';
import type { ScenePlayback } from '../hooks/useScenePlayback.ts';
import { HelpOverlay } from './HelpOverlay.tsx';
import { Icon } from './Icon.tsx';
import { SPEEDS } from '../store/playbackSlice.ts';
import { selectPlaying, selectSpeed, useAppStore } from '../store/store.ts';


/**
 * Play/pause, step by output cell and by single multiply, restart/end, speed and a scrubbable timeline,
 * and the shortcuts overlay it opens. Every control is a real button, select or slider with an
 * accessible name. Takes what `useScenePlayback` returns.
 */
export function PlaybackBar({ playback }: { playback: ScenePlayback }) {
  const { step, total: totalSteps, stepCell, stepTerm, help, setHelp } = playback;
  const onHelp = () => setHelp(true);
  const t = useT();
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const { togglePlay, seek, setSpeed, pause } = useAppStore.getState();
  const last = Math.max(0, totalSteps - 1);
  return (
    <>
      <div className="playback" role="group" aria-label={t('timeline')}>
        <button type="button" onClick={() => { pause(); seek(0); }} aria-label={t('restart')} title={t('restart')}><Icon name="first" /></button>
        <button type="button" onClick={() => stepCell(-1)} aria-label={t('prevCell')} title={t('prevCell')}><Icon name="prevCell" /></button>
        <button type="button" onClick={() => stepTerm(-1)} aria-label={t('prevTerm')} title={t('prevTerm')}><Icon name="prev" /></button>
        <button type="button" className="play-button" onClick={togglePlay} aria-label={playing ? t('pause') : t('play')} aria-pressed={playing}>
          <Icon name={playing ? 'pause' : 'play'} /> <span>{playing ? t('pause') : t('play')}</span>
        </button>
        <button type="button" onClick={() => stepTerm(1)} aria-label={t('nextTerm')} title={t('nextTerm')}><Icon name="next" /></button>
        <button type="button" onClick={() => stepCell(1)} aria-label={t('nextCell')} title={t('nextCell')}><Icon name="nextCell" /></button>
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
          aria-valuetext={t('stepOf', { n: step + 1, total: totalSteps })}
          onChange={(e) => { pause(); seek(Number(e.target.value)); }}
        />
        <span className="step-count" aria-live="off">{t('stepOf', { n: step + 1, total: totalSteps })}</span>
        <button type="button" onClick={onHelp} aria-label={t('help')} title={t('help')}>?</button>
      </div>
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </>
  );
}

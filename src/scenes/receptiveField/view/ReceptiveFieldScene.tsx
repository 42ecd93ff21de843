import { useCallback, useEffect, useMemo, useRef } from 'react';
import { MARK } from '../../../animations/conv2dHighlights.ts';
import { receptiveFieldCounts } from '../../../engine/index.ts';
import { useElementSize } from '../../../hooks/useElementSize.ts';
import { NARROW_QUERY, useMediaQuery } from '../../../hooks/useMediaQuery.ts';
import { useFocus } from '../../../hooks/useFocus.ts';
import { useSceneModel } from '../../../hooks/useSceneModel.ts';
import { useCodeComments } from '../../../hooks/useCodeComments.ts';
import { useT } from '../../../i18n/useT.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { receptiveFieldCode } from '../code.ts';
import { RF_PRESETS, engineLayers, nearestValidStack, receptiveFieldModel, receptiveFieldProblems } from '../model.ts';
import { receptiveFieldSchema } from '../schema.ts';
import type { ReceptiveFieldValues, RfLayer } from '../schema.ts';
import { selectParams, selectPresent, useAppStore } from '../../../store/store.ts';
import { PRESENT_GRID_FONT, readableCell } from '../../../components/readableCell.ts';
import { Grid } from '../../../components/Grid.tsx';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { LayerEditor } from './LayerEditor.tsx';
import { RfTable } from './RfTable.tsx';
import styles from './ReceptiveField.module.css';

const shade = (max: number) => (v: number) => (v <= 0 ? '#ffffff' : `rgba(31, 95, 191, ${0.15 + 0.75 * (v / max)})`);
const countText = (v: number) => (v > 0 ? String(v) : '');

/**
 * Receptive fields: the stack's layers as grids from the input up. The focused cell (hover, pin, or the
 * centre of the top layer) lights its receptive field in every layer below it, each cell shaded by the
 * number of paths that reach it; the table gives r, S and P per layer.
 */
export function ReceptiveFieldScene() {
  const t = useT();
  const comments = useCodeComments();
  const values = useAppStore(selectParams) as ReceptiveFieldValues;
  const setParams = useAppStore((s) => s.setParams);
  const set = useCallback((changes: Partial<ReceptiveFieldValues>) => setParams(changes), [setParams]);
  const setLayers = useCallback((layers: RfLayer[]) => setParams({ layers }), [setParams]);
  const narrow = useMediaQuery(NARROW_QUERY);
  const stageRef = useRef<HTMLDivElement>(null);
  const stage = useElementSize(stageRef);
  const { problems, fresh, model } = useSceneModel(values, receptiveFieldProblems, receptiveFieldModel, nearestValidStack);
  const top = model.sizes.length - 1;
  // A pointed cell is [layer, row, column] (layer 0 the input) of a layer the stack still has.
  const { focus, pinned, setHover, togglePin } = useFocus(
    ['cell'],
    (f) => f.index.length === 3 && f.index[0] <= top && f.index[1] < model.sizes[f.index[0]][0] && f.index[2] < model.sizes[f.index[0]][1],
  );
  const focused: [number, number, number] = focus
    ? [focus.index[0], focus.index[1], focus.index[2]]
    : [top, Math.floor((model.sizes[top][0] - 1) / 2), Math.floor((model.sizes[top][1] - 1) / 2)];
  // The focused cell as a key, so the counts are recomputed only when it moves.
  const focusKey = focused.join();
  // Layers above the focused one take no part: their planes stay empty.
  const counts = useMemo(() => {
    const below = receptiveFieldCounts(engineLayers(model.layers), model.sizes[0], focused[0], [focused[1], focused[2]]);
    return model.sizes.map(([h, w], l) => below[l] ?? new Float64Array(h * w));
  }, [model, focusKey]);
  const marks = useMemo(
    () =>
      model.sizes.map(([h, w], l) => {
        const m = new Uint8Array(h * w);
        if (l === focused[0]) m[focused[1] * w + focused[2]] = MARK.current;
        return m;
      }),
    [model, focusKey],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && useAppStore.getState().unpin();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // One cell size for every layer: all grids side by side (wide) or wrapping (narrow).
  const totalCols = model.sizes.reduce((s, [, w]) => s + w, 0);
  const maxRows = Math.max(...model.sizes.map(([h]) => h));
  const fitted = narrow
    ? Math.max(6, Math.min(40, Math.floor((stage.width - 16) / Math.max(...model.sizes.map(([, w]) => w)))))
    : Math.max(6, Math.min(48, Math.floor(Math.min((stage.width - model.sizes.length * 28) / totalCols, (stage.height - 60) / maxRows))));
  // Presented, the path counts are drawn at 24 px for the back of the room: the grids wrap and the
  // picture scrolls in its region. The cell is sized for the counts of the top layer's centre (the
  // most paths), so pointing at another cell never resizes the grids under the pointer.
  const present = useAppStore(selectPresent);
  const presentCell = useMemo(() => {
    if (!present) return 0;
    const centre = receptiveFieldCounts(engineLayers(model.layers), model.sizes[0], top, [Math.floor((model.sizes[top][0] - 1) / 2), Math.floor((model.sizes[top][1] - 1) / 2)]);
    return readableCell(centre, PRESENT_GRID_FONT);
  }, [present, model, top]);
  const cell = Math.max(fitted, presentCell);
  const caption = (l: number) =>
    l === 0 ? t('rf.input') : t('rf.layerCaption', { n: l, kind: t(model.layers[l - 1].kind === 'conv' ? 'rf.conv' : 'rf.pool'), k: model.layers[l - 1].k });
  const maxCount = (l: number) => Math.max(1, ...counts[l]);
  return (
    <SceneShell
      controls={
        <div className={styles.editor}>
          <SchemaForm schema={receptiveFieldSchema} values={values} names={['size']} onChange={set}>
            <div className="field field-buttons" role="group" aria-label={t('rf.presets')}>
              {RF_PRESETS.map((p) => (
                <button key={p.id} type="button" onClick={() => set({ layers: p.layers, size: [p.size, p.size] })}>
                  {t(`rf.preset.${p.id}` as MessageKey)}
                </button>
              ))}
            </div>
          </SchemaForm>
          <LayerEditor layers={values.layers} onChange={setLayers} />
        </div>
      }
      problems={problems}
      stale={!fresh}
      stageRef={stageRef}
      stageClassName={present ? styles.presentBox : undefined}
      stage={
        stage.width > 0 && (
          <div className={present ? `stage ${styles.stage} ${styles.present}` : `stage ${styles.stage}`}>
            {model.sizes.map(([h, w], l) => (
              <Grid
                key={l}
                label={caption(l)}
                rows={h}
                cols={w}
                cellSize={cell}
                values={counts[l]}
                color={shade(maxCount(l))}
                format={countText}
                marks={marks[l]}
                onHover={(r, c) => setHover({ kind: 'cell', index: [l, r, c] })}
                onSelect={(r, c) => togglePin({ kind: 'cell', index: [l, r, c] })}
                onLeave={() => setHover(null)}
                pinned={pinned?.index[0] === l ? [pinned.index[1], pinned.index[2]] : null}
              />
            ))}
          </div>
        )
      }
      side={
        <>
          <section className="panel" aria-labelledby="rf-focus">
            <h2 id="rf-focus">{t('rf.focusTitle', { layer: focused[0] === 0 ? t('rf.input') : t('rf.layer', { n: focused[0] }), y: focused[1], x: focused[2] })}</h2>
            <p data-testid="rf-summary">
              {t('rf.sees', { cells: [...counts[0]].filter((c) => c > 0).length, r: `${model.rows[focused[0] - 1]?.r.join('×') ?? '1×1'}` })}
            </p>
            <p className="calc-note">{pinned ? t('calc.pinned') : t('rf.hint')}</p>
          </section>
          <RfTable model={model} />
          <section className="panel" aria-labelledby="rf-weights">
            <h2 id="rf-weights">{t('rf.weightsTitle')}</h2>
            <p data-testid="rf-weights">
              {t('rf.weights', { stack: model.stackWeights, r: model.rows[model.rows.length - 1].r.join('×'), single: model.singleWeights })}
            </p>
          </section>
        </>
      }
      code={receptiveFieldCode(model, (r) => t('rf.codeField', { r }), comments)}
    />
  );
}

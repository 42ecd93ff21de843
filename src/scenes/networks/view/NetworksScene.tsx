import { useCallback, useMemo } from 'react';
import { useSceneModel } from '../../../hooks/useSceneModel.ts';
import { formatCount } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectLang, selectParams, useAppStore } from '../../../store/store.ts';
import { SceneShell } from '../../../components/SceneShell.tsx';
import { SchemaForm } from '../../../components/SchemaForm.tsx';
import { networkCode } from '../code.ts';
import { nearestValidNetwork, networkModel, networkProblems } from '../model.ts';
import { networksSchema } from '../schema.ts';
import type { NetworksValues } from '../schema.ts';
import { NETWORKS } from '../table.ts';
import type { NetworkId } from '../table.ts';
import { CountingPanel } from './CountingPanel.tsx';
import { LayerTable } from './LayerTable.tsx';
import { SharesPanel } from './SharesPanel.tsx';
import { TrendChart } from './TrendChart.tsx';
import styles from './networks.module.css';

/**
 * A real network layer by layer, as torchvision 0.14 builds it: the layer table for the chosen input
 * size (blocks fold and unfold, with subtotals and totals, each row linked to the scene that teaches
 * it), where the parameters and MACs sit by layer kind, the eight networks' trend, what is counted, and
 * the PyTorch that prints the same rows. A size the network cannot take is explained; the last table
 * that worked stays, greyed.
 */
export function NetworksScene() {
  const t = useT();
  const lang = useAppStore(selectLang);
  const values = useAppStore(selectParams) as NetworksValues;
  const setParams = useAppStore((s) => s.setParams);
  const { problems, fresh, model } = useSceneModel(values, networkProblems, networkModel, nearestValidNetwork);
  const { table, setting } = model;
  const openNetwork = useCallback((id: NetworkId) => setParams({ model: id }), [setParams]);
  const names = values.model === 'googlenet' ? (['model', 'size', 'aux'] as const) : (['model', 'size'] as const);
  const code = useMemo(
    () =>
      networkCode(setting, formatCount(table.totals.params, 'en'), {
        total: (count) => t('net.code.total', { n: count }),
        leaf: t('net.code.leaf'),
        image: (H, W) => t('net.code.image', { H, W }),
        train: t('net.code.train'),
        two: t('net.code.two'),
      }),
    [setting, table, t],
  );
  const net = NETWORKS[values.model];
  return (
    <SceneShell
      className={styles.scene}
      fold={t('net.fold', { name: net.title, H: values.size[0], W: values.size[1] })}
      problems={problems}
      stale={!fresh}
      controls={(linkRow) => (
        <SchemaForm
          schema={networksSchema}
          values={values}
          names={names}
          onChange={(changes) => setParams(changes)}
          labels={{ model: t('net.model') }}
          fullLabels={{ aux: t('net.aux') }}
          optionLabel={(_, id) => `${NETWORKS[id as NetworkId].title} (${NETWORKS[id as NetworkId].year})`}
        >
          {linkRow}
        </SchemaForm>
      )}
      stageClassName={styles.stage}
      stage={<LayerTable key={table.id} table={table} setting={setting} lang={lang} />}
      side={
        <>
          <SharesPanel table={table} />
          <TrendChart current={setting.model} onOpen={openNetwork} />
          <CountingPanel />
        </>
      }
      code={code}
    />
  );
}

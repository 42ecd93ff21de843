import { memo, useMemo } from 'react';
import type { Tensor } from '../../../engine/index.ts';
import { colorScale } from '../../../components/colorScale.ts';
import { Grid } from '../../../components/Grid.tsx';
import { formatSigned } from '../../../i18n/format.ts';
import type { MessageKey } from '../../../i18n/en.ts';
import { useT } from '../../../i18n/useT.ts';
import { SHORT } from '../model.ts';
import type { LayerName } from '../model.ts';
import styles from './digits.module.css';

/** Props of `LayerMaps`. */
export interface LayerMapsProps {
  layer: LayerName;
  /** [C, H, W]: the layer's output. */
  maps: Tensor;
  cellSize: number;
  /** The pinned cell of this layer ([c, y, x]), if any. */
  pinned: readonly number[] | null;
  onHover: (cell: [number, number, number] | null) => void;
  onSelect: (cell: [number, number, number]) => void;
  /** Whether the cells print their values (the class maps do; other layers are colour only). */
  numbers?: boolean;
  /** Captions per channel (the class maps name their digit). */
  caption?: (c: number) => string;
}

/** A map value with one decimal (`−0.4`), short enough to print in a 4×4 map's cells. */
const oneDecimal = (v: number) => formatSigned(Math.round(v * 10) / 10);
/** Colour only: pointing at a cell writes its value out (a page of 2,000 printed cells is slow to check and to read). */
const colourOnly = () => '';

/** One layer's feature maps, a Grid per channel on one colour scale (so channels compare), pointable cell by cell. */
export const LayerMaps = memo(function LayerMaps({ layer, maps, cellSize, pinned, onHover, onSelect, numbers = false, caption }: LayerMapsProps) {
  const t = useT();
  const [C, H, W] = maps.shape;
  const color = useMemo(() => colorScale(maps.data), [maps]);
  const planes = useMemo(() => Array.from({ length: C }, (_, c) => maps.data.subarray(c * H * W, (c + 1) * H * W)), [maps, C, H, W]);
  const name = t(`digits.layer.${layer}` as MessageKey);
  return (
    <section className={styles.layer} aria-label={name} data-testid={`digits-layer-${layer}`}>
      <h2 className={styles.layerTitle}>
        {name} <span className={styles.shape}>{`${C}×${H}×${W}`}</span>
      </h2>
      <ul className={styles.maps} onMouseLeave={() => onHover(null)}>
        {planes.map((plane, c) => (
          <li key={c} style={{ width: cellSize * W + 2 }}>
            <Grid
              label={caption ? caption(c) : t('digits.map', { layer: SHORT[layer], c })}
              rows={H}
              cols={W}
              cellSize={cellSize}
              values={plane}
              color={color}
              format={numbers ? oneDecimal : colourOnly}
              onHover={(r, col) => onHover([c, r, col])}
              onSelect={(r, col) => onSelect([c, r, col])}
              pinned={pinned !== null && pinned[0] === c ? [pinned[1], pinned[2]] : null}
            />
          </li>
        ))}
      </ul>
    </section>
  );
});

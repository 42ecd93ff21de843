import type { MessageKey } from '../../../i18n/en.ts';
import { useT } from '../../../i18n/useT.ts';
import { separableInfo } from '../model.ts';
import type { MapResult } from '../protocol.ts';
import type { FilterName, Kernel } from '../schema.ts';

/** A kernel value to four places, with a real minus (1/16 is 0.0625, not 0.06). */
export const fourPlaces = (v: number): string => String(Math.round(v * 1e4) / 1e4 || 0).replace('-', '−');
/** A difference as it is: 0, or three significant digits (a float32 rounding such as 1.19e−7 stays visible). */
const difference = (d: number): string => (d === 0 ? '0' : d.toPrecision(3).replace('-', '−'));
const list = (v: readonly number[]) => v.map(fourPlaces).join(', ');

/**
 * Spatial separability of every filter: a rank-1 kernel's column and row, its weights and
 * multiply-accumulates per pixel (kH + kW against kH·kW), and on the picture the largest difference
 * between the two 1-D passes and the 2-D result; a kernel of higher rank is said to need every weight.
 */
export function SeparablePanel({ filters, kernels, maps, mapKernels }: { filters: FilterName[]; kernels: Kernel[]; maps: MapResult[] | null; mapKernels: Kernel[] }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="lab-sep-title">
      <h2 id="lab-sep-title">{t('lab.sepTitle')}</h2>
      <ul className="lab-sep">
        {kernels.map((k, i) => {
          const info = separableInfo(k);
          const name = t(`lab.filter.${filters[i]}` as MessageKey);
          // The difference measured on the map of this very kernel (a map still computing shows none yet).
          const same = mapKernels[i] !== undefined && mapKernels[i].kH === k.kH && mapKernels[i].kW === k.kW && mapKernels[i].values.every((v, j) => v === k.values[j]);
          const diff = same ? maps?.[i]?.separableDifference : undefined;
          return (
            <li key={i} data-filter={i + 1}>
              {info.factors ? (
                <>
                  {t('lab.sepYes', { n: i + 1, name, col: list(info.factors.column), row: list(info.factors.row) })}{' '}
                  {t('lab.sepCost', { w1: info.weights1d, w2: info.weights2d })}{' '}
                  {diff !== undefined && diff !== null && <strong className="lab-sep-diff">{t('lab.sepDiff', { d: difference(diff) })}</strong>}
                </>
              ) : (
                t('lab.sepNo', { n: i + 1, name, w2: info.weights2d })
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

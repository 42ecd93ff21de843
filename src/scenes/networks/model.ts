import { NETWORK_IDS, NETWORKS, networkTable } from './table.ts';
import type { LayerKind, NetProblem, NetRow, NetTable, NetworkId } from './table.ts';
import { MAX_SIZE } from './schema.ts';
import type { NetworksValues } from './schema.ts';

/** A problem as the scene shows it: message `problem.<code>` filled with `values`. */
export interface NetworksProblem {
  code: string;
  values: Record<string, number | string>;
}

type Result = ReturnType<typeof networkTable>;

const cache = new Map<string, Result>();

/** `networkTable` for a setting, computed once per (network, size, aux) and kept (a few dozen settings at most in a lesson). */
export function tableFor(id: NetworkId, size: readonly [number, number], aux: boolean): Result {
  const key = `${id} ${size[0]}x${size[1]} ${aux && id === 'googlenet' ? 'aux' : ''}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = networkTable(id, [size[0], size[1]], { aux: aux && id === 'googlenet' });
    if (cache.size > 64) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

/** The per-axis codes the scene explains in its own words, with the smallest size that works. */
const AXIS_CODES = new Set(['kernelTooLarge', 'poolPadding']);
/** The joins the walk checks (branches to concatenate or add, channels to shuffle). */
const JOIN_CODES = new Set(['catShape', 'addShape', 'channelShuffle']);

/**
 * The smallest size along `axis` (0: height, 1: width) from the given one up at which the network's
 * problem is no longer on that axis (it takes the input, or fails only on the other axis), the other
 * axis kept; null when there is none up to the largest size.
 */
export function leastSize(id: NetworkId, size: readonly [number, number], aux: boolean, axis: 0 | 1): number | null {
  const name = axis === 0 ? 'height' : 'width';
  for (let n = size[axis] + 1; n <= MAX_SIZE; n++) {
    const result = tableFor(id, axis === 0 ? [n, size[1]] : [size[0], n], aux);
    if ('table' in result || result.problem.values.axis !== name) return n;
  }
  return null;
}

/** The smallest square input from the given size up that the network takes (null: none up to the largest). */
export function leastSquare(id: NetworkId, from: number, aux: boolean): number | null {
  for (let n = from + 1; n <= MAX_SIZE; n++) if ('table' in tableFor(id, [n, n], aux)) return n;
  return null;
}

/**
 * The problem the alert shows for a network that cannot take the size: the layer, the engine's reason,
 * and the smallest input that works (square for a square input, else along the axis at fault).
 */
export function explainProblem(v: NetworksValues, p: NetProblem): NetworksProblem {
  const where = { layer: p.layer, H: v.size[0], W: v.size[1] };
  if (JOIN_CODES.has(p.code)) return { code: `net.${p.code}`, values: { ...p.values, ...where } };
  if (!AXIS_CODES.has(p.code)) return { code: 'net.other', values: { ...where, message: String(p.values.message ?? p.code) } };
  const values = { ...p.values, ...where };
  if (v.size[0] === v.size[1]) {
    const least = leastSquare(v.model, v.size[0], v.aux);
    if (least !== null) return { code: `net.${p.code}.square`, values: { ...values, least } };
  } else {
    const least = leastSize(v.model, v.size, v.aux, p.values.axis === 'width' ? 1 : 0);
    if (least !== null) return { code: `net.${p.code}.least`, values: { ...values, least } };
  }
  return { code: `net.${p.code}`, values };
}

/** Why the network cannot take the setting's input size (empty when it can). */
export function networkProblems(v: NetworksValues): NetworksProblem[] {
  const result = tableFor(v.model, v.size, v.aux);
  return 'problem' in result ? [explainProblem(v, result.problem)] : [];
}

/** A network's table and the setting it was built for (a stale table keeps its own). */
export interface NetworksModel {
  table: NetTable;
  setting: NetworksValues;
}

/** The table for a setting the network takes (check `networkProblems` first). */
export function networkModel(v: NetworksValues): NetworksModel {
  const result = tableFor(v.model, v.size, v.aux);
  if ('problem' in result) throw new Error(`networkModel: ${v.model} cannot take ${v.size.join('×')}`);
  return { table: result.table, setting: v };
}

/** A setting close to an impossible one: the input at the smallest size the network takes per axis (224 if none). */
export function nearestValidNetwork(v: NetworksValues): NetworksValues {
  let size: [number, number] = [v.size[0], v.size[1]];
  for (let round = 0; round < 4; round++) {
    const result = tableFor(v.model, size, v.aux);
    if ('table' in result) return { ...v, size };
    const axis = result.problem.values.axis === 'width' ? 1 : 0;
    const least = leastSize(v.model, size, v.aux, axis);
    if (least === null) break;
    size = axis === 0 ? [least, size[1]] : [size[0], least];
  }
  return { ...v, size: [224, 224] };
}

/**
 * The blocks open by default: containers (`Sequential`) are, the named blocks inside them (residual
 * blocks, Inception modules, inverted residuals, Fire modules, a conv with its BatchNorm) are folded,
 * so a network of many blocks shows one row per block and AlexNet or VGG every layer.
 */
export function defaultOpen(rows: readonly NetRow[]): Set<string> {
  return new Set(rows.filter((r) => r.block && r.type === 'Sequential').map((r) => r.name));
}

/** Every block's name (to unfold all). */
export const allBlocks = (rows: readonly NetRow[]): Set<string> => new Set(rows.filter((r) => r.block).map((r) => r.name));

/** The indices of the rows shown: a row is shown when every block around it is shown and open. */
export function visibleRows(rows: readonly NetRow[], open: ReadonlySet<string>): number[] {
  const shown = new Array<boolean>(rows.length).fill(false);
  const out: number[] = [];
  rows.forEach((r, i) => {
    shown[i] = r.parent < 0 || (shown[r.parent] && open.has(rows[r.parent].name));
    if (shown[i]) out.push(i);
  });
  return out;
}

/** The kinds in the order the shares panel lists them. */
export const KINDS: readonly LayerKind[] = ['conv', 'pointwise', 'depthwise', 'grouped', 'fc', 'bn', 'pool', 'activation', 'other'];

/** One kind's share of the network: its parameters and MACs, and their fractions of the totals. */
export interface ShareLine {
  kind: LayerKind;
  params: number;
  macs: number;
  paramShare: number;
  macShare: number;
}

/** The kinds that hold any parameter or MAC, with their fractions of the totals. */
export function shareLines(table: NetTable): ShareLine[] {
  const { params, macs } = table.totals;
  return KINDS.map((kind) => {
    const s = table.shares[kind] ?? { params: 0, macs: 0 };
    return { kind, params: s.params, macs: s.macs, paramShare: params > 0 ? s.params / params : 0, macShare: macs > 0 ? s.macs / macs : 0 };
  }).filter((l) => l.params > 0 || l.macs > 0);
}

/** The kind holding the most parameters and the one doing the most MACs. */
export function leaders(lines: readonly ShareLine[]): { params: ShareLine; macs: ShareLine } {
  const top = (key: 'params' | 'macs') => lines.reduce((a, b) => (b[key] > a[key] ? b : a));
  return { params: top('params'), macs: top('macs') };
}

/** One network of the trend chart: its totals at 3×224×224 (GoogLeNet without auxiliary heads) and its year. */
export interface TrendPoint {
  id: NetworkId;
  year: number;
  params: number;
  macs: number;
}

let trend: TrendPoint[] | null = null;

/** The eight networks' totals at 224×224, for the trend chart (computed once). */
export function trendPoints(): TrendPoint[] {
  trend ??= NETWORK_IDS.flatMap((id) => {
    const result = tableFor(id, [224, 224], false);
    return 'table' in result ? [{ id, year: NETWORKS[id].year, params: result.table.totals.params, macs: result.table.totals.macs }] : [];
  });
  return trend;
}

/** An output shape as the table writes it: `64×55×55`, or `4096` for features. */
export const shapeText = (shape: readonly number[]): string => shape.join('×');

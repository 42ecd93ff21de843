import { pairParam } from '../../url/params.ts';
import type { ParamCodec } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/** One layer of the stack: a convolution or a pooling window (PyTorch defaults: pooling stride = kernel). */
export interface RfLayer {
  kind: 'conv' | 'pool';
  k: number;
  s: number;
  p: number;
  d: number;
}

/** Limits of the layer editor and of links. */
export const RF_LIMITS = { layers: 6, k: { min: 1, max: 11 }, s: { min: 1, max: 4 }, p: { min: 0, max: 5 }, d: { min: 1, max: 4 } } as const;

const FIELD = /^([ksdp])(\d+)$/;

/** A layer with its omitted fields at PyTorch's defaults. */
export function rfLayer(kind: RfLayer['kind'], k: number, fields: Partial<Omit<RfLayer, 'kind' | 'k'>> = {}): RfLayer {
  return { kind, k, s: fields.s ?? (kind === 'pool' ? k : 1), p: fields.p ?? 0, d: fields.d ?? 1 };
}

function formatLayer(l: RfLayer): string {
  const parts = [`${l.kind}`, `k${l.k}`];
  if (l.s !== (l.kind === 'pool' ? l.k : 1)) parts.push(`s${l.s}`);
  if (l.p !== 0) parts.push(`p${l.p}`);
  if (l.d !== 1) parts.push(`d${l.d}`);
  return parts.join(':');
}

/**
 * The stack in a link, readable: `conv:k3:s1:d2,pool:k2:s2`. Omitted fields take PyTorch's defaults;
 * numbers are clamped to the editor's limits; an unreadable layer is dropped and reported; an empty
 * stack falls back to the default.
 */
export function layersParam(key: string, def: RfLayer[]): ParamCodec<RfLayer[]> {
  return {
    key,
    default: def,
    parse(raw) {
      const layers: RfLayer[] = [];
      let issue: 'invalid' | 'outOfRange' | undefined;
      for (const text of raw.split(',').map((t) => t.trim()).filter((t) => t !== '')) {
        const [kind, ...fields] = text.toLowerCase().split(':');
        if ((kind !== 'conv' && kind !== 'pool') || layers.length >= RF_LIMITS.layers) {
          issue = layers.length >= RF_LIMITS.layers ? 'outOfRange' : 'invalid';
          continue;
        }
        const values: Partial<Record<'k' | 's' | 'p' | 'd', number>> = {};
        let bad = false;
        for (const f of fields) {
          const m = FIELD.exec(f);
          if (!m) bad = true;
          else values[m[1] as 'k' | 's' | 'p' | 'd'] = Number(m[2]);
        }
        if (bad || values.k === undefined) {
          issue = 'invalid';
          continue;
        }
        const clamp = (v: number | undefined, lo: number, hi: number) => {
          if (v === undefined) return undefined;
          const c = Math.min(hi, Math.max(lo, v));
          if (c !== v) issue = issue ?? 'outOfRange';
          return c;
        };
        const k = clamp(values.k, RF_LIMITS.k.min, RF_LIMITS.k.max) as number;
        layers.push(rfLayer(kind, k, { s: clamp(values.s, RF_LIMITS.s.min, RF_LIMITS.s.max), p: clamp(values.p, RF_LIMITS.p.min, RF_LIMITS.p.max), d: clamp(values.d, RF_LIMITS.d.min, RF_LIMITS.d.max) }));
      }
      if (layers.length === 0) return { value: def, issue: 'invalid' };
      return issue ? { value: layers, issue } : { value: layers };
    },
    format: (layers) => layers.map(formatLayer).join(','),
    equals: (a, b) => a.length === b.length && a.every((l, i) => formatLayer(l) === formatLayer(b[i])),
  };
}

/** The receptive-field scene's parameters. */
export const receptiveFieldSchema = {
  size: pairParam('size', 1, 64, 16),
  layers: layersParam('layers', [rfLayer('conv', 3), rfLayer('conv', 3)]),
};

/** The scene's values as the store holds them. */
export type ReceptiveFieldValues = ValuesOf<typeof receptiveFieldSchema>;

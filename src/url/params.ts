/**
 * Parameter codecs: each turns one URL value into a typed value and back, validating on the way in.
 * A bad value never reaches the app: it is clamped to the nearest valid value or replaced by the
 * default, and the codec says which (tensorflow/playground took URL values unchecked: its issue #63).
 */

/** What happened to a URL value: used as given, clamped into range, or unreadable (default used). */
export type ParseIssue = 'outOfRange' | 'invalid';

/** The result of reading one value. */
export interface Parsed<T> {
  value: T;
  issue?: ParseIssue;
}

/**
 * How a parameter is edited: the scene shell generates its form field from this (a whole number, a pair
 * per axis, PyTorch's padding, a check box, a choice), with the same range the link is read with.
 */
export type FieldSpec =
  | { kind: 'int'; min: number; max: number }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'pair'; min: number; max: number }
  | { kind: 'padding'; max: number }
  | { kind: 'bool' }
  | { kind: 'enum'; values: readonly string[] };

/** A parameter: its URL key (PyTorch's name), default, reader and writer, and its form field (none for structured values edited by the scene itself). */
export interface ParamCodec<T> {
  key: string;
  field?: FieldSpec;
  default: T;
  parse(raw: string): Parsed<T>;
  format(value: T): string;
  equals(a: T, b: T): boolean;
}

const INT = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

function clampInt(raw: string, min: number, max: number, fallback: number): Parsed<number> {
  const s = raw.trim();
  if (!INT.test(s)) return { value: fallback, issue: 'invalid' };
  const n = Number(s);
  if (n < min) return { value: min, issue: 'outOfRange' };
  if (n > max) return { value: max, issue: 'outOfRange' };
  return { value: n };
}

/** A whole number in [min, max]. */
export function intParam(key: string, min: number, max: number, def: number): ParamCodec<number> {
  return {
    key,
    field: { kind: 'int', min, max },
    default: def,
    parse: (raw) => clampInt(raw, min, max, def),
    format: (v) => String(v),
    equals: (a, b) => a === b,
  };
}

/** A decimal number in [min, max] (e.g. playback speed). */
export function numberParam(key: string, min: number, max: number, def: number): ParamCodec<number> {
  return {
    key,
    field: { kind: 'number', min, max },
    default: def,
    parse(raw) {
      const s = raw.trim();
      if (!NUMBER.test(s)) return { value: def, issue: 'invalid' };
      const n = Number(s);
      if (n < min) return { value: min, issue: 'outOfRange' };
      if (n > max) return { value: max, issue: 'outOfRange' };
      return { value: n };
    },
    format: (v) => String(v),
    equals: (a, b) => a === b,
  };
}

/** `[height, width]`: written `5` when square, `5x7` otherwise (`×` and `,` are read too). */
export type PairValue = [number, number];

function parsePair(raw: string, min: number, max: number, def: PairValue): Parsed<PairValue> {
  const parts = raw.trim().toLowerCase().split(/\s*[x×,*]\s*/);
  if (parts.length < 1 || parts.length > 2 || parts.some((p) => !INT.test(p))) return { value: def, issue: 'invalid' };
  const hw = (parts.length === 1 ? [parts[0], parts[0]] : parts).map((p, i) => clampInt(p, min, max, def[i]));
  const value: PairValue = [hw[0].value, hw[1].value];
  return hw.some((p) => p.issue) ? { value, issue: 'outOfRange' } : { value };
}

function formatPair([h, w]: PairValue): string {
  return h === w ? String(h) : `${h}x${w}`;
}

/** A size per axis, each in [min, max]. */
export function pairParam(key: string, min: number, max: number, def: number | PairValue): ParamCodec<PairValue> {
  const d: PairValue = typeof def === 'number' ? [def, def] : def;
  return {
    key,
    field: { kind: 'pair', min, max },
    default: d,
    parse: (raw) => parsePair(raw, min, max, d),
    format: formatPair,
    equals: (a, b) => a[0] === b[0] && a[1] === b[1],
  };
}

/** PyTorch's Conv2d padding: a number, `[h, w]`, `'same'` or `'valid'`. */
export type PaddingValue = number | PairValue | 'same' | 'valid';

/** Padding in [0, max] per axis, or the words `same` and `valid`. */
export function paddingParam(key: string, max: number, def: PaddingValue = 0): ParamCodec<PaddingValue> {
  const fallback: PairValue = typeof def === 'number' ? [def, def] : typeof def === 'string' ? [0, 0] : def;
  return {
    key,
    field: { kind: 'padding', max },
    default: def,
    parse(raw) {
      const s = raw.trim().toLowerCase();
      if (s === 'same' || s === 'valid') return { value: s };
      const p = parsePair(s, 0, max, fallback);
      if (p.issue === 'invalid') return { value: def, issue: 'invalid' };
      const value = p.value[0] === p.value[1] ? p.value[0] : p.value;
      return p.issue ? { value, issue: p.issue } : { value };
    },
    format: (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : formatPair(v)),
    equals: (a, b) => (typeof a === 'object' && typeof b === 'object' ? a[0] === b[0] && a[1] === b[1] : a === b),
  };
}

/** `1`/`0` (also `true`/`false`, `yes`/`no`, `on`/`off`). */
export function boolParam(key: string, def: boolean): ParamCodec<boolean> {
  return {
    key,
    field: { kind: 'bool' },
    default: def,
    parse(raw) {
      const s = raw.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(s)) return { value: true };
      if (['0', 'false', 'no', 'off'].includes(s)) return { value: false };
      return { value: def, issue: 'invalid' };
    },
    format: (v) => (v ? '1' : '0'),
    equals: (a, b) => a === b,
  };
}

/** One of a fixed list of words. */
export function enumParam<const V extends string>(key: string, values: readonly V[], def: V): ParamCodec<V> {
  return {
    key,
    field: { kind: 'enum', values },
    default: def,
    parse(raw) {
      const s = raw.trim();
      const hit = values.find((v) => v.toLowerCase() === s.toLowerCase());
      return hit === undefined ? { value: def, issue: 'invalid' } : { value: hit };
    },
    format: (v) => v,
    equals: (a, b) => a === b,
  };
}

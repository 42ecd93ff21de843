import type { ParamCodec, ParseIssue } from './params.ts';

/** A scene's parameters: camelCase names in code, each codec carrying its URL key. */
export type Schema = Record<string, ParamCodec<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The typed values of a schema. */
export type ValuesOf<S extends Schema> = { [K in keyof S]: S[K] extends ParamCodec<infer T> ? T : never };

/**
 * A URL value that was not used as given: the key, the raw text, what is used instead (null: nothing,
 * the key is ignored), and why. `duplicate`: the key appears again later in the link, and the last one wins.
 * `unknownControl`: `controls=` names a control (`given`) the scene does not have.
 */
export interface Correction {
  key: string;
  given: string;
  used: string | null;
  reason: ParseIssue | 'unknown' | 'duplicate' | 'unknownControl';
}

/** The part of a codec that reads and writes one value. */
type Reader<T> = Pick<ParamCodec<T>, 'key' | 'parse' | 'format'>;

/**
 * Reads every value a link gives for one key (`query.getAll(key)`, at least one). The last one wins, as
 * in a form post; each earlier one and any value that is not used as given is reported.
 */
export function readValue<T>(codec: Reader<T>, raws: readonly string[]): { value: T; corrections: Correction[] } {
  const last = raws[raws.length - 1];
  const parsed = codec.parse(last);
  const used = codec.format(parsed.value);
  const corrections: Correction[] = raws.slice(0, -1).map((given) => ({ key: codec.key, given, used, reason: 'duplicate' }));
  if (parsed.issue) corrections.push({ key: codec.key, given: last, used, reason: parsed.issue });
  return { value: parsed.value, corrections };
}

/** Every parameter at its default. */
export function defaults<S extends Schema>(schema: S): ValuesOf<S> {
  const out: Record<string, unknown> = {};
  for (const [name, codec] of Object.entries(schema)) out[name] = codec.default;
  return out as ValuesOf<S>;
}

/**
 * Reads a query string against a schema. Every value is validated: out-of-range numbers are clamped,
 * unreadable ones fall back to the default, unknown keys are ignored; each of these is reported as a
 * correction. Keys in `globalKeys` (lang, theme, …) belong to the app and are skipped here.
 */
export function parseParams<S extends Schema>(
  schema: S,
  query: URLSearchParams,
  globalKeys: readonly string[] = [],
): { values: ValuesOf<S>; corrections: Correction[] } {
  const values: Record<string, unknown> = defaults(schema);
  const corrections: Correction[] = [];
  const byKey = new Map(Object.entries(schema).map(([name, codec]) => [codec.key, [name, codec] as const]));
  // Keys in the order they first appear, so corrections read in the link's order.
  for (const key of new Set(query.keys())) {
    if (globalKeys.includes(key)) continue;
    const raws = query.getAll(key);
    const entry = byKey.get(key);
    if (entry === undefined) {
      for (const given of raws) corrections.push({ key, given, used: null, reason: 'unknown' });
      continue;
    }
    const [name, codec] = entry;
    const read = readValue(codec, raws);
    values[name] = read.value;
    corrections.push(...read.corrections);
  }
  return { values: values as ValuesOf<S>, corrections };
}

/** Writes the values that differ from their defaults, in schema order, as `key=value` pairs. */
export function serializeParams<S extends Schema>(schema: S, values: ValuesOf<S>): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, codec] of Object.entries(schema)) {
    const v = (values as Record<string, unknown>)[name];
    if (v !== undefined && !codec.equals(v, codec.default)) out.push([codec.key, codec.format(v)]);
  }
  return out;
}

/**
 * The values a link would carry for `changes`: each one written with its codec and read back, so an
 * out-of-range number comes back clamped and a value of the wrong kind falls back to the default.
 * Names the schema does not have are dropped.
 */
export function throughCodecs(schema: Schema, changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(changes)) {
    const codec = schema[name];
    if (codec === undefined) continue;
    let text: string | null;
    try {
      text = value === undefined || value === null ? null : codec.format(value);
    } catch {
      text = null; // a value the codec cannot even write (a string where a pair belongs)
    }
    out[name] = text === null ? codec.default : codec.parse(text).value;
  }
  return out;
}

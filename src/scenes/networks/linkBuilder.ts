import type { LayerSpec, Pair } from '../../engine/index.ts';
import type { ParamCodec } from '../../url/params.ts';
import { formatHash } from '../../url/route.ts';
import { defaults, serializeParams } from '../../url/schema.ts';
import type { Schema } from '../../url/schema.ts';

/** A value the target scene cannot take as the layer has it: its URL key, the layer's value and the one used. */
export interface Clamp {
  key: string;
  given: string;
  used: string;
}

/** A remark for the link's title: message `net.link.<code>` filled with `values`. */
export interface LinkNote {
  code: string;
  values: Record<string, number | string>;
}

/**
 * Where a row of a network's table opens: the scene (`view` names the pooling scene's part), the hash with
 * the layer's settings, what had to be clamped to the scene's ranges, and remarks (a drawn size, a
 * setting the scene does not draw, where torchvision departs from the paper).
 */
export interface RowLink {
  scene: string;
  view?: string;
  hash: string;
  clamped: Clamp[];
  notes: LinkNote[];
}

/** A `Pair` (or nothing: `fallback`) as [h, w]. */
export const hw = (p: Pair | undefined, fallback: number): [number, number] => (p === undefined ? [fallback, fallback] : typeof p === 'number' ? [p, p] : [p[0], p[1]]);
/** `v` within [min, max]. */
export const clampTo = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));
/** A size as a link's title writes it: `7`, or `7×5`. */
export const pairText = ([h, w]: readonly [number, number]) => (h === w ? String(h) : `${h}×${w}`);

/**
 * Builds a link from values given in the layer's own numbers: each is fitted to the range the target's
 * codec reads (the same field range its form has), and every value changed is reported.
 */
export class LinkBuilder {
  readonly values: Record<string, unknown> = {};
  readonly clamped: Clamp[] = [];
  readonly notes: LinkNote[] = [];

  constructor(
    private readonly scene: string,
    private readonly schema: Schema,
  ) {}

  /** Sets `name` to `value` as given, fitted to its codec's range (a pair per axis). */
  set(name: string, value: number | readonly [number, number] | string | boolean): this {
    const codec: ParamCodec<unknown> = this.schema[name];
    const field = codec.field;
    let used: unknown = value;
    if (field && (field.kind === 'int' || field.kind === 'pair' || field.kind === 'padding') && typeof value !== 'string' && typeof value !== 'boolean') {
      const min = field.kind === 'padding' ? 0 : field.min;
      const max = field.max;
      if (typeof value === 'number') used = clampTo(value, min, max);
      else used = [clampTo(value[0], min, max), clampTo(value[1], min, max)];
      if (field.kind === 'int' && typeof used !== 'number') used = (used as number[])[0];
      if (field.kind === 'pair' && typeof used === 'number') used = [used, used];
      const given = typeof value === 'number' ? String(value) : pairText(value);
      const shown = typeof used === 'number' ? String(used) : pairText(used as [number, number]);
      if (given !== shown) this.clamped.push({ key: codec.key, given, used: shown });
    }
    this.values[name] = used;
    return this;
  }

  /** Sets a value the scene draws on its own terms (a small input), not clamped from the layer. */
  draw(name: string, value: unknown): this {
    this.values[name] = value;
    return this;
  }

  note(code: string, values: Record<string, number | string> = {}): this {
    this.notes.push({ code, values });
    return this;
  }

  done(view?: string): RowLink {
    const hash = formatHash(this.scene, serializeParams(this.schema, { ...defaults(this.schema), ...this.values }));
    return { scene: this.scene, ...(view ? { view } : {}), hash, clamped: this.clamped, notes: this.notes };
  }
}

/** The engine's specs of the layers the links read. */
export type Conv = LayerSpec & { kind: 'conv2d' };
export type Pool = LayerSpec & { kind: 'maxPool2d' | 'avgPool2d' };
export type Linear = LayerSpec & { kind: 'linear' };

/** The spatial size of a [C, H, W] shape, as text (`56×56`). */
export const mapText = (shape: readonly number[]) => `${shape[1]}×${shape[2]}`;

/**
 * The input a scene draws for a window of `k` (dilation `d`) with stride `s` and padding `p`: three
 * outputs per axis (`2s + d(k − 1) + 1 − 2p` cells), at least `least`, at most `most`.
 */
export function drawnAxis(k: number, s: number, p: number, d: number, least: number, most: number): number {
  return clampTo(Math.max(least, 2 * s + d * (k - 1) + 1 - 2 * p), 1, most);
}


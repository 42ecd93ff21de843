import type { NetRow } from './table.ts';
import { clampTo, LinkBuilder, mapText, pairText } from './linkBuilder.ts';
import type { Conv, Linear, RowLink } from './linkBuilder.ts';
import { poolingSchema } from '../pooling/schema.ts';

/*
 * The links of a network's head: an FC layer opens the pooling scene's FC-as-convolution part when it
 * reads a flattened map and its GAP part when the map was pooled first; an adaptive pool opens GAP, NIN's
 * head (SqueezeNet) or the FC part it feeds. Rows are in forward order, so the map an FC layer reads is
 * found by walking back through its head.
 */

/** What feeds an FC head: a C×H×W map flattened (`map`), or a map pooled to one value per channel (`gap`). */
type Feed = { kind: 'map'; shape: number[]; first: Linear; chain: Linear[] } | { kind: 'gap'; channels: number; map: number[]; pooledByRow: boolean; first: Linear; chain: Linear[] };

/** The linear layers of the head that starts with `rows[start]`, in order (each reading the last one's output). */
function headChain(rows: readonly NetRow[], start: number): Linear[] {
  const chain: Linear[] = [];
  for (let j = start; j < rows.length; j++) {
    const l = rows[j].layer;
    if (l?.kind !== 'linear') continue;
    if (chain.length > 0 && l.inFeatures !== chain[chain.length - 1].outFeatures) break;
    chain.push(l);
  }
  return chain;
}

/**
 * Walks back from a linear layer through its head (earlier linears, dropouts, activations) to the map it
 * reads: flattened whole (C·H·W = in_features) or pooled per channel (C = in_features, by an adaptive
 * pool row or inside `forward()`, as MobileNetV2 and ShuffleNetV2 do).
 */
function feedOf(rows: readonly NetRow[], i: number): Feed | null {
  let features = (rows[i].layer as Linear).inFeatures;
  let start = i;
  for (let j = i - 1; j >= 0; j--) {
    const r = rows[j];
    if (r.block || r.layer === undefined) continue;
    if (r.layer.kind === 'linear') {
      if (r.layer.outFeatures !== features) return null;
      features = r.layer.inFeatures;
      start = j;
      continue;
    }
    if (r.outShape.length !== 3) continue;
    const [c, h, w] = r.outShape;
    const first = rows[start].layer as Linear;
    const chain = headChain(rows, start);
    if (c * h * w === features && h * w > 1) return { kind: 'map', shape: r.outShape, first, chain };
    if (c !== features) return null;
    const pooledByRow = h * w === 1 && r.layer.kind === 'adaptiveAvgPool2d';
    return { kind: 'gap', channels: c, map: pooledByRow ? r.inShape : r.outShape, pooledByRow, first, chain };
  }
  return null;
}

/** FC layers as convolutions (`#/pooling?view=fc-conv`): the head's first FC over its C × m × m map, its widths. */
function fcConvLink(shape: readonly number[], chain: Linear[], later: boolean): RowLink {
  const [c, h, w] = shape;
  const b = new LinkBuilder('pooling', poolingSchema).draw('view', 'fc-conv').set('fcChannels', c).set('fcMap', h);
  if (h !== w) b.clamped.push({ key: 'fc_map', given: `${h}×${w}`, used: String(clampTo(h, 1, 16)) });
  const m = b.values.fcMap as number;
  b.draw('fcFeed', Math.min(32, m + 2)).set('hidden', chain[0].outFeatures).set('numClasses', chain[chain.length - 1].outFeatures);
  if (later) b.note('laterFc');
  return b.note('fcHead', { layers: chain.length }).done('fc-conv');
}

/** Global average pooling against an FC head (`#/pooling?view=gap`): the channels pooled, the map, the classes. */
function gapLink(channels: number, map: readonly number[], classes: number | null): RowLink {
  const [, h, w] = map;
  const b = new LinkBuilder('pooling', poolingSchema).draw('view', 'gap').set('channels', channels).set('map', h).set('feed', h);
  if (h !== w) b.clamped.push({ key: 'map', given: `${h}×${w}`, used: String(clampTo(h, 1, 32)) });
  if (classes !== null) b.set('numClasses', classes);
  return b.done('gap');
}

/** Network in Network's head (`#/pooling?view=nin`): a 1×1 conv to one map per class, then global average pooling. */
function ninLink(conv: Conv, map: readonly number[]): RowLink {
  return new LinkBuilder('pooling', poolingSchema).draw('view', 'nin').set('ninChannels', conv.inChannels).set('ninClasses', conv.outChannels).set('ninSize', map[1]).done('nin');
}

/** A linear layer: FC as a convolution when it reads a flattened map, the GAP part when the map was pooled first. */
export function linearLink(rows: readonly NetRow[], i: number): RowLink | null {
  const feed = feedOf(rows, i);
  if (feed === null) return null;
  const later = feed.first !== rows[i].layer;
  if (feed.kind === 'map') return fcConvLink(feed.shape, feed.chain, later);
  const link = gapLink(feed.channels, feed.map, feed.chain[feed.chain.length - 1].outFeatures);
  return feed.pooledByRow ? link : { ...link, notes: [...link.notes, { code: 'poolInForward', values: {} }] };
}

/** An adaptive average pool: to 1×1 it is GAP (before an FC, or NIN's head after class maps); to k×k it hands an FC head its map. */
export function adaptiveLink(rows: readonly NetRow[], i: number): RowLink | null {
  const row = rows[i];
  const [, oh, ow] = row.outShape;
  const nextLinear = rows.findIndex((r, j) => j > i && r.layer?.kind === 'linear');
  if (oh === 1 && ow === 1) {
    if (nextLinear >= 0) return gapLink(row.inShape[0], row.inShape, headChain(rows, nextLinear).at(-1)?.outFeatures ?? null);
    for (let j = i - 1; j >= 0; j--) {
      const l = rows[j].layer;
      if (l?.kind === 'conv2d') return l.outChannels === row.inShape[0] ? ninLink(l, row.inShape) : null;
    }
    return null;
  }
  if (nextLinear < 0) return null;
  const link = fcConvLink(row.outShape, headChain(rows, nextLinear), false);
  return { ...link, notes: [{ code: 'adaptiveHead', values: { out: pairText([oh, ow]), in: mapText(row.inShape) } }, ...link.notes] };
}

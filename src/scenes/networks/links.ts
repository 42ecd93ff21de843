import { conv2dSchema } from '../conv2d/schema.ts';
import { depthwiseSchema } from '../depthwise/schema.ts';
import { groupShuffleSchema } from '../groupShuffle/schema.ts';
import { inceptionSchema } from '../inception/schema.ts';
import { pointwiseSchema } from '../pointwise/schema.ts';
import { residualSchema } from '../residual/schema.ts';
import { poolingSchema } from '../pooling/schema.ts';
import { adaptiveLink, linearLink } from './headLinks.ts';
import { clampTo, drawnAxis, hw, LinkBuilder, mapText } from './linkBuilder.ts';
import type { Conv, LinkNote, Pool, RowLink } from './linkBuilder.ts';
import type { NetRow } from './table.ts';

export type { Clamp, LinkNote, RowLink } from './linkBuilder.ts';

/** A convolution's role, from its own settings: depthwise (groups = in_channels > 1), grouped, 1×1, or standard. */
export function convRole(layer: Conv): 'depthwise' | 'grouped' | 'pointwise' | 'conv' {
  const g = layer.groups ?? 1;
  const [kh, kw] = hw(layer.kernelSize, 1);
  if (g > 1 && g === layer.inChannels) return 'depthwise';
  if (g > 1) return 'grouped';
  return kh === 1 && kw === 1 ? 'pointwise' : 'conv';
}

/** A standard convolution in `#/conv2d`: its kernel, stride, padding, dilation and bias on a small drawn input and a few channels. */
function conv2dLink(row: NetRow, layer: Conv): RowLink {
  const [kh, kw] = hw(layer.kernelSize, 1);
  const [sh, sw] = hw(layer.stride, 1);
  const [dh, dw] = hw(layer.dilation, 1);
  const padding = layer.padding ?? 0;
  const [ph, pw] = typeof padding === 'string' ? [0, 0] : hw(padding, 0);
  const size: [number, number] = [drawnAxis(kh, sh, ph, dh, 5, 32), drawnAxis(kw, sw, pw, dw, 5, 32)];
  const b = new LinkBuilder('conv2d', conv2dSchema)
    .set('inChannels', layer.inChannels)
    .set('outChannels', layer.outChannels)
    .set('kernelSize', [kh, kw])
    .set('stride', [sh, sw])
    .draw('size', size)
    .draw('bias', layer.bias ?? true);
  if (typeof padding === 'string') b.draw('padding', padding);
  else b.set('padding', ph === pw ? ph : [ph, pw]);
  b.set('dilation', [dh, dw]);
  return b.note('drawn', { drawn: `${size[0]}×${size[1]}`, real: mapText(row.inShape) }).done();
}

/** The next convolution after row `i` in module order (a depthwise conv's pointwise partner). */
function nextConv(rows: readonly NetRow[], i: number): Conv | null {
  for (let j = i + 1; j < rows.length; j++) {
    const l = rows[j].layer;
    if (l?.kind === 'conv2d') return l;
  }
  return null;
}

/** A depthwise conv in `#/depthwise-separable`: its channels, kernel and the pointwise conv that follows it. */
function depthwiseLink(rows: readonly NetRow[], i: number, layer: Conv): RowLink {
  const [k] = hw(layer.kernelSize, 1);
  const [s] = hw(layer.stride, 1);
  const next = nextConv(rows, i);
  const partner = next && convRole(next) === 'pointwise' && next.inChannels === layer.outChannels ? next : null;
  const b = new LinkBuilder('depthwise-separable', depthwiseSchema)
    .set('inChannels', layer.inChannels)
    .set('outChannels', partner ? partner.outChannels : layer.outChannels)
    .set('kernelSize', k)
    .set('depthMultiplier', layer.outChannels / layer.inChannels)
    .draw('bias', layer.bias ?? true);
  if (partner) b.note('pointwisePartner', { out: partner.outChannels });
  else b.note('noPartner');
  if (s > 1) b.note('strideNotDrawn', { stride: s });
  return b.done();
}

/** A 1×1 conv in `#/pointwise`: its channels and bias, the map it runs on for the counts. */
function pointwiseLink(row: NetRow, layer: Conv): RowLink {
  const [s] = hw(layer.stride, 1);
  const [, h, w] = row.inShape;
  const b = new LinkBuilder('pointwise', pointwiseSchema).set('inChannels', layer.inChannels).set('outChannels', layer.outChannels).draw('bias', layer.bias ?? true);
  b.set('map', h);
  if (h !== w) b.clamped.push({ key: 'map', given: `${h}×${w}`, used: String(clampTo(h, 1, 224)) });
  if (s > 1) b.note('strideNotDrawn', { stride: s });
  return b.done();
}

/** A grouped conv in `#/group-shuffle`: its channels, groups, kernel and bias. */
function groupedLink(layer: Conv): RowLink {
  return new LinkBuilder('group-shuffle', groupShuffleSchema)
    .set('inChannels', layer.inChannels)
    .set('outChannels', layer.outChannels)
    .set('groups', layer.groups ?? 1)
    .set('kernelSize', hw(layer.kernelSize, 1))
    .draw('bias', layer.bias ?? true)
    .done();
}

/** A max or average pool in `#/pooling` (the window part): its window, stride, padding, dilation and rounding on a small input. */
function poolLink(row: NetRow, layer: Pool): RowLink {
  const k = hw(layer.kernelSize, 1);
  const s = hw(layer.stride ?? layer.kernelSize, 1);
  const p = hw(layer.padding, 0);
  const d = layer.kind === 'maxPool2d' ? hw(layer.dilation, 1) : ([1, 1] as [number, number]);
  const ceil = layer.ceilMode ?? false;
  const axis = (a: 0 | 1) => {
    const n = drawnAxis(k[a], s[a], p[a], d[a], 6, 12);
    // With ceil_mode, a size whose last window hangs over the edge, so the rounding shows.
    const exact = (n + 2 * p[a] - d[a] * (k[a] - 1) - 1) % s[a] === 0;
    return ceil && exact && n < 12 ? n + 1 : n;
  };
  const size: [number, number] = [axis(0), axis(1)];
  const b = new LinkBuilder('pooling', poolingSchema)
    .set('mode', layer.kind === 'maxPool2d' ? 'max' : 'avg')
    .set('kernelSize', k)
    .set('stride', s)
    .set('padding', p)
    .draw('size', size)
    .draw('ceilMode', ceil);
  if (layer.kind === 'maxPool2d') b.set('dilation', d);
  else b.draw('countIncludePad', layer.countIncludePad ?? true);
  return b.note('drawn', { drawn: `${size[0]}×${size[1]}`, real: mapText(row.inShape) }).done();
}


/** The leaf rows under block `b`, in order, as their indices. */
function leavesOf(rows: readonly NetRow[], b: number): number[] {
  const inside = new Set([b]);
  const out: number[] = [];
  for (let j = b + 1; j < rows.length; j++) {
    if (!inside.has(rows[j].parent)) continue;
    inside.add(j);
    if (!rows[j].block) out.push(j);
  }
  return out;
}

const num = (config: NetRow['config'], key: string) => Number(config?.[key] ?? 0);

/** Whether a residual block has a projection on its skip: torchvision's `downsample` (in its config, or as a child row). */
function hasDownsample(rows: readonly NetRow[], i: number): boolean {
  const given = rows[i].config?.downsample;
  if (given !== undefined) return ![0, '0', 'None', 'none', ''].includes(given);
  return rows.some((r) => r.parent === i && r.name === `${rows[i].name}.downsample`);
}

/** The row's residual block in `#/residual`: torchvision's `inplanes`, `planes`, `stride`, `downsample`. */
function residualLink(rows: readonly NetRow[], i: number): RowLink {
  const row = rows[i];
  return new LinkBuilder('residual', residualSchema)
    .set('block', row.type === 'BasicBlock' ? 'basic' : 'bottleneck')
    .set('inplanes', num(row.config, 'inplanes') || row.inShape[0])
    .set('planes', num(row.config, 'planes'))
    .set('stride', num(row.config, 'stride') || 1)
    .set('downsample', hasDownsample(rows, i) ? 'conv1x1' : 'none')
    .done();
}

/** An Inception module in `#/inception`: torchvision's branch widths and the map it runs on; its "5×5" branch is a 3×3. */
function inceptionLink(row: NetRow): RowLink {
  const c = row.config;
  return new LinkBuilder('inception', inceptionSchema)
    .set('inChannels', num(c, 'in_channels') || row.inShape[0])
    .set('ch1x1', num(c, 'ch1x1'))
    .set('ch3x3red', num(c, 'ch3x3red'))
    .set('ch3x3', num(c, 'ch3x3'))
    .set('ch5x5red', num(c, 'ch5x5red'))
    .set('ch5x5', num(c, 'ch5x5'))
    .set('poolProj', num(c, 'pool_proj'))
    .set('map', [row.inShape[1], row.inShape[2]])
    .note('fiveIsThree', { ch5x5red: num(c, 'ch5x5red'), ch5x5: num(c, 'ch5x5') })
    .done();
}

/** GoogLeNet's auxiliary head in `#/inception` (its auxiliary classifier panel): the channels and map it reads, its classes. */
function auxLink(row: NetRow): RowLink {
  return new LinkBuilder('inception', inceptionSchema)
    .set('auxInChannels', num(row.config, 'in_channels') || row.inShape[0])
    .set('auxSize', [row.inShape[1], row.inShape[2]])
    .set('numClasses', num(row.config, 'num_classes') || 1000)
    .note('auxHead')
    .done();
}

/** SqueezeNet's Fire module in `#/pointwise`: the 1×1 squeeze before the 3×3 expand, as the scene's reduce → k×k stack. */
function fireLink(row: NetRow): RowLink {
  const c = row.config;
  const inplanes = num(c, 'inplanes') || row.inShape[0];
  return new LinkBuilder('pointwise', pointwiseSchema)
    .set('inChannels', inplanes)
    .set('outChannels', num(c, 'squeeze_planes'))
    .set('mode', 'reduce')
    .set('bnIn', inplanes)
    .set('bnMid', num(c, 'squeeze_planes'))
    .set('bnOut', num(c, 'expand3x3_planes'))
    .set('bnKernel', 3)
    .set('map', row.inShape[1])
    .draw('bias', true)
    .note('fire', { squeeze: num(c, 'squeeze_planes'), e1: num(c, 'expand1x1_planes'), e3: num(c, 'expand3x3_planes') })
    .done();
}

/**
 * A block row: a residual block, an Inception module, a Fire module; an inverted residual (MobileNetV2's,
 * and ShuffleNetV2's unit, which torchvision names the same) opens as its depthwise conv with its pointwise
 * partner; a wrapper of one convolution and its BatchNorm and activation (BasicConv2d,
 * Conv2dNormActivation, a Sequential such as a downsample) opens as that convolution.
 */
function blockLink(rows: readonly NetRow[], i: number): RowLink | null {
  const row = rows[i];
  if (row.type === 'BasicBlock' || row.type === 'Bottleneck') return residualLink(rows, i);
  if (row.type === 'Inception') return inceptionLink(row);
  if (row.type === 'Fire') return fireLink(row);
  if (row.type === 'InceptionAux') return auxLink(row);
  const leaves = leavesOf(rows, i);
  const convs = leaves.filter((j) => rows[j].layer?.kind === 'conv2d');
  if (row.type === 'InvertedResidual') {
    const dw = convs.find((j) => convRole(rows[j].layer as Conv) === 'depthwise');
    if (dw === undefined) return null;
    const c = row.config;
    const note: LinkNote =
      c?.expand_ratio !== undefined ? { code: 'invertedResidual', values: { inp: num(c, 'inp'), oup: num(c, 'oup'), t: num(c, 'expand_ratio') } } : { code: 'shuffleUnit', values: {} };
    const link = depthwiseLink(rows, dw, rows[dw].layer as Conv);
    return { ...link, notes: [note, ...link.notes] };
  }
  const wrapper = convs.length === 1 && leaves.every((j) => j === convs[0] || ['batchNorm2d', 'relu'].includes(rows[j].layer?.kind ?? 'other') || rows[j].kind === 'activation');
  return wrapper ? rowLink(rows, convs[0]) : null;
}

/**
 * The scene that teaches row `i` of a network's table, with the layer's settings where that scene takes
 * them (clamped to its ranges, and said so): a standard conv opens `#/conv2d` on a small drawn input; a
 * depthwise conv `#/depthwise-separable` with its channels and its pointwise partner; a 1×1 conv
 * `#/pointwise`; a grouped conv `#/group-shuffle`; a max or average pool `#/pooling`; an FC layer the
 * pooling scene's FC-as-convolution or GAP part; a residual block `#/residual`; an Inception module
 * `#/inception` with torchvision's branch widths. Null for rows no scene teaches (BatchNorm, activations,
 * dropout, containers).
 */
export function rowLink(rows: readonly NetRow[], i: number): RowLink | null {
  const row = rows[i];
  if (row.block) return blockLink(rows, i);
  const layer = row.layer;
  if (layer === undefined) return null;
  switch (layer.kind) {
    case 'conv2d': {
      const role = convRole(layer);
      if (role === 'depthwise') return depthwiseLink(rows, i, layer);
      if (role === 'grouped') return groupedLink(layer);
      if (role === 'pointwise') return pointwiseLink(row, layer);
      return conv2dLink(row, layer);
    }
    case 'maxPool2d':
    case 'avgPool2d':
      return poolLink(row, layer);
    case 'adaptiveAvgPool2d':
      return adaptiveLink(rows, i);
    case 'linear':
      return linearLink(rows, i);
    default:
      return null;
  }
}

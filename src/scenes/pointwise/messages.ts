/**
 * The pointwise scene's messages in English and Simplified Chinese, loaded with its view (the registry adds
 * them to the catalogues when the scene opens). `{name}` marks a value filled in at run time.
 */
const en = {
  'pw.inputs': 'input channels',
  'pw.outputs': 'output channels',
  'pw.equation': 'At pixel [{y}, {x}]: weights × channel vector = output vector',
  'pw.weights': 'weight matrix {O} × {I}',
  'pw.vectorIn': 'input channels at the pixel',
  'pw.vectorOut': 'output channels at the pixel',
  'pw.note': 'The same {O} × {I} matrix multiplies the channel vector at every one of the {H}×{W} pixels: H×W stays, the channels change. Point at any pixel.',
  'pw.drawnIn': 'Input channels {range} of {n} drawn (+ {more} more, counted but not drawn).',
  'pw.drawnOut': 'Output channels {range} of {n} drawn (+ {more} more, counted but not drawn).',
  'pw.count': 'This 1×1 layer: {O} × {I} = {params} weights; {H}·{W} pixels × {O} × {I} = {macs} multiply-accumulates.',
  'pw.rest': '(the other {n} products: {s})',
  'pw.more': '{n} more',
  'pw.code.kept': 'H×W kept',
  'pw.bnTitle': 'Bottleneck: 1×1 around the expensive kernel',
  'pw.bn.in': 'in',
  'pw.bn.out': 'out',
  'pw.bn.k': 'kernel k',
  'pw.mid': 'reduced to',
  'pw.mode': 'Stack',
  'pw.mode.bottleneck': '1×1 reduce → k×k → 1×1 expand (ResNet)',
  'pw.mode.reduce': '1×1 reduce → k×k (Inception)',
  'pw.mode.mlpconv': 'k×k → 1×1 → 1×1 (NIN MLPConv)',
  'pw.preset.resnet': '256 → 64 → 256',
  'pw.preset.reduce': '24 → 12 → 48',
  'pw.preset.nin': 'NIN MLPConv',
  'pw.costTitle': 'Direct against the stack, on a {map}×{map} map',
  'pw.row': '{k}×{k} conv {from} → {to}',
  'pw.row.stack': 'stack total',
} as const;

/** 简体中文. Typed by the English keys, so a missing one fails the type check. */
const zh: Record<keyof typeof en, string> = {
  'pw.inputs': '输入通道',
  'pw.outputs': '输出通道',
  'pw.equation': '在像素 [{y}, {x}]：权重 × 通道向量 = 输出向量',
  'pw.weights': '权重矩阵 {O} × {I}',
  'pw.vectorIn': '该像素上的输入通道',
  'pw.vectorOut': '该像素上的输出通道',
  'pw.note': '同一个 {O} × {I} 矩阵在 {H}×{W} 的每个像素上乘以通道向量：高和宽不变，通道数改变。指向任意像素试试。',
  'pw.drawnIn': '画出输入通道 {range}（共 {n} 个；另外 {more} 个计入但未画出）。',
  'pw.drawnOut': '画出输出通道 {range}（共 {n} 个；另外 {more} 个计入但未画出）。',
  'pw.count': '这个 1×1 层：{O} × {I} = {params} 个权重；{H}·{W} 个像素 × {O} × {I} = {macs} 次乘加。',
  'pw.rest': '（其余 {n} 个乘积之和：{s}）',
  'pw.more': '另有 {n} 个',
  'pw.code.kept': '高和宽不变',
  'pw.bnTitle': '瓶颈结构：在昂贵的卷积核两侧用 1×1',
  'pw.bn.in': '输入',
  'pw.bn.out': '输出',
  'pw.bn.k': '卷积核 k',
  'pw.mid': '降到',
  'pw.mode': '结构',
  'pw.mode.bottleneck': '1×1 降维 → k×k → 1×1 升维（ResNet）',
  'pw.mode.reduce': '1×1 降维 → k×k（Inception）',
  'pw.mode.mlpconv': 'k×k → 1×1 → 1×1（NIN 的 MLPConv）',
  'pw.preset.resnet': '256 → 64 → 256',
  'pw.preset.reduce': '24 → 12 → 48',
  'pw.preset.nin': 'NIN MLPConv',
  'pw.costTitle': '直接卷积与堆叠结构，特征图 {map}×{map}',
  'pw.row': '{k}×{k} 卷积 {from} → {to}',
  'pw.row.stack': '堆叠合计',
};

/** Both catalogues of the scene. */
export const messages = { en, zh };

declare module '../../i18n/sceneKeys.ts' {
  /** This scene's keys, typed everywhere `MessageKey` is. */
  interface SceneKeys extends Record<keyof typeof en, true> {}
}

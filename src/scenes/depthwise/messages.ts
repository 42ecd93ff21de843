/**
 * The depthwise-separable scene's messages in English and Simplified Chinese, loaded with its view (the registry adds
 * them to the catalogues when the scene opens). `{name}` marks a value filled in at run time.
 */
const en = {
  'dw.multiplier': 'Depth multiplier',
  'dw.preset.mobilenet3': '3 → 256',
  'dw.preset.mobilenet16': '16 → 32',
  'dw.stage.input': '0 · input channels',
  'dw.stage.depthwise': '1 · depthwise: one {k}×{k} kernel per channel, no mixing',
  'dw.stage.pointwise': '2 · pointwise: 1×1 mixes the channels at every pixel',
  'dw.col.input': 'input channels and their depthwise kernels',
  'dw.col.depthwise': 'depthwise outputs',
  'dw.col.pointwise': 'pointwise outputs',
  'dw.kernel': 'kernel {c}.{j}',
  'dw.map': 'depthwise {j} (from channel {c})',
  'dw.drawnIn': 'Input channels {range} of {n} drawn (+ {more} more, counted but not drawn).',
  'dw.drawnMaps': 'Depthwise maps {range} of {n} drawn (+ {more} more, computed but not drawn).',
  'dw.drawnOut': 'Output channels {range} of {n} drawn (+ {more} more, counted but not drawn). Point at a cell for its sum.',
  'dw.computing': 'Computing all {n} depthwise maps… {pct} %',
  'dw.mixTitle': 'Pointwise: output channel {o} at [{y}, {x}]',
  'dw.mixRest': '(the other {n} products: {s})',
  'dw.mixTerms': 'All {n} depthwise maps at this pixel, each times its weight w[{o}, j]; the first {shown} are written out.',
  'dw.mixHint': 'Point at (or tap) an output cell to write out its sum.',
  'dw.mixNote': 'The same weighted sum is taken at every pixel: a fully connected layer across channels, applied per pixel.',
  'dw.code.depthwise': 'depthwise',
  'dw.code.pointwise': 'pointwise',
  'dw.costTitle': 'Standard against separable, {I} → {O}, {k}×{k}',
  'dw.row.standard': 'standard {k}×{k}',
  'dw.row.depthwise': 'depthwise {k}×{k}',
  'dw.row.pointwise': 'pointwise 1×1',
  'dw.row.separable': 'separable total',
  'dw.approx': 'Ratio ≈ 1/O + 1/k² = 1/{O} + 1/{k2} ≈ {approx}: about {saving}× cheaper. Most of the saving comes from the 1/k² term: the k×k work no longer repeats for every output channel.',
} as const;

/** 简体中文. Typed by the English keys, so a missing one fails the type check. */
const zh: Record<keyof typeof en, string> = {
  'dw.multiplier': '深度乘数',
  'dw.preset.mobilenet3': '3 → 256',
  'dw.preset.mobilenet16': '16 → 32',
  'dw.stage.input': '0 · 输入通道',
  'dw.stage.depthwise': '1 · 逐通道卷积：每个通道一个 {k}×{k} 卷积核，不混合',
  'dw.stage.pointwise': '2 · 逐点卷积：1×1 在每个像素上混合各通道',
  'dw.col.input': '输入通道及其逐通道卷积核',
  'dw.col.depthwise': '逐通道卷积的输出',
  'dw.col.pointwise': '逐点卷积的输出',
  'dw.kernel': '卷积核 {c}.{j}',
  'dw.map': '逐通道输出 {j}（来自通道 {c}）',
  'dw.drawnIn': '画出输入通道 {range}（共 {n} 个；另外 {more} 个计入但未画出）。',
  'dw.drawnMaps': '画出逐通道输出 {range}（共 {n} 个；另外 {more} 个已计算但未画出）。',
  'dw.drawnOut': '画出输出通道 {range}（共 {n} 个；另外 {more} 个计入但未画出）。指向一个格子即可看到它的求和。',
  'dw.computing': '正在计算全部 {n} 个逐通道输出… {pct} %',
  'dw.mixTitle': '逐点卷积：输出通道 {o} 在 [{y}, {x}]',
  'dw.mixRest': '（其余 {n} 个乘积之和：{s}）',
  'dw.mixTerms': '该像素上全部 {n} 个逐通道输出，各乘以其权重 w[{o}, j]；写出了前 {shown} 个。',
  'dw.mixHint': '指向（或轻点）一个输出格子，即可写出它的求和。',
  'dw.mixNote': '在每个像素上都做同样的加权求和：相当于在每个像素上对各通道做一次全连接。',
  'dw.code.depthwise': '逐通道卷积',
  'dw.code.pointwise': '逐点卷积',
  'dw.costTitle': '标准卷积与深度可分离卷积，{I} → {O}，{k}×{k}',
  'dw.row.standard': '标准 {k}×{k}',
  'dw.row.depthwise': '逐通道 {k}×{k}',
  'dw.row.pointwise': '逐点 1×1',
  'dw.row.separable': '可分离合计',
  'dw.approx': '比值 ≈ 1/O + 1/k² = 1/{O} + 1/{k2} ≈ {approx}：约便宜 {saving} 倍。节省主要来自 1/k² 这一项：k×k 的计算不再为每个输出通道重复一遍。',
};

/** Both catalogues of the scene. */
export const messages = { en, zh };

declare module '../../i18n/sceneKeys.ts' {
  /** This scene's keys, typed everywhere `MessageKey` is. */
  interface SceneKeys extends Record<keyof typeof en, true> {}
}

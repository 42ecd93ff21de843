/**
 * The squeeze-excite scene's messages in English and Simplified Chinese, loaded with its view (the registry adds
 * them to the catalogues when the scene opens). `{name}` marks a value filled in at run time.
 */
const en = {
  'se.channels': 'Channels',
  'se.reduction': 'Reduction r',
  'se.stages': 'Stages',
  'se.stage.input': '1 · the feature map',
  'se.stage.squeeze': '2 · squeeze: average each channel',
  'se.stage.excite': '3 · excite: FC → ReLU → FC → sigmoid',
  'se.stage.scale': '4 · scale: multiply each channel by its weight',
  'se.output': 'channel {c} × {w}',
  'se.outputWait': 'channel {c} × ? (its weight comes at step 3)',
  'se.outputNext': 'channel {c} × {w} (multiplied at step 4)',
  'se.head.squeeze': 'squeeze (means)',
  'se.head.relu': 'FC → ReLU',
  'se.head.sigmoid': 'FC → sigmoid',
  'se.chartLabel': 'squeeze → FC → ReLU → FC → sigmoid',
  'se.mean': 'mean',
  'se.weight': 'weight',
  'se.exciteTitle': 'Excitation: {C} means → {h} hidden → {C} weights',
  'se.explain': 'Channel {c}: its mean {m} goes with all the other means through the two FC layers; the sigmoid gives weight {w}, and every cell of channel {c} is multiplied by {w}.',
  'se.share': 'A 3×3 convolution of the same width has {conv} parameters; the SE block adds {pct}% of that.',
  'se.drawn': 'Channels 0–{last} of {C} drawn; all {C} counted.',
  'se.more': '+ {n} more',
  'se.spread': 'All {C} weights: min {min}, mean {mean}, max {max}.',
  'se.both': 'As PyTorch counts them: {weights} weights with bias=False, {all} with bias=True.',
  'se.codeWeights': 'each in (0, 1)',
  'se.codeSameShape': 'same shape as x',
} as const;

/** 简体中文. Typed by the English keys, so a missing one fails the type check. */
const zh: Record<keyof typeof en, string> = {
  'se.channels': '通道数',
  'se.reduction': '缩减比 r',
  'se.stages': '步骤',
  'se.stage.input': '1 · 特征图',
  'se.stage.squeeze': '2 · 挤压：对每个通道求平均',
  'se.stage.excite': '3 · 激励：全连接 → ReLU → 全连接 → sigmoid',
  'se.stage.scale': '4 · 缩放：每个通道乘以自己的权重',
  'se.output': '通道 {c} × {w}',
  'se.outputWait': '通道 {c} × ?（权重在第 3 步得出）',
  'se.outputNext': '通道 {c} × {w}（第 4 步相乘）',
  'se.head.squeeze': '挤压（平均值）',
  'se.head.relu': '全连接 → ReLU',
  'se.head.sigmoid': '全连接 → sigmoid',
  'se.chartLabel': '挤压 → 全连接 → ReLU → 全连接 → sigmoid',
  'se.mean': '平均值',
  'se.weight': '权重',
  'se.exciteTitle': '激励：{C} 个平均值 → {h} 个隐藏单元 → {C} 个权重',
  'se.explain': '通道 {c}：它的平均值 {m} 与其他通道的平均值一起经过两个全连接层；sigmoid 给出权重 {w}，通道 {c} 的每个单元都乘以 {w}。',
  'se.share': '同样宽度的 3×3 卷积有 {conv} 个参数；SE 模块只增加其中的 {pct}%。',
  'se.drawn': '绘出第 0–{last} 个通道（共 {C} 个）；全部 {C} 个都计入。',
  'se.more': '另有 {n} 个',
  'se.spread': '全部 {C} 个权重：最小 {min}，平均 {mean}，最大 {max}。',
  'se.both': '按 PyTorch 的计法：bias=False 时 {weights} 个权重，bias=True 时共 {all} 个。',
  'se.codeWeights': '每个都在 (0, 1) 之间',
  'se.codeSameShape': '形状与 x 相同',
};

/** Both catalogues of the scene. */
export const messages = { en, zh };

declare module '../../i18n/sceneKeys.ts' {
  /** This scene's keys, typed everywhere `MessageKey` is. */
  interface SceneKeys extends Record<keyof typeof en, true> {}
}

/**
 * The conv2d scene's messages in English and Simplified Chinese, loaded with its view (the registry adds
 * them to the catalogues when the scene opens). `{name}` marks a value filled in at run time.
 */
const en = {
  'p.kernel': 'Kernel preset',
  'padding.number': 'number',
  'padding.same': "'same'",
  'padding.valid': "'valid'",
  'preset.random': 'Random',
  'preset.identity': 'Identity',
  'preset.box': 'Box blur',
  'preset.sharpen': 'Sharpen',
  'preset.sobelX': 'Sobel x (vertical edges)',
  'preset.sobelY': 'Sobel y (horizontal edges)',
  'preset.laplacian': 'Laplacian',
  presetUnavailable: 'The “{preset}” kernel exists only as 3×3 (identity: odd sizes); the kernel keeps its random values.',
  resetEdits: 'Undo my edits',
  'dil.title': 'Dilation: the same window, fewer weights',
  'dil.dilated': '{k} kernel, dilation {d}',
  'dil.dense': '{k} kernel, no dilation',
  'dil.weights': '{n} weights per channel pair, {window} window',
  'dil.output': 'output {size}',
  'dil.showDilated': 'Show {k}, dilation {d}',
  'dil.showDense': 'Show the dense {k}',
  undoLink: 'Undo this convolution (transposed)',
  'panel.macsPerCell.one': '{cells} output cell × {terms} multiplies each',
  'panel.macsPerCell.other': '{cells} output cells × {terms} multiplies each',
  'panel.outAxis.H': 'H_out',
  'panel.outAxis.W': 'W_out',
  'def.stride': 'Cells the kernel moves per step.',
  'def.padding': 'Zeros added around the border.',
  'def.dilation': 'Spacing between the kernel’s taps.',
  'sheet.close': 'Close',
  'sheet.label': 'Explanation of the pinned cell',
  'dil.denseTooLarge': 'The dense {k} kernel is larger than this scene draws (at most {max}); the comparison above still holds.',
} as const;

/** 简体中文. Typed by the English keys, so a missing one fails the type check. */
const zh: Record<keyof typeof en, string> = {
  'p.kernel': '卷积核预设',
  'padding.number': '数值',
  'padding.same': "'same'",
  'padding.valid': "'valid'",
  'preset.random': '随机',
  'preset.identity': '恒等',
  'preset.box': '均值模糊',
  'preset.sharpen': '锐化',
  'preset.sobelX': 'Sobel x（竖直边缘）',
  'preset.sobelY': 'Sobel y（水平边缘）',
  'preset.laplacian': '拉普拉斯',
  presetUnavailable: '“{preset}”卷积核只有 3×3 版本（恒等核需奇数尺寸）；卷积核保留随机数值。',
  resetEdits: '撤销我的修改',
  'dil.title': '空洞卷积：窗口相同，权重更少',
  'dil.dilated': '{k} 卷积核，空洞 {d}',
  'dil.dense': '{k} 卷积核，无空洞',
  'dil.weights': '每对通道 {n} 个权重，窗口 {window}',
  'dil.output': '输出 {size}',
  'dil.showDilated': '显示 {k}、空洞 {d}',
  'dil.showDense': '显示稠密的 {k}',
  undoLink: '撤销这次卷积（转置卷积）',
  'panel.macsPerCell.one': '{cells} 个输出单元 × 每个 {terms} 次乘法',
  'panel.macsPerCell.other': '{cells} 个输出单元 × 每个 {terms} 次乘法',
  'panel.outAxis.H': '输出高度',
  'panel.outAxis.W': '输出宽度',
  'def.stride': '卷积核每步移动的单元数。',
  'def.padding': '在输入边缘四周补的零。',
  'def.dilation': '卷积核各抽头之间的间距。',
  'sheet.close': '关闭',
  'sheet.label': '固定单元的计算说明',
  'dil.denseTooLarge': '等效的稠密 {k} 卷积核超出了本场景能绘制的大小（最大 {max}）；上面的比较依然成立。',
};

/** Both catalogues of the scene. */
export const messages = { en, zh };

declare module '../../i18n/sceneKeys.ts' {
  /** This scene's keys, typed everywhere `MessageKey` is. */
  interface SceneKeys extends Record<keyof typeof en, true> {}
}

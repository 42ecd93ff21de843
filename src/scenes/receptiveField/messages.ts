/**
 * The receptive-field scene's messages in English and Simplified Chinese, loaded with its view (the registry adds
 * them to the catalogues when the scene opens). `{name}` marks a value filled in at run time.
 */
const en = {
  'rf.preset.twoThree': 'Two 3×3 = one 5×5',
  'rf.preset.threeThree': 'Three 3×3 = one 7×7',
  'rf.preset.dilated': 'Dilations 1, 2, 4 → 15',
  'rf.preset.strided': '(7,2) (3,2) (3,1) (3,1) → 27',
  'rf.preset.pooled': 'Conv, 2×2 pool, conv',
  'rf.layers': 'Layers',
  'rf.layer': 'Layer {n}',
  'rf.kind': 'Type',
  'rf.conv': 'conv',
  'rf.pool': 'pool',
  'rf.remove': 'Remove layer {n}',
  'rf.add': 'Add a layer',
  'rf.input': 'Input',
  'rf.layerCaption': 'layer {n}: {kind} {k}×{k}',
  'rf.focusTitle': '{layer}, cell [{y}, {x}]',
  'rf.sees': 'It sees {cells} input cells (receptive field {r}, less where the border cuts it off). The darker a cell, the more paths lead from it: centre cells matter more.',
  'rf.hint': 'Hover or click a cell of any layer to light its receptive field in every layer below.',
  'rf.tableTitle': 'Receptive field per layer',
  'rf.layerHead': 'Layer',
  'rf.sizeHead': 'Output',
  'rf.formula': 'r = r₍ₗ₋₁₎ + (k − 1)·d·S₍ₗ₋₁₎; S = ∏ strides below; P = P₍ₗ₋₁₎ + p·S₍ₗ₋₁₎.',
  'rf.weightsTitle': 'Weights per channel pair',
  'rf.fieldsLegend': 'Each layer: k = kernel_size (the window’s width), s = stride (how far the window moves), p = padding (zeros added on each side), d = dilation (the spacing of the kernel’s taps).',
  'rf.layerSpec': '{kind} k{k} s{s} p{p} d{d}',
  'rf.head.size': 'Output size of the layer (height × width)',
  'rf.head.r': 'receptive field: how many input cells (per side) one cell of this layer sees',
  'rf.head.S': 'effective stride: how many input cells apart two neighbouring cells of this layer look',
  'rf.head.P': 'effective padding: how many input cells the first window starts before the input’s edge',
  'rf.legend': 'r = receptive field (input cells one cell sees, per side); S = effective stride (input cells between neighbouring cells’ windows); P = effective padding (input cells the first window starts outside the input).',
  'rf.weights': 'This stack of convolutions: {stack}. One convolution that sees the same {r} field at once: {single}. Stacking small kernels sees as far with fewer weights, and puts a non-linearity between layers.',
  'rf.codeField': 'receptive field {r}',
} as const;

/** 简体中文. Typed by the English keys, so a missing one fails the type check. */
const zh: Record<keyof typeof en, string> = {
  'rf.preset.twoThree': '两个 3×3 = 一个 5×5',
  'rf.preset.threeThree': '三个 3×3 = 一个 7×7',
  'rf.preset.dilated': '空洞 1、2、4 → 15',
  'rf.preset.strided': '(7,2) (3,2) (3,1) (3,1) → 感受野 27',
  'rf.preset.pooled': '卷积、2×2 池化、卷积',
  'rf.layers': '网络层',
  'rf.layer': '第 {n} 层',
  'rf.kind': '类型',
  'rf.conv': '卷积',
  'rf.pool': '池化',
  'rf.remove': '删除第 {n} 层',
  'rf.add': '添加一层',
  'rf.input': '输入',
  'rf.layerCaption': '第 {n} 层：{kind} {k}×{k}',
  'rf.focusTitle': '{layer}，单元 [{y}, {x}]',
  'rf.sees': '它能看到 {cells} 个输入单元（感受野 {r}，被边界截断处更少）。颜色越深，从该单元出发的路径越多：中心单元更重要。',
  'rf.hint': '把鼠标移到任意一层的单元上或点击它，下面每一层都会亮出它的感受野。',
  'rf.tableTitle': '各层的感受野',
  'rf.layerHead': '层',
  'rf.sizeHead': '输出',
  'rf.formula': 'r = r₍ₗ₋₁₎ + (k − 1)·d·S₍ₗ₋₁₎；S = 下方各层步幅之积；P = P₍ₗ₋₁₎ + p·S₍ₗ₋₁₎。',
  'rf.weightsTitle': '每对通道的权重数',
  'rf.fieldsLegend': '每层的字段：k = kernel_size（卷积核大小：窗口的宽度），s = stride（步幅：窗口每次移动的格数），p = padding（填充：每边填充的零的圈数），d = dilation（空洞：卷积核各点之间的间隔）。',
  'rf.layerSpec': '{kind} k{k} s{s} p{p} d{d}',
  'rf.head.size': '该层的输出尺寸（高 × 宽）',
  'rf.head.r': '感受野：该层一个单元能看到多少个输入单元（每边）',
  'rf.head.S': '等效步幅：该层相邻两个单元所看的窗口在输入上相隔几个单元',
  'rf.head.P': '等效填充：第一个窗口从输入边缘之外多少个单元开始',
  'rf.legend': 'r = 感受野（一个单元看到的输入单元数，每边）；S = 等效步幅（相邻单元的窗口在输入上相隔的单元数）；P = 等效填充（第一个窗口超出输入边缘的单元数）。',
  'rf.weights': '这组卷积层：{stack}。一次就看到同样 {r} 范围的单个卷积：{single}。堆叠小卷积核用更少的权重看得一样远，而且层与层之间还多了非线性。',
  'rf.codeField': '感受野 {r}',
};

/** Both catalogues of the scene. */
export const messages = { en, zh };

declare module '../../i18n/sceneKeys.ts' {
  /** This scene's keys, typed everywhere `MessageKey` is. */
  interface SceneKeys extends Record<keyof typeof en, true> {}
}

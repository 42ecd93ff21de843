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
  'rf.weights': 'This stack of convolutions: {stack}. One convolution that sees the same {r} field at once: {single}. Stacking small kernels sees as far with fewer weights, and puts a non-linearity between layers.',
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
  'rf.weights': '这组卷积层：{stack}。一次就看到同样 {r} 范围的单个卷积：{single}。堆叠小卷积核用更少的权重看得一样远，而且层与层之间还多了非线性。',
};

/** Both catalogues of the scene. */
export const messages = { en, zh };

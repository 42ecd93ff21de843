/**
 * The group-shuffle scene's messages in English and Simplified Chinese, loaded with its view (the registry adds
 * them to the catalogues when the scene opens). `{name}` marks a value filled in at run time.
 */
const en = {
  'gs.slider': 'Groups: standard … depthwise',
  'gs.shuffle': 'Channel shuffle between the two convolutions',
  'gs.matrix': 'Which input channels each filter reads (groups={g})',
  'gs.matrixLabel': 'connection matrix, {I} input channels × {O} output channels, {g} groups',
  'gs.matrixNote': 'Rows: input channels; columns: output channels (filters). Each coloured block is one group: an independent convolution.',
  'gs.flowShuffle': 'Two group convolutions with a shuffle: every output hears every group',
  'gs.flowClosed': 'Two group convolutions without a shuffle: information never crosses groups',
  'gs.col.input': 'input',
  'gs.col.conv1': 'conv 1',
  'gs.col.shuffled': 'shuffle',
  'gs.col.conv2': 'conv 2',
  'gs.tilesTitle': 'Channel shuffle, g={g}, C={C}',
  'gs.phase.row': '1 · channels in order',
  'gs.phase.reshape': '2 · reshape to {g} × {per}',
  'gs.phase.transpose': '3 · transpose to {per} × {g}',
  'gs.phase.flatten': '4 · flatten: the new order',
  'gs.orderNow': 'channel shuffle: new order {order}',
  'gs.order': 'New order: {order}',
  'gs.compare': 'The same two convolutions with groups=1 need {standard}: groups divide the weights by {ratio}.',
  'gs.reachTitle': 'Who talks to whom',
  'gs.reachHint': 'Point at an output channel of conv 2 to trace its paths back to the input.',
  'gs.reach': 'Output channel {o} of conv 2 hears input group(s) {groups}: {n} of {g}.',
  'gs.reachGroup': 'Output channels {from}–{to} of conv 2 (group {G}) hear input group(s) {groups}: {n} of {g}.',
  'gs.total': 'both convolutions:',
  'gs.both': 'As PyTorch counts the two nn.Conv2d: {weights} with bias=False, {weights} + 2 × {O} = {all} with bias=True.',
  'gs.drawn': 'Drawn by group: groups 0–{last} of {g} (input channels 0–{lastIn} of {I}, output channels 0–{lastOut} of {O}){rest}; all channels counted.',
  'gs.drawnRest': '; the other {n} groups as one row “…”',
  'gs.matrixGroups': 'connection matrix by group, {I} input × {O} output channels, {g} groups, {d} drawn',
  'gs.matrixNoteGroups': 'Rows: groups of input channels; columns: groups of output channels. Each coloured block is one group ({inPer} × {outPer} connections): an independent convolution.',
  'gs.tilesDrawn': 'Tiles: the first {m} channels of groups 0–{last} ({n} of {C}); the full order is position k ← channel (k mod {g})·{per} + ⌊k/{g}⌋.',
  'gs.orderStart': 'New order begins {order}, … ({C} channels in all)',
} as const;

/** 简体中文. Typed by the English keys, so a missing one fails the type check. */
const zh: Record<keyof typeof en, string> = {
  'gs.slider': '分组数：标准 … 逐通道',
  'gs.shuffle': '在两个卷积之间做通道重排',
  'gs.matrix': '每个卷积核读取哪些输入通道（groups={g}）',
  'gs.matrixLabel': '连接矩阵，{I} 个输入通道 × {O} 个输出通道，{g} 组',
  'gs.matrixNote': '行：输入通道；列：输出通道（卷积核）。每个彩色方块是一组：一个独立的卷积。',
  'gs.flowShuffle': '两个分组卷积之间有通道重排：每个输出都能收到所有组的信息',
  'gs.flowClosed': '两个分组卷积之间没有重排：信息永远不会跨组流动',
  'gs.col.input': '输入',
  'gs.col.conv1': '卷积 1',
  'gs.col.shuffled': '重排',
  'gs.col.conv2': '卷积 2',
  'gs.tilesTitle': '通道重排，g={g}，C={C}',
  'gs.phase.row': '1 · 按顺序排列的通道',
  'gs.phase.reshape': '2 · 变形为 {g} × {per}',
  'gs.phase.transpose': '3 · 转置为 {per} × {g}',
  'gs.phase.flatten': '4 · 展平：新的顺序',
  'gs.orderNow': '通道重排：新顺序 {order}',
  'gs.order': '新顺序：{order}',
  'gs.compare': '同样的两个卷积取 groups=1 时需要 {standard} 个：分组使权重数除以 {ratio}。',
  'gs.reachTitle': '谁和谁相连',
  'gs.reachHint': '指向卷积 2 的某个输出通道，可以沿路径一直追溯到输入。',
  'gs.reach': '卷积 2 的输出通道 {o} 能收到输入第 {groups} 组的信息：共 {g} 组中的 {n} 组。',
  'gs.reachGroup': '卷积 2 的输出通道 {from}–{to}（第 {G} 组）能收到输入第 {groups} 组的信息：共 {g} 组中的 {n} 组。',
  'gs.total': '两个卷积合计：',
  'gs.both': '按 PyTorch 计算这两个 nn.Conv2d：bias=False 时 {weights} 个，bias=True 时 {weights} + 2 × {O} = {all} 个。',
  'gs.drawn': '按组绘出：第 0–{last} 组（共 {g} 组；输入通道 0–{lastIn}，共 {I} 个；输出通道 0–{lastOut}，共 {O} 个）{rest}；所有通道都计入。',
  'gs.drawnRest': '；其余 {n} 组合并为一行“…”',
  'gs.matrixGroups': '按组的连接矩阵：{I} 个输入通道 × {O} 个输出通道，{g} 组，绘出 {d} 组',
  'gs.matrixNoteGroups': '行：输入通道的组；列：输出通道的组。每个彩色块是一组（{inPer} × {outPer} 个连接）：一个独立的卷积。',
  'gs.tilesDrawn': '方块：第 0–{last} 组各取前 {m} 个通道（{C} 个中的 {n} 个）；完整顺序为：位置 k ← 通道 (k mod {g})·{per} + ⌊k/{g}⌋。',
  'gs.orderStart': '新顺序开头：{order}, …（共 {C} 个通道）',
};

/** Both catalogues of the scene. */
export const messages = { en, zh };

declare module '../../i18n/sceneKeys.ts' {
  /** This scene's keys, typed everywhere `MessageKey` is. */
  interface SceneKeys extends Record<keyof typeof en, true> {}
}

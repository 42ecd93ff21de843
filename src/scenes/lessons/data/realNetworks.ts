import type { Lesson } from '../types.ts';

/** CONCEPTS §12–§13: a tiny trained network end to end (digits), then real torchvision networks (networks). */
export const lesson: Lesson = {
  id: 'real-networks',
  title: { en: 'From a tiny network to real ones', zh: '从小网络到真实网络' },
  summary: {
    en: 'A trained digit reader of 1,418 parameters, layer by layer; then AlexNet, ResNet-50 and MobileNetV2 as torchvision builds them: where their parameters and MACs are.',
    zh: '一个只有 1,418 个参数、训练好的手写数字网络，逐层来看；然后是 torchvision 定义的 AlexNet、ResNet-50 和 MobileNetV2：它们的参数和乘加次数集中在哪里。',
  },
  steps: [
    {
      link: '#/digits',
      title: { en: 'A tiny trained network', zh: '一个训练好的小网络' },
      narration: {
        en: 'This network reads an 8×8 digit: conv1 (3×3, 1 → 8) → ReLU → 2×2 max pool → conv2 (3×3, 8 → 16) → ReLU → conv3 (1×1, 16 → 10). Each convolution has a weight and a bias; ReLU and pooling have no parameters.',
        zh: '这个网络读入一张 8×8 的数字图：conv1（3×3，1 → 8）→ ReLU → 2×2 最大池化 → conv2（3×3，8 → 16）→ ReLU → conv3（1×1，16 → 10）。每个卷积都有 weight 和 bias；ReLU 和池化没有参数。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'How many parameters does the whole network have?', zh: '整个网络一共有多少个参数？' },
        answer: 1418,
        explain: {
          en: 'conv1 1·8·3·3 + 8 = 80, conv2 8·16·3·3 + 16 = 1,168, conv3 16·10 + 10 = 170: 1,418 in all, and 25,600 multiply-accumulates per digit.',
          zh: 'conv1 1·8·3·3 + 8 = 80，conv2 8·16·3·3 + 16 = 1,168，conv3 16·10 + 10 = 170：共 1,418 个，每个数字需要 25,600 次乘加。',
        },
      },
    },
    {
      link: '#/digits?sample=3',
      title: { en: 'Class maps and GAP', zh: '类别图与全局平均池化' },
      narration: {
        en: 'The last layer gives 10 maps of 4×4, one per digit: class confidence maps. Global average pooling turns each map into one score (its mean), and softmax turns the 10 scores into probabilities.',
        zh: '最后一层输出 10 张 4×4 的特征图，每个数字一张：类别置信图。全局平均池化把每张图变成一个分数（它的平均值），softmax 再把这 10 个分数变成概率。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'Which layer turns the feature maps into the class maps?', zh: '哪一层把特征图变成类别图？' },
        choices: [
          { en: 'conv2 (3×3, 8 → 16)', zh: 'conv2（3×3 卷积，8 → 16）' },
          { en: 'conv3 (1×1, 16 → 10)', zh: 'conv3（1×1 卷积，16 → 10）' },
          { en: 'the 2×2 max pool', zh: '2×2 最大池化' },
          { en: 'a Linear (FC) layer', zh: '一个 Linear（全连接）层' },
        ],
        answer: 1,
        explain: {
          en: 'conv3 is a 1×1 convolution with 10 output channels, one map per class; GAP then averages each map to that class’s score. Like Network in Network, it needs no FC head.',
          zh: 'conv3 是输出 10 个通道的 1×1 卷积，每个类别一张图；随后全局平均池化把每张图平均成该类别的分数。与 Network in Network 一样，它不需要全连接头。',
        },
      },
    },
    {
      link: '#/digits?sample=30',
      title: { en: 'When the network is wrong', zh: '网络也会出错' },
      narration: {
        en: 'Test image 30 is labelled 5, but it is not a clear 5. The bars under the class maps show each class’s GAP score and probability; the class activation map shows where the winning class map is high.',
        zh: '第 30 张测试图像的标签是 5，但它写得并不像 5。类别图下方的条形显示每个类别的全局平均池化分数和概率；类激活图显示胜出类别的置信图在哪里数值高。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'Which digit does the network say it is?', zh: '网络认为它是哪个数字？' },
        answer: 9,
        explain: {
          en: '9, with 62.6 %. The network reads 438 of its 450 held-out test images right (97.3 %); this is one of the 12 it gets wrong.',
          zh: '9，概率 62.6%。在 450 张留出的测试图像中，网络认对了 438 张（97.3%）；这是它认错的 12 张之一。',
        },
      },
    },
    {
      link: '#/networks?model=alexnet',
      title: { en: 'AlexNet: the parameters are in the FC layers', zh: 'AlexNet：参数集中在全连接层' },
      narration: {
        en: 'torchvision’s AlexNet layer by layer, for one 3×224×224 image: five convolutions, then three Linear layers. The table adds up to 61,100,840 parameters and 714,188,480 MACs.',
        zh: '按 torchvision 的定义逐层查看 AlexNet，输入一张 3×224×224 的图像：先是五个卷积层，然后是三个 Linear 层。表格合计 61,100,840 个参数、714,188,480 次乘加。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'What share of the parameters is in the FC (Linear) layers, in percent, to the nearest whole number?', zh: '全连接（Linear）层占全部参数的百分之几（四舍五入到整数）？' },
        answer: 96,
        explain: {
          en: '96.0 %: classifier.1 alone (9216 → 4096) holds 37,752,832. The convolutions hold 4.0 % of the parameters but do 91.8 % of the MACs.',
          zh: '96.0%：仅 classifier.1（9216 → 4096）就有 37,752,832 个。卷积层只占参数的 4.0%，却完成了 91.8% 的乘加。',
        },
      },
    },
    {
      link: '#/networks?model=alexnet&size=63',
      title: { en: 'The smallest input AlexNet takes', zh: 'AlexNet 能接受的最小输入' },
      narration: {
        en: 'The input size field sets the image’s H×W. AlexNet’s three max pools (kernel_size=3, stride=2) each need a map of at least 3×3; below some input size the last one, features.12, gets a smaller map and the network fails. AdaptiveAvgPool2d(6) then hands the FC head a 6×6 map whatever the input.',
        zh: '“输入尺寸”一栏设定图像的高和宽。AlexNet 的三个最大池化层（kernel_size=3，stride=2）都需要至少 3×3 的特征图；输入小于某个尺寸时，最后一个池化层 features.12 拿到的图更小，网络就无法运行。之后 AdaptiveAvgPool2d(6) 无论输入多大，都交给全连接头一张 6×6 的图。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'What is the smallest square input (H = W) that AlexNet takes?', zh: 'AlexNet 能接受的最小正方形输入（H = W）是多少？' },
        answer: 63,
        explain: {
          en: '63: conv1 gives 15×15, and the pools 7×7, 3×3 and 1×1. At 62×62 features.12 would get a 2×2 map, smaller than its 3×3 window. The parameters stay 61,100,840; the MACs drop to 98,144,960, and the FC layers now do 59.7 % of them.',
          zh: '63：conv1 输出 15×15，三个池化层依次输出 7×7、3×3 和 1×1。输入为 62×62 时，features.12 拿到的是 2×2 的图，比它的 3×3 窗口还小。参数仍是 61,100,840 个，乘加次数降到 98,144,960 次，其中全连接层现在占 59.7%。',
        },
      },
    },
    {
      link: '#/networks?model=resnet50',
      title: { en: 'ResNet-50: billions of MACs', zh: 'ResNet-50：数十亿次乘加' },
      narration: {
        en: 'ResNet-50 stacks 16 Bottleneck blocks (1×1 → 3×3 → 1×1, with a skip path) and ends with global average pooling and one FC layer 2048 → 1000. Unfold a block in the table to see its rows.',
        zh: 'ResNet-50 堆叠了 16 个 Bottleneck 块（1×1 → 3×3 → 1×1，外加一条跳跃连接），最后是全局平均池化和一个 2048 → 1000 的全连接层。在表格中展开一个块，就能看到它的各行。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'How many MACs does it do for one 224×224 image?', zh: '处理一张 224×224 的图像，它要做多少次乘加？' },
        choices: [
          { en: 'about 0.41 billion', zh: '约 4.1 亿次' },
          { en: 'about 4.09 billion', zh: '约 40.9 亿次' },
          { en: 'about 40.9 billion', zh: '约 409 亿次' },
        ],
        answer: 1,
        explain: {
          en: '4,089,184,256 MACs (8.18 GFLOPs) with 25,557,032 parameters. AlexNet does 714,188,480 MACs with 61,100,840 parameters: fewer parameters do not mean less compute.',
          zh: '4,089,184,256 次乘加（8.18 GFLOPs），参数 25,557,032 个。AlexNet 用 61,100,840 个参数做 714,188,480 次乘加：参数少并不意味着计算量小。',
        },
      },
    },
    {
      link: '#/networks?model=mobilenet_v2',
      title: { en: 'MobileNetV2: the 1×1 convolutions do the work', zh: 'MobileNetV2：计算主要在 1×1 卷积' },
      narration: {
        en: 'Each inverted residual of MobileNetV2 is a 1×1 expansion, a 3×3 depthwise convolution and a 1×1 projection. The network has 3,504,872 parameters and does 300,774,272 MACs, less than half of AlexNet’s.',
        zh: 'MobileNetV2 的每个倒残差块由 1×1 扩展、3×3 逐通道（depthwise）卷积和 1×1 投影组成。整个网络有 3,504,872 个参数，做 300,774,272 次乘加，不到 AlexNet 的一半。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'What share of its MACs is in the 1×1 convolutions, in percent, to the nearest whole number?', zh: '1×1 卷积占它全部乘加的百分之几（四舍五入到整数）？' },
        answer: 89,
        explain: {
          en: '89.1 %: the depthwise 3×3 convolutions do only 6.9 %. Once the 3×3 is depthwise, the 1×1 convolutions that mix the channels carry most of the cost, and 60.6 % of the parameters.',
          zh: '89.1%：3×3 逐通道卷积只占 6.9%。3×3 卷积改成逐通道之后，负责混合通道的 1×1 卷积承担了大部分计算，也占了 60.6% 的参数。',
        },
      },
    },
  ],
};

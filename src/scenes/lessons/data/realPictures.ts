import type { Lesson } from '../types.ts';

/** CONCEPTS §1 and §4 on real photographs (the image lab): blur, edges, stride, separable kernels, RGB input. */
export const lesson: Lesson = {
  id: 'real-pictures',
  title: { en: 'Filters on real pictures', zh: '真实图片上的滤波器' },
  summary: {
    en: 'The same 3×3 kernels on photographs: blur, edge detectors, stride on a real size, rank-1 kernels, three colour channels.',
    zh: '把同样的 3×3 卷积核用在照片上：模糊、边缘检测、真实尺寸下的步幅、秩为 1 的卷积核、三个颜色通道。',
  },
  steps: [
    {
      link: '#/image-lab?filters=blur',
      title: { en: 'Blur: a weighted average', zh: '模糊：加权平均' },
      narration: {
        en: 'Each output pixel of the blur is a weighted average of the 3×3 pixels around it: the centre counts 4/16, its four neighbours 2/16 each, the corners 1/16. Fine detail and noise soften.',
        zh: '模糊滤波器的每个输出像素，是它周围 3×3 个像素的加权平均：中心占 4/16，上下左右四个邻居各占 2/16，四个角各占 1/16。细节和噪点因此变得柔和。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'What do the 9 weights of the blur kernel add up to?', zh: '模糊卷积核的 9 个权重加起来是多少？' },
        answer: 1,
        explain: {
          en: '(1 + 2 + 1) · (1 + 2 + 1) / 16 = 16/16 = 1: a flat patch comes out unchanged, so the picture keeps its brightness.',
          zh: '(1 + 2 + 1) · (1 + 2 + 1) / 16 = 16/16 = 1：平坦的区域经过它保持不变，所以图片的亮度不变。',
        },
      },
    },
    {
      link: '#/image-lab?filters=sobelX,sobelY,edge',
      title: { en: 'Edge detectors', zh: '边缘检测器' },
      narration: {
        en: 'Sobel-x weighs the left column +1, +2, +1 and the right column −1, −2, −1: it responds where the brightness changes from left to right, so vertical edges stand out. Sobel-y does the same from top to bottom, and the edge kernel (8 in the centre, −1 around it) in every direction.',
        zh: 'Sobel-x 的左列权重是 +1、+2、+1，右列是 −1、−2、−1：亮度从左到右发生变化的地方它才有响应，所以竖直的边缘会凸显出来。Sobel-y 检测从上到下的变化，边缘卷积核（中心为 8，周围为 −1）则检测各个方向的变化。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'In a flat region every pixel is 100. What does Sobel-x give there?', zh: '在一片平坦的区域里，每个像素都是 100。Sobel-x 在那里输出多少？' },
        answer: 0,
        explain: {
          en: 'Its weights add up to 0 (1 + 2 + 1 − 1 − 2 − 1), so 100 · 0 = 0: where nothing changes it gives 0, and only edges give large values.',
          zh: '它的权重之和为 0（1 + 2 + 1 − 1 − 2 − 1），所以 100 · 0 = 0：没有变化的地方输出 0，只有边缘处才有大的数值。',
        },
      },
    },
    {
      link: '#/image-lab?picture=chelsea&filters=sobelX&stride=2',
      title: { en: 'Stride on a real picture', zh: '真实图片上的步幅' },
      narration: {
        en: 'The picture of Chelsea the cat is 300×451 pixels (height × width). With stride=2 the 3×3 window jumps two pixels at a time in both directions; padding=1 adds a ring of zeros around the picture.',
        zh: '小猫切尔西这张图是 300×451 像素（高 × 宽）。stride=2 时，3×3 窗口在两个方向上每次都跳两个像素；padding=1 在图片四周补一圈零。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'What is the width of the output map?', zh: '输出特征图的宽度是多少？' },
        answer: 226,
        explain: {
          en: 'floor((451 + 2·1 − 3) / 2) + 1 = 226. The height is floor((300 + 2·1 − 3) / 2) + 1 = 150, so the map is 150×226: about a quarter of the pixels.',
          zh: 'floor((451 + 2·1 − 3) / 2) + 1 = 226。高度是 floor((300 + 2·1 − 3) / 2) + 1 = 150，所以输出是 150×226，约为原来像素数的四分之一。',
        },
      },
    },
    {
      link: '#/image-lab?filters=sobelX,blur,emboss',
      title: { en: 'Separable kernels', zh: '可分离的卷积核' },
      narration: {
        en: 'A rank-1 kernel is a column times a row: Sobel-x = [1, 2, 1]ᵀ × [1, 0, −1]. A 3×1 pass followed by a 1×3 pass then gives exactly the 2-D result with 6 weights instead of 9. The panel “Spatially separable?” checks each filter and measures the difference on the picture.',
        zh: '秩为 1 的卷积核等于一列乘一行：Sobel-x = [1, 2, 1]ᵀ × [1, 0, −1]。于是先做一次 3×1 卷积、再做一次 1×3 卷积，就能用 6 个权重而不是 9 个，得到与二维卷积完全相同的结果。“可以空间分离吗？”面板会逐个检查滤波器，并在图片上测出两者的差值。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'Which of the three filters cannot be split into a column × a row?', zh: '这三个滤波器中，哪一个不能拆成一列乘一行？' },
        choices: [
          { en: 'Sobel-x', zh: 'Sobel-x 算子' },
          { en: 'blur (Gaussian)', zh: '模糊（高斯）' },
          { en: 'emboss', zh: '浮雕' },
        ],
        answer: 2,
        explain: {
          en: 'Emboss [−2, −1, 0; −1, 1, 1; 0, 1, 2]: its rows are not multiples of one row, so it needs all 9 weights. The blur is [1, 2, 1]ᵀ × [1, 2, 1] / 16.',
          zh: '浮雕 [−2, −1, 0; −1, 1, 1; 0, 1, 2] 的各行不是同一行的倍数，所以需要全部 9 个权重。模糊则是 [1, 2, 1]ᵀ × [1, 2, 1] / 16。',
        },
      },
    },
    {
      link: '#/image-lab?picture=coffee&color=rgb&filters=sobelX',
      title: { en: 'Colour: three input channels', zh: '彩色：三个输入通道' },
      narration: {
        en: 'With color=rgb the picture comes in as 3 channels (red, green, blue): in_channels=3. A filter spans all three, with the Sobel-x kernel on each channel, and the three per-channel sums add up to one output map.',
        zh: 'color=rgb 时，图片以 3 个通道（红、绿、蓝）输入：in_channels=3。一个滤波器覆盖全部三个通道，每个通道上都是 Sobel-x 卷积核，三个通道各自的求和再相加，得到一张输出特征图。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'How many weights does this one filter have?', zh: '这一个滤波器有多少个权重？' },
        answer: 27,
        explain: {
          en: 'Its weight has the shape [1, 3, 3, 3] (out_channels, in_channels, kH, kW): 1·3·3·3 = 27, and the lab adds no bias. The output is still a single map.',
          zh: '它的 weight 形状是 [1, 3, 3, 3]（out_channels、in_channels、kH、kW）：1·3·3·3 = 27，图像实验室不加偏置。输出仍然只有一张特征图。',
        },
      },
    },
  ],
};

import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { applyHash } from '../../src/store/urlSync.ts';
import gsStyles from '../../src/scenes/groupShuffle/view/GroupShuffle.module.css';
import seStyles from '../../src/scenes/squeezeExcite/view/SqueezeExciteScene.module.css';
import chartStyles from '../../src/scenes/squeezeExcite/view/ExcitationChart.module.css';

const codeText = () => document.querySelector('pre')?.textContent ?? '';

describe('channel scenes at real widths: a subset drawn, every channel counted', () => {
  it('squeeze-excite C=256, r=16 (SENet): 8,464 parameters with biases, 8,192 without; channels 0–7 drawn and said so', async () => {
    act(() => applyHash('#/squeeze-excite?channels=256&reduction=16'));
    render(<App />);
    expect(await screen.findByTestId('se-param-count')).toHaveTextContent('2 × 256 × 16 + 16 + 256 = 8,464');
    expect(screen.getByTestId('se-param-both')).toHaveTextContent('8,192 weights with bias=False, 8,464 with bias=True');
    expect(screen.getByTestId('se-drawn')).toHaveTextContent('Channels 0–7 of 256 drawn; all 256 counted.');
    expect(document.querySelectorAll(`.${seStyles.channel}`)).toHaveLength(8);
    expect(screen.getByRole('heading', { name: 'Excitation: 256 means → 16 hidden → 256 weights' })).toBeInTheDocument();
    expect(codeText()).toContain('def __init__(self, channels=256, reduction=16):');
    await userEvent.click(screen.getByLabelText('Bias · bias'));
    expect(screen.getByTestId('se-param-count')).toHaveTextContent('2 × 256 × 16 = 8,192');
  });

  it('squeeze-excite at step 1: the chart frame (heads, axes, channel labels, "+ 248 more") is drawn, the bars are not yet', async () => {
    act(() => applyHash('#/squeeze-excite?channels=256&reduction=16&step=1'));
    render(<App />);
    const chart = await screen.findByRole('img', { name: 'squeeze → FC → ReLU → FC → sigmoid' });
    const texts = [...chart.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['squeeze (means)', 'FC → ReLU', 'FC → sigmoid', '0', '1', '7', '+ 248 more']));
    expect(chart.querySelectorAll(`.${chartStyles.chartAxis} line`)).toHaveLength(6);
    // 8 squeeze bars, 8 hidden bars, 8 weight bars with their frames: never 256.
    expect(chart.querySelectorAll('rect')).toHaveLength(8 + 8 + 16);
    expect([...chart.querySelectorAll(`rect.${chartStyles.hiddenBar}`)].every((r) => r.getAttribute('opacity') === '0')).toBe(true);
  });

  it('squeeze-excite in Chinese: the note on what is drawn and the two counts', async () => {
    act(() => applyHash('#/squeeze-excite?channels=2048&reduction=16&lang=zh'));
    render(<App />);
    expect(await screen.findByTestId('se-drawn')).toHaveTextContent('绘出第 0–7 个通道（共 2,048 个）；全部 2,048 个都计入。');
    expect(screen.getByTestId('se-param-both')).toHaveTextContent('bias=False 时 524,288 个权重，bias=True 时共 526,464 个。');
  });

  it('group-shuffle 64 → 64, groups=4, k=3: 9,216 weights per conv, 18,560 for both with bias; drawn by group; pointing at a group traces it', async () => {
    act(() => applyHash('#/group-shuffle?in_channels=64&out_channels=64&groups=4&kernel_size=3'));
    render(<App />);
    expect(await screen.findByTestId('gs-weights')).toHaveTextContent('(64/4)·64·3·3 = 9,216');
    expect(screen.getByTestId('gs-weights-2')).toHaveTextContent('(64/4)·64·3·3 = 9,216');
    expect(screen.getByTestId('gs-total')).toHaveTextContent('9,216 + 9,216 = 18,432');
    expect(screen.getByTestId('gs-bias')).toHaveTextContent('18,432 with bias=False, 18,432 + 2 × 64 = 18,560 with bias=True');
    expect(screen.getByTestId('gs-drawn')).toHaveTextContent('Drawn by group: groups 0–3 of 4 (input channels 0–63 of 64, output channels 0–63 of 64); all channels counted.');
    const matrix = screen.getByRole('img', { name: /connection matrix by group, 64 input × 64 output channels, 4 groups/ });
    expect(within(matrix).getAllByText('16×16')).toHaveLength(4);
    expect(within(matrix).getAllByText('16–31')).toHaveLength(2);
    const flow = screen.getByRole('img', { name: 'input → conv 1 → shuffle → conv 2' });
    const outputs = [...flow.querySelectorAll('g[data-group="2"]')];
    await userEvent.hover(outputs[outputs.length - 1]);
    expect(screen.getByTestId('gs-reach')).toHaveTextContent('Output channels 32–47 of conv 2 (group 2) hear input group(s) 0, 1, 2, 3: 4 of 4.');
    expect(flow.querySelectorAll(`.${gsStyles.lit}`).length).toBeGreaterThan(0);
    await userEvent.click(screen.getByLabelText('Channel shuffle between the two convolutions'));
    await userEvent.hover(outputs[outputs.length - 1]);
    expect(screen.getByTestId('gs-reach')).toHaveTextContent('group(s) 2: 1 of 4.');
    expect(screen.getByTestId('gs-order')).toHaveTextContent('New order begins 0, 16, 32, 48, 1, 17, 33, 49, 2, 18, 34, 50, 3, 19, 35, 51, … (64 channels in all)');
    await userEvent.click(screen.getByLabelText('Bias · bias'));
    expect(codeText()).toContain('nn.Conv2d(64, 64, kernel_size=3, padding=1, groups=4),');
  });

  it('group-shuffle 2,048 depthwise: 8 groups drawn plus one row for the other 2,040; the tiles are a corner of the table', async () => {
    act(() => applyHash('#/group-shuffle?in_channels=2048&out_channels=2048&groups=2048&lang=zh'));
    render(<App />);
    expect(await screen.findByTestId('gs-weights')).toHaveTextContent('(2048/2048)·2048·3·3 = 18,432');
    expect(screen.getByTestId('gs-drawn')).toHaveTextContent('其余 2,040 组合并为一行“…”');
    expect(screen.getByRole('img', { name: /^按组的连接矩阵/ }).querySelectorAll('rect')).toHaveLength(9 * 9 - 1);
    expect(screen.getByRole('img', { name: '输入 → 卷积 1 → 重排 → 卷积 2' }).querySelectorAll('g[data-group]')).toHaveLength(4 * 9);
    expect(screen.getByRole('img', { name: /^通道重排：新顺序/ }).querySelectorAll('g[data-channel]')).toHaveLength(4);
    expect(screen.getByTestId('gs-tiles-drawn')).toHaveTextContent('(k mod 2048)·1 + ⌊k/2048⌋');
  });
});

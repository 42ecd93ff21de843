import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import net from '../../public/digits-nin.json';
import { App } from '../../src/components/App.tsx';
import { applyHash } from '../../src/store/urlSync.ts';

const cellOf = (svg: HTMLElement, r: number, c: number) => svg.querySelector(`[data-r="${r}"][data-c="${c}"]`) as Element;
const serve = (response: () => Promise<Response>) => vi.stubGlobal('fetch', vi.fn(response));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('digits scene', () => {
  it('a 500 for the weights is explained in Chinese with a retry, and the retry loads them', async () => {
    serve(() => Promise.resolve(new Response('boom', { status: 500 })));
    act(() => applyHash('#/digits?lang=zh'));
    render(<App />);
    expect(await screen.findByTestId('digits-failed')).toHaveTextContent('无法加载训练好的权重：服务器对 digits-nin.json 的回应是 500。');
    serve(() => Promise.resolve(new Response(JSON.stringify(net), { status: 200 })));
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByTestId('digits-prediction')).toHaveTextContent(`预测：${net.samples[0].predicted}`);
  });

  it('sample 6: PyTorch’s prediction, the input’s 64 pixels, a pinned conv cell written out', async () => {
    serve(() => Promise.resolve(new Response(JSON.stringify(net), { status: 200 })));
    act(() => applyHash('#/digits?sample=6'));
    render(<App />);
    expect(await screen.findByTestId('digits-prediction')).toHaveTextContent(`Prediction: ${net.samples[6].predicted}`);
    const input = screen.getByRole('img', { name: /^Input 8×8/ });
    expect(Array.from(input.querySelectorAll('text'), (t) => Number(t.textContent))).toEqual(net.samples[6].pixels);
    const map = screen.getByRole('img', { name: /^class 2,/ });
    await userEvent.click(cellOf(map, 1, 1));
    await userEvent.unhover(map);
    const explain = screen.getByTestId('digits-explain');
    expect(within(explain).getByTestId('digits-explain-line')).toHaveTextContent(/^conv3 channel 2, cell \[1, 1\] = 16 terms \+ bias/);
    expect(within(explain).getByTestId('digits-explain-terms').querySelectorAll('.term')).toHaveLength(16);
    expect(screen.getByTestId('digits-params')).toHaveTextContent('1,418');
  });
});

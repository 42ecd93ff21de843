import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { useAppStore } from '../../src/store/store.ts';
import { applyHash } from '../../src/store/urlSync.ts';

const rowOf = (name: string) => within(screen.getByTestId('res-layers')).getByRole('rowheader', { name }).closest('tr')!;

describe('residual scene', () => {
  afterEach(() => act(() => useAppStore.getState().reset()));

  it('the modules table counts torchvision’s BasicBlock 64 → 64: 73,984; the Bottleneck preset 70,400', async () => {
    act(() => applyHash('#/residual'));
    render(<App />);
    expect(await screen.findByTestId('res-params')).toHaveTextContent('73,984');
    expect(within(rowOf('conv2 · 3×3, 64 → 64')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['36,864', '589,824']);
    await userEvent.click(screen.getByRole('button', { name: 'Bottleneck 256 → 64 → 256' }));
    expect(screen.getByTestId('res-params')).toHaveTextContent('70,400');
    expect(within(rowOf('bn3 · BatchNorm2d(256)')).getAllByRole('cell')[0]).toHaveTextContent('512');
  });

  it('choosing stride 2 with the identity raises the alert naming both shapes; the projection clears it', async () => {
    act(() => applyHash('#/residual'));
    render(<App />);
    await screen.findByTestId('res-params');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Skip path · downsample' }), 'none');
    const stride = screen.getByRole('spinbutton', { name: 'Stride · stride' });
    await userEvent.clear(stride);
    await userEvent.type(stride, '2');
    expect(screen.getByRole('alert')).toHaveTextContent('F(x) has shape [64, 2, 2] but the skip path carries x with shape [64, 4, 4]');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Skip path · downsample' }), 'conv1x1');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('res-params')).toHaveTextContent('78,208') // 73,984 + 64·64 + BN 128;
  });

  it('the explanation follows the step (x at step 1) and a pointed cell; the gradient panel reads its numbers', async () => {
    act(() => applyHash('#/residual?inplanes=2&planes=2&size=3'));
    render(<App />);
    expect(await screen.findByRole('heading', { name: /^Why x\[0, 0, 0\] = \d$/ })).toBeInTheDocument();
    expect(screen.getByTestId('res-grad-plain')).toHaveTextContent('0.2¹⁰ = 1.02 × 10⁻⁷');
    expect(screen.getByTestId('res-grad-terms')).toHaveTextContent('k = 2: 45 paths × 0.04 = 1.8');
  });

  it('in Chinese the alert and the skip choices are Chinese', async () => {
    act(() => applyHash('#/residual?lang=zh&block=bottleneck&inplanes=64&planes=64'));
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('F(x) 的形状是 [256, 4, 4]，而跳跃路径上的 x 形状是 [64, 4, 4]');
    expect(screen.getByRole('option', { name: '1×1 投影（卷积 + BN）' })).toBeInTheDocument();
  });
});

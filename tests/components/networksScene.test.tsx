import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { applyHash } from '../../src/store/urlSync.ts';
import { useAppStore } from '../../src/store/store.ts';

const table = () => screen.getByTestId('net-table');
const row = (name: string) => table().querySelector(`tr[data-row="${name}"]`) as HTMLElement | null;
const cells = (name: string) => [...row(name)!.querySelectorAll('td')].map((c) => c.textContent);

describe('networks scene', () => {
  it('ResNet-50: 25,557,032 parameters in the foot; Bottlenecks folded; unfolding layer1.0 shows its convs and projection', async () => {
    act(() => applyHash('#/networks?model=resnet50'));
    render(<App />);
    expect(screen.getByTestId('net-total-params')).toHaveTextContent('25,557,032');
    expect(screen.getByTestId('net-total-macs')).toHaveTextContent('4,089,184,256');
    expect(screen.getByTestId('net-total-short')).toHaveTextContent('4.09 GMACs = 8.18 GFLOPs');
    expect(screen.getByTestId('net-row-count')).toHaveTextContent('26 of 182 rows shown');
    expect(row('layer1.0.conv1')).toBeNull();
    const toggle = within(row('layer1.0')!).getByRole('button', { name: /layer1\.0/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // A block's row holds the sum of its rows: Bottleneck(64, 64) with its projection.
    expect(cells('layer1.0')).toEqual(['Bottleneck', '256×56×56', '75,008', '231,211,008', 'Residual', 'inplanes=64, planes=64, stride=1, downsample=1, expansion=4']);
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(cells('layer1.0.conv1').slice(0, 4)).toEqual(['Conv2d', '64×56×56', '4,096', '12,845,056']);
    expect(row('layer1.0.downsample.0')).not.toBeNull();
    expect(screen.getByTestId('net-row-count')).toHaveTextContent('38 of 182 rows shown');
    await userEvent.click(screen.getByRole('button', { name: 'Fold all blocks' }));
    expect(screen.getByTestId('net-row-count')).toHaveTextContent('10 of 182 rows shown');
    await userEvent.click(screen.getByRole('button', { name: 'Unfold all blocks' }));
    expect(screen.getByTestId('net-row-count')).toHaveTextContent('182 of 182 rows shown');
  });

  it('AlexNet: the shares say FC layers hold 96.0 % of the parameters; a conv row links to #/conv2d with its settings', () => {
    act(() => applyHash('#/networks'));
    render(<App />);
    expect(screen.getByTestId('net-shares-lead')).toHaveTextContent('FC layers (Linear) hold 96.0% of AlexNet’s parameters; k×k convs do 91.8% of its MACs.');
    const fc = screen.getByTestId('net-shares').querySelector('li[data-kind="fc"]')!;
    expect(fc).toHaveTextContent('58,631,144');
    const link = within(row('features.0')!).getByRole('link', { name: 'Conv2d (features.0)' });
    expect(link).toHaveAttribute('href', '#/conv2d?size=15&in_channels=3&out_channels=8&kernel_size=11&stride=4&padding=2');
    expect(link.title).toContain('out_channels=64 is beyond the scene’s range: it opens with 8.');
    expect(link.title).toContain('Drawn on a 15×15 input (the layer’s is 224×224)');
  });

  it('a new input size recomputes every shape; 32×32 is explained (features.12, smallest 63×63) and the last table stays, stale', async () => {
    act(() => applyHash('#/networks'));
    render(<App />);
    expect(cells('features.0')[1]).toBe('64×55×55');
    const height = screen.getByRole('spinbutton', { name: 'size: height' });
    const width = screen.getByRole('spinbutton', { name: 'size: width' });
    await userEvent.clear(height);
    await userEvent.type(height, '320');
    await userEvent.clear(width);
    await userEvent.type(width, '320');
    expect(useAppStore.getState().params.size).toEqual([320, 320]);
    expect(cells('features.0')[1]).toBe('64×79×79');
    expect(cells('avgpool')[1]).toBe('256×6×6');
    await userEvent.clear(height);
    await userEvent.type(height, '32');
    await userEvent.clear(width);
    await userEvent.type(width, '32');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'features.12 cannot take a 32×32 input: by then the map is 1 cells in height (1 with padding), but its window (kernel_size=3) spans 3. The smallest input this network takes is 63×63.',
    );
    expect(document.querySelector('.scene')).toHaveClass('scene-stale');
    // The height-only step (32×320) failed first; the stale table is the last valid one.
    expect(cells('features.0')[1]).toBe('64×79×79');
  });

  it('in Chinese: the alert and the table headings', () => {
    act(() => applyHash('#/networks?size=40&lang=zh'));
    render(<App />);
    expect(screen.getByRole('alert')).toHaveTextContent('features.12 无法接受 40×40 的输入');
    expect(screen.getByRole('alert')).toHaveTextContent('这个网络最小接受 63×63 的输入。');
    expect(within(table()).getByRole('columnheader', { name: '乘加次数' })).toBeInTheDocument();
    // The link opened impossible: the table shows the nearest size the network takes.
    expect(screen.getByRole('heading', { name: /AlexNet（2012）逐层列表，输入一张 3×63×63 的图像/ })).toBeInTheDocument();
  });

  it('the trend chart: pointing at a network writes out its numbers, clicking it opens its table; GoogLeNet gets the aux switch', async () => {
    act(() => applyHash('#/networks'));
    render(<App />);
    const chart = screen.getByTestId('net-trend');
    const vgg = within(chart).getByRole('link', { name: /^VGG-16 \(2014\)/ });
    await userEvent.hover(vgg);
    expect(screen.getByTestId('net-trend-readout')).toHaveTextContent('VGG-16 (2014): 138,357,544 parameters, 15,470,264,320 MACs');
    await userEvent.click(within(chart).getByRole('link', { name: /^GoogLeNet \(2014\)/ }));
    expect(useAppStore.getState().params.model).toBe('googlenet');
    expect(screen.getByTestId('net-total-params')).toHaveTextContent('6,624,904');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Auxiliary heads (aux_logits=True)' }));
    expect(screen.getByTestId('net-total-params')).toHaveTextContent('13,004,888');
    expect(screen.getByText(/aux_logits=True, init_weights=True/)).toBeInTheDocument();
  });
});

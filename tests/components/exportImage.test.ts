import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/components/exportImage.ts';
import { MAX_GIF_FRAMES, gifSteps } from '../../src/components/exportGif.ts';

describe('exportFileName', () => {
  it('names the scene and the settings of the link', () => {
    expect(exportFileName('#/conv2d?size=5&stride=2', 'png')).toBe('conv2d_size5_stride2.png');
  });
  it('leaves out how the page looks, and the step for a GIF', () => {
    expect(exportFileName('#/conv2d?lang=zh&theme=dark&speed=2&kernel_size=3x3&step=4', 'svg')).toBe('conv2d_kernel-size3x3_step4.svg');
    expect(exportFileName('#/conv2d?kernel_size=3x3&step=4', 'gif', false)).toBe('conv2d_kernel-size3x3.gif');
  });
  it('keeps only safe characters and names the overview', () => {
    expect(exportFileName('#/image-lab?kernel=1,0;-1 2&x=<b>', 'png')).toBe('image-lab_kernel1-0--1-2_xb.png');
    expect(exportFileName('', 'png')).toBe('convscope.png');
    expect(exportFileName('#/pooling?shift=-2&x=%20y', 'png')).toBe('pooling_shift-2_xy.png');
  });
});

describe('gifSteps', () => {
  it('keeps every step of a short timeline', () => {
    expect(gifSteps(4)).toEqual([0, 1, 2, 3]);
    expect(gifSteps(0)).toEqual([0]);
  });
  it(`samples a long timeline to ${MAX_GIF_FRAMES} frames with its first and last step`, () => {
    const steps = gifSteps(1000);
    expect(steps).toHaveLength(MAX_GIF_FRAMES);
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(999);
    expect(steps.every((s, i) => i === 0 || s > steps[i - 1])).toBe(true);
  });
});

import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DilationPanel } from '../../src/scenes/conv2d/view/DilationPanel.tsx';
import styles from '../../src/scenes/conv2d/view/DilationPanel.module.css';
import { conv2dSchema } from '../../src/scenes/conv2d/schema.ts';
import type { Conv2dValues } from '../../src/scenes/conv2d/schema.ts';
import { defaults } from '../../src/url/schema.ts';

const values = (changes: Partial<Conv2dValues>): Conv2dValues => ({ ...defaults(conv2dSchema), ...changes });

describe('the dilation panel', () => {
  it('draws a 3×5 kernel with dilation 2 as its 5×9 window: 15 taps, height and width apart', () => {
    render(<DilationPanel values={values({ kernelSize: [3, 5], dilation: [2, 2] })} />);
    const [dilated, dense] = screen.getAllByRole('img');
    expect(dilated.querySelectorAll('rect')).toHaveLength(5 * 9);
    const tap = `rect.${styles.tap}`;
    expect(dilated.querySelectorAll(tap)).toHaveLength(3 * 5);
    expect(Number(dilated.getAttribute('width')) / Number(dilated.getAttribute('height'))).toBeCloseTo(9 / 5);
    expect(dense.querySelectorAll(tap)).toHaveLength(5 * 9);
  });

  it('a dense kernel beyond the scene’s kernel_size (3×3, dilation 8 → 17×17) cannot be opened, and the panel says why', () => {
    render(<DilationPanel values={values({ kernelSize: [3, 3], dilation: [8, 8] })} />);
    const panel = screen.getByRole('region', { name: /dilation/i });
    expect(within(panel).getByRole('button', { name: /17×17/ })).toBeDisabled();
    expect(panel).toHaveTextContent('larger than this scene draws (at most 11×11)');
  });
});

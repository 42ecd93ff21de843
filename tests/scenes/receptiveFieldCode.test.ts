import { describe, expect, it } from 'vitest';
import { ENGLISH_COMMENTS } from '../../src/scenes/conv2d/code.ts';
import { receptiveFieldCode } from '../../src/scenes/receptiveField/code.ts';
import { receptiveFieldModel } from '../../src/scenes/receptiveField/model.ts';
import { rfLayer } from '../../src/scenes/receptiveField/schema.ts';

describe('receptive-field code', () => {
  it('dilations 1, 2, 4 → r = 3, 7, 15; pools keep PyTorch defaults (stride = kernel)', () => {
    const layers = [rfLayer('conv', 3), rfLayer('conv', 3, { d: 2, p: 2 }), rfLayer('conv', 3, { d: 4, p: 4 }), rfLayer('pool', 2)];
    const code = receptiveFieldCode(receptiveFieldModel({ size: [32, 32], layers }), (r) => `rf ${r}`, ENGLISH_COMMENTS);
    expect(code).toContain('    nn.Conv2d(1, 1, kernel_size=3),  # rf 3×3');
    expect(code).toContain('    nn.Conv2d(1, 1, kernel_size=3, padding=2, dilation=2),  # rf 7×7');
    expect(code).toContain('    nn.Conv2d(1, 1, kernel_size=3, padding=4, dilation=4),  # rf 15×15');
    expect(code).toContain('    nn.MaxPool2d(kernel_size=2),  # rf 16×16');
    expect(code).toContain('x = torch.randn(1, 1, 32, 32)');
    expect(code).toContain('y = stack(x)  # shape (1, 1, 15, 15)');
  });
});

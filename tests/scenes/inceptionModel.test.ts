import { describe, expect, it } from 'vitest';
import { conv2d, explainConv2d } from '../../src/engine/index.ts';
import { inceptionCode } from '../../src/scenes/inception/code.ts';
import { AUX_HEADS, auxProblems, auxRows, auxTotals, LOSS_EXAMPLE, moduleCost, nearestValidAux, paperCounts, trainingLoss } from '../../src/scenes/inception/costs.ts';
import { inceptionCompute, inceptionModel, inceptionWork } from '../../src/scenes/inception/compute.ts';
import { GOOGLENET_MODULES, layerShapes, moduleLayers, moduleProblems, presetOf, presetValues } from '../../src/scenes/inception/model.ts';
import { inceptionSchema } from '../../src/scenes/inception/schema.ts';
import type { InceptionValues } from '../../src/scenes/inception/schema.ts';
import { defaults } from '../../src/url/schema.ts';

const v = (p: Partial<InceptionValues> = {}): InceptionValues => ({ ...defaults(inceptionSchema), ...p });

describe('inception (3a) on 28×28×192: the paper’s Table 1 and PyTorch’s counts', () => {
  it('with reductions, no bias: 12,288 + 129,024 + 15,872 + 6,144 = 163,328 weights (159.5 K, K = 1,024) and 128,049,152 MACs, 256 channels', () => {
    const m = moduleCost(v(), 'reduced');
    expect(m.branches.map((b) => b.params)).toEqual([12288, 18432 + 110592, 3072 + 12800, 6144]);
    expect(m.branches.map((b) => b.outChannels)).toEqual([64, 128, 32, 32]);
    expect([m.params, m.macs, m.outChannels]).toEqual([163328, 128049152, 256]);
    expect(m.branches[1].layers.map((l) => l.macs)).toEqual([784 * 18432, 784 * 110592]);
    const paper = paperCounts(v());
    expect(paper).toMatchObject({ weights: 163328, withBias: 163696, macs: 128049152 });
    expect(paper.k.toFixed(1)).toBe('159.5');
    expect(Math.round(paper.millions)).toBe(128);
  });

  it('naive, same 64/128/32 outputs plus the 192 pooled channels: 416 channels, 387,072 weights, 303,464,448 MACs', () => {
    const m = moduleCost(v(), 'naive');
    expect(m.branches.map((b) => b.params)).toEqual([12288, 221184, 153600, 0]);
    expect(m.branches.map((b) => b.outChannels)).toEqual([64, 128, 32, 192]);
    expect([m.params, m.macs, m.outChannels]).toEqual([387072, 303464448, 416]);
  });

  it('with biases, as PyTorch counts them: one per output channel of every conv (163,696 and 387,296)', () => {
    expect(moduleCost(v({ bias: true }), 'reduced').params).toBe(163328 + 64 + 96 + 128 + 16 + 32 + 32);
    expect(moduleCost(v({ bias: true }), 'naive').params).toBe(387072 + 64 + 128 + 32);
    // The bias adds no multiply-accumulate.
    expect(moduleCost(v({ bias: true }), 'reduced').macs).toBe(128049152);
  });

  it('inception (3b): 388,096 weights (the paper’s 380K) and 304,267,264 MACs (304M); 480 channels', () => {
    const m = moduleCost(v(presetValues('3b')), 'reduced');
    expect([m.params, m.macs, m.outChannels]).toEqual([388096, 304267264, 480]);
    expect(Math.round(m.params / 1024)).toBe(379);
  });

  it('every GoogLeNet preset ends at the next module’s input width (3a → 3b → 4a …), 4a and 4d feed the aux heads', () => {
    const outs = GOOGLENET_MODULES.map((p) => moduleCost(v(presetValues(p.id)), 'reduced').outChannels);
    expect(outs).toEqual([256, 480, 512, 512, 512, 528, 832, 832, 1024]);
    expect(GOOGLENET_MODULES.slice(1).map((p) => p.values.inChannels)).toEqual([256, 480, 512, 512, 512, 528, 832, 832]);
    expect(AUX_HEADS.map((h) => h.inChannels)).toEqual([outs[2], outs[5]]);
    expect(presetOf(v(presetValues('4d')))).toBe('4d');
    expect(presetOf(v({ ch1x1: 63 }))).toBeNull();
  });
});

describe('the drawn example', () => {
  it('padding k // 2 keeps H×W in every branch; the engine concatenates channel 0 of each at offsets 0, 64, 192, 224', () => {
    const m = inceptionModel(v());
    for (const l of m.layers) expect(m.drawn[l.id]!.shape.slice(1)).toEqual([5, 5]);
    expect(m.branches.map((b) => [b.offset, b.channels])).toEqual([[0, 64], [64, 128], [192, 32], [224, 32]]);
    expect(m.outChannels).toBe(256);
    expect(m.joined!.shape).toEqual([4, 5, 5]);
    expect([...m.joined!.data.subarray(25, 50)]).toEqual([...m.drawn.b2!.output.data]);
    // Reductions and the pool keep every channel (the next layer reads them all); a branch's last conv channel 0.
    expect(m.drawn.b2r!.output.shape).toEqual([96, 5, 5]);
    expect(m.drawn.b4p!.output.shape).toEqual([192, 5, 5]);
    expect(m.drawn.b2!.output.shape).toEqual([1, 5, 5]);
    expect(moduleProblems(v())).toEqual([]);
  });

  it('each conv is conv + ReLU of what it reads; the pool is the max of its 3×3 window, padding never winning', () => {
    const m = inceptionModel(v({ size: [5, 7], bias: true }));
    const b2 = m.drawn.b2!;
    const e = explainConv2d(b2.input, b2.weight!, b2.bias, { padding: 1 }, [0, 0, 6]);
    expect(b2.output.data[6]).toBe(Math.max(0, e.value));
    // The top-right corner: 5 of each channel’s 9 taps lie on the padding ring.
    expect(e.terms.filter((t) => t.padding)).toHaveLength(96 * 5);
    const pool = m.drawn.b4p!;
    const x = m.x.data;
    // Corner [0, 0] of channel 0: the window covers rows −1…1 and columns −1…1, four of them inside.
    expect(pool.output.data[0]).toBe(Math.max(x[0], x[1], x[7], x[8]));
    const proj = conv2d(pool.output, m.drawn.b4!.weight!, m.drawn.b4!.bias, {});
    expect([...m.drawn.b4!.output.data]).toEqual([...proj.data].map((y) => Math.max(0, y)));
  });

  it('centred filters: after ReLU every drawn map keeps some cells above zero and some at zero (seeds 1–20)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const m = inceptionModel(v({ seed }));
      const b1 = [...m.drawn.b1!.output.data];
      expect(b1.some((y) => y > 0), `seed ${seed}`).toBe(true);
      const w = m.drawn.b1!.weight!.data;
      expect(Math.abs(w.reduce((s, x) => s + x, 0))).toBeLessThan(1e-4);
    }
  });

  it('computed in slices: the generator yields its progress up to 1 and ends with the same model as at once', () => {
    const wide = v({ inChannels: 1024, ch3x3red: 512, ch5x5red: 512, size: [8, 8] });
    // Every channel of the two reductions, channel 0 of each branch's last conv: 68,354,048 multiply-adds.
    expect(inceptionWork(wide)).toBe(64 * (1024 + 512 * 1024 + 512 * 9 + 512 * 1024 + 512 * 25 + 1024));
    const run = inceptionCompute(v());
    const progress: number[] = [];
    let r = run.next();
    for (; !r.done; r = run.next()) progress.push(r.value);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1])).toBe(true);
    expect([...r.value.drawn.b2r!.output.data]).toEqual([...inceptionModel(v()).drawn.b2r!.output.data]);
  });

  it('changing one branch’s width leaves the other branches’ values as they were', () => {
    const a = inceptionModel(v());
    const b = inceptionModel(v({ ch5x5: 40, ch5x5red: 20 }));
    expect([...b.drawn.b2!.output.data]).toEqual([...a.drawn.b2!.output.data]);
    expect([...b.drawn.b1!.output.data]).toEqual([...a.drawn.b1!.output.data]);
  });

  it('naive: the 3×3 and 5×5 read the input itself, the pooled 192 channels are the 4th branch (offset 224 → 416 channels)', () => {
    const m = inceptionModel(v({ module: 'naive' }));
    expect(m.layers.map((l) => l.id)).toEqual(['b1', 'b2', 'b3', 'b4p']);
    expect(m.drawn.b3!.input).toBe(m.x);
    expect(m.branches.map((b) => b.offset)).toEqual([0, 64, 192, 224]);
    expect(m.outChannels).toBe(416);
  });

  it('without padding the branches shrink by k − 1 (5×5, 3×3, 1×1, 3×3), nothing is joined, and the problem names the four sizes', () => {
    const m = inceptionModel(v({ padding: false }));
    expect(m.layers.filter((l) => l.id === 'b1' || l.id === 'b2' || l.id === 'b3' || l.id === 'b4').map((l) => m.drawn[l.id]!.shape.slice(1))).toEqual([[5, 5], [3, 3], [1, 1], [3, 3]]);
    expect(m.joined).toBeNull();
    expect(moduleProblems(v({ padding: false }))).toEqual([{ code: 'inceptionConcat', values: { b1: '5×5', b2: '3×3', b3: '1×1', b4: '3×3', size: '5×5' } }]);
    // The cost table counts the module as it runs: padded.
    expect(moduleCost(v({ padding: false }), 'reduced').macs).toBe(128049152);
  });

  it('layer shapes are the engine’s, H and W apart (a 5×8 input)', () => {
    const shapes = layerShapes(moduleLayers(v({ padding: false }), 'reduced'), 192, [5, 8]);
    expect(shapes.b3).toEqual([32, 1, 4]);
    expect(shapes.b4p).toEqual([192, 3, 6]);
  });
});

describe('the auxiliary classifier (deep supervision)', () => {
  it('on 4a’s 14×14×512: 4×4×512 → 4×4×128 → 2,048 → 1,024 → 1,000; 3,188,840 parameters with biases, 3,186,688 without', () => {
    const rows = auxRows(512, [14, 14], 1000, true);
    expect(rows.map((r) => r.shape)).toEqual([[512, 14, 14], [512, 4, 4], [128, 4, 4], [2048], [1024], [1024], [1000]]);
    expect(rows.map((r) => r.params)).toEqual([0, 0, 65664, 0, 2098176, 0, 1025000]);
    expect(auxTotals(rows)).toEqual({ params: 3188840, macs: 1048576 + 2097152 + 1024000 });
    expect(auxTotals(auxRows(512, [14, 14], 1000, false)).params).toBe(3186688);
    expect(auxTotals(auxRows(528, [14, 14], 1000, true)).params).toBe(3190888);
  });

  it('FC 1 takes what the flattened map holds: 20×20 gives 6×6×128 = 4,608 features', () => {
    const rows = auxRows(512, [20, 20], 10, true);
    expect(rows[3].shape).toEqual([4608]);
    expect(rows[4].params).toBe(4608 * 1024 + 1024);
  });

  it('an input smaller than the 5×5 window is a problem naming aux_size; the nearest valid size is 5', () => {
    expect(auxProblems(v({ auxSize: [4, 14] }))).toEqual([{ code: 'inceptionAuxSize', values: { axis: 'height', size: 4, aux_size: '4×14' } }]);
    expect(auxProblems(v())).toEqual([]);
    expect(nearestValidAux(v({ auxSize: [4, 2] })).auxSize).toEqual([5, 5]);
  });

  it('training loss = main + 0.3·(aux1 + aux2): 2.3 + 0.3·(2.6 + 2.45) = 3.815', () => {
    expect(trainingLoss(LOSS_EXAMPLE)).toBeCloseTo(3.815, 10);
  });
});

describe('the PyTorch code', () => {
  it('torchvision-style Inception(192, 64, 96, 128, 16, 32, 32), the 5×5 with padding 2, torch.cat along dim 1, InceptionAux and the loss', () => {
    const code = inceptionCode(v(), auxRows(512, [14, 14], 1000, false));
    expect(code).toContain('block = Inception(192, 64, 96, 128, 16, 32, 32)');
    expect(code).toContain('BasicConv2d(ch5x5red, ch5x5, kernel_size=5, padding=2),');
    expect(code).toContain('nn.MaxPool2d(kernel_size=3, stride=1, padding=1, ceil_mode=True),');
    expect(code).toContain('torch.cat(outputs, 1)');
    expect(code).toContain('block(x).shape  # (1, 256, 28, 28)');
    expect(code).toContain('self.fc1 = nn.Linear(2048, 1024, bias=False)');
    expect(code).toContain('loss = criterion(logits, labels) + 0.3 * (criterion(aux1, labels) + criterion(aux2, labels))');
    const naive = inceptionCode(v({ module: 'naive', padding: false, training: false }), auxRows(512, [14, 14], 1000, true));
    expect(naive).toContain('block = NaiveInception(192, 64, 128, 32)');
    expect(naive).toContain('kernel_size=5)');
    expect(naive).toContain('block(x).shape  # (1, 416, 28, 28)');
    expect(naive).toContain('googlenet.eval()');
  });
});

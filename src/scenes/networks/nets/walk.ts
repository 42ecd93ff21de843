import { conv2dIssues, layerOutputShape, macCount, numel, paramCount, pool2dIssues } from '../../../engine/index.ts';
import type { GeometryIssue } from '../../../engine/index.ts';
import type { LayerKind, NetProblem, NetRow } from '../table.ts';
import { isBlock, leafSettings } from './define.ts';
import type { Block, Leaf, Module, Step } from './define.ts';

/** A failed step: the row name it happened in and why; caught once at the top of `walkNetwork`. */
class Failure extends Error {
  constructor(readonly problem: NetProblem) {
    super(problem.code);
  }
}

/** How the shares panel files a leaf: 1×1 and depthwise convs apart from the rest, groups > 1 as grouped. */
export function leafKind(m: Leaf): LayerKind {
  const l = m.layer;
  switch (l.kind) {
    case 'conv2d': {
      const g = l.groups ?? 1;
      if (g > 1 && g === l.inChannels && g === l.outChannels) return 'depthwise';
      if (g > 1) return 'grouped';
      const k = l.kernelSize;
      return (typeof k === 'number' ? k === 1 : k[0] === 1 && k[1] === 1) ? 'pointwise' : 'conv';
    }
    case 'linear':
      return 'fc';
    case 'batchNorm2d':
      return 'bn';
    case 'maxPool2d':
    case 'avgPool2d':
    case 'adaptiveAvgPool2d':
      return 'pool';
    case 'relu':
      return 'activation';
    default:
      return 'other';
  }
}

/** The engine's first issue with this layer on this input, if the engine has a rule for it. */
function firstIssue(m: Leaf, input: readonly number[]): GeometryIssue | undefined {
  const l = m.layer;
  if (input.length !== 3) return undefined;
  const size = [input[1], input[2]] as const;
  if (l.kind === 'conv2d') return conv2dIssues({ inChannels: input[0], size }, l)[0];
  if (l.kind === 'maxPool2d' || l.kind === 'avgPool2d') return pool2dIssues({ size }, l)[0];
  return undefined;
}

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);

/**
 * Walks a network definition on one input shape and returns one row per module call in forward order,
 * a block's row before its children's. Leaves get their shape, parameters and MACs from the engine's
 * `layerOutputShape`, `paramCount` and `macCount`; parameters count on a module's first call only (a
 * module called again owns no new weights). MACs are those of conv and linear layers only: output
 * elements × in/groups × kH × kW, and in × out; batch norm, activations, pooling and the functional
 * steps count 0 here (the engine's `macCount` gives batch norm one per element; layer tables, like
 * torchvision's GFLOPS, leave it out). A block row holds the sums of its children. The first layer
 * that cannot take its input stops the walk with a `NetProblem`.
 */
export function walkNetwork(net: Block, input: readonly number[]): { rows: NetRow[]; out: number[] } | { problem: NetProblem } {
  const rows: NetRow[] = [];
  const calls = new Map<string, number>();

  function callModule(name: string, m: Module, x: readonly number[], depth: number, parent: number): number[] {
    const call = calls.get(name) ?? 0;
    calls.set(name, call + 1);
    const index = rows.length;
    const base = { name, type: m.type, inShape: [...x], depth, parent, call };
    if (!isBlock(m)) {
      const issue = firstIssue(m, x);
      if (issue) throw new Failure({ layer: name, code: issue.code, param: issue.param, values: issue.values });
      let outShape: number[];
      let macs = 0;
      try {
        outShape = layerOutputShape(m.layer, x);
        if (m.layer.kind === 'conv2d' || m.layer.kind === 'linear') macs = macCount(m.layer, x);
      } catch (e) {
        throw new Failure({ layer: name, code: 'engine', values: { message: e instanceof Error ? e.message : String(e) } });
      }
      const params = call === 0 ? paramCount(m.layer) : 0;
      rows.push({ ...base, settings: leafSettings(m), outShape, params, macs, block: false, kind: leafKind(m), layer: m.layer });
      return outShape;
    }
    const row: NetRow = { ...base, settings: '', outShape: [], params: 0, macs: 0, block: true, kind: 'other', ...(m.config ? { config: m.config } : {}) };
    rows.push(row);
    row.outShape = runSteps(m, m.forward, name, x, depth + 1, index);
    for (let i = index + 1; i < rows.length; i++) {
      if (rows[i].parent === index) {
        row.params += rows[i].params;
        row.macs += rows[i].macs;
      }
    }
    return row.outShape;
  }

  function runSteps(block: Block, steps: readonly Step[], prefix: string, input: readonly number[], depth: number, parent: number): number[] {
    let x = [...input];
    for (const step of steps) x = runStep(block, step, prefix, x, depth, parent);
    return x;
  }

  function runStep(block: Block, step: Step, prefix: string, x: number[], depth: number, parent: number): number[] {
    if (typeof step === 'string') return callModule(join(prefix, step), block.children[step], x, depth, parent);
    const fail = (code: string, values: NetProblem['values']): never => {
      throw new Failure({ layer: prefix, code, values });
    };
    switch (step.fn) {
      case 'flatten':
        return [numel(x)];
      case 'mean':
        return [x[0]];
      case 'relu':
        return x;
      case 'adaptiveAvgPool2d':
        if (x.length !== 3 || x[1] * x[2] === 0) fail('engine', { message: `adaptive_avg_pool2d needs a [C, H, W] map, got [${x.join(', ')}]` });
        return [x[0], step.outputSize[0], step.outputSize[1]];
      case 'channelShuffle':
        if (x[0] % step.groups !== 0) fail('channelShuffle', { channels: x[0], groups: step.groups });
        return x;
      case 'cat': {
        const n = step.chunks ?? 0;
        // torch.chunk: chunks of ceil(C / n) channels, the last one smaller.
        const size = n > 0 ? Math.ceil(x[0] / n) : 0;
        const outs = step.branches.map((b, i) => runSteps(block, b, prefix, n > 0 ? [Math.max(0, Math.min(size, x[0] - i * size)), ...x.slice(1)] : x, depth, parent));
        const [first] = outs;
        const odd = outs.find((o) => o.length !== 3 || o[1] !== first[1] || o[2] !== first[2]);
        if (odd) fail('catShape', { first: `[${first.join(', ')}]`, other: `[${odd.join(', ')}]` });
        return [outs.reduce((s, o) => s + o[0], 0), first[1], first[2]];
      }
      case 'add': {
        const outs = step.branches.map((b) => runSteps(block, b, prefix, x, depth, parent));
        const [first] = outs;
        const odd = outs.find((o) => o.join() !== first.join());
        if (odd) fail('addShape', { first: `[${first.join(', ')}]`, other: `[${odd.join(', ')}]` });
        return first;
      }
      case 'side':
        runSteps(block, step.steps, prefix, x, depth, parent);
        return x;
    }
  }

  try {
    const out = runSteps(net, net.forward, '', input, 0, -1);
    return { rows, out };
  } catch (e) {
    if (e instanceof Failure) return { problem: e.problem };
    throw e;
  }
}

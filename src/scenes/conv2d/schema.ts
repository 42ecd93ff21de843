import { boolParam, enumParam, intParam, paddingParam, pairParam } from '../../url/params.ts';
import type { ParamCodec } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';
import type { Edit } from './model.ts';
import { KERNEL_PRESETS } from './presets.ts';

const TENSOR_LETTERS = { x: 'input', w: 'weight', b: 'bias' } as const;
const EDIT = /^([xwb])(\d+(?:\.\d+)*):(-?\d+(?:\.\d+)?)$/;

/** Largest value a learner may type into a cell (keeps sums readable and finite). */
export const MAX_EDIT = 999;

/**
 * Typed cell values in a link: `x0.1.2:5,w0.0.1.1:-1,b0:2` (x input [c,y,x], w weight [o,i,ky,kx],
 * b bias [o]). Unreadable entries are dropped and reported; later entries for a cell win.
 */
export function editsParam(key: string): ParamCodec<Edit[]> {
  return {
    key,
    default: [],
    parse(raw) {
      const edits: Edit[] = [];
      let bad = false;
      for (const part of raw.split(',').filter((p) => p.trim() !== '')) {
        const m = EDIT.exec(part.trim());
        const value = m ? Number(m[3]) : NaN;
        if (!m || !Number.isFinite(value) || Math.abs(value) > MAX_EDIT) {
          bad = true;
          continue;
        }
        edits.push({ tensor: TENSOR_LETTERS[m[1] as keyof typeof TENSOR_LETTERS], index: m[2].split('.').map(Number), value });
      }
      return bad ? { value: edits, issue: 'invalid' } : { value: edits };
    },
    format: (edits) =>
      edits.map((e) => `${e.tensor === 'input' ? 'x' : e.tensor === 'weight' ? 'w' : 'b'}${e.index.join('.')}:${e.value}`).join(','),
    equals: (a, b) => a.length === b.length && a.every((e, i) => e.tensor === b[i].tensor && e.value === b[i].value && e.index.join() === b[i].index.join()),
  };
}

/** The conv2d scene's parameters: PyTorch's names in the link, ranges a projector can show. */
export const conv2dSchema = {
  size: pairParam('size', 1, 32, 5),
  inChannels: intParam('in_channels', 1, 8, 1),
  outChannels: intParam('out_channels', 1, 8, 1),
  kernelSize: pairParam('kernel_size', 1, 11, 3),
  stride: pairParam('stride', 1, 8, 1),
  padding: paddingParam('padding', 10, 0),
  dilation: pairParam('dilation', 1, 8, 1),
  groups: intParam('groups', 1, 8, 1),
  bias: boolParam('bias', true),
  seed: intParam('seed', 0, 999_999, 1),
  preset: enumParam('kernel', KERNEL_PRESETS, 'random'),
  edits: editsParam('edits'),
};

/** The scene's values as the store holds them. */
export type Conv2dValues = ValuesOf<typeof conv2dSchema>;

/** Sets one edit, replacing an earlier edit of the same cell. */
export function withEdit(edits: readonly Edit[], edit: Edit): Edit[] {
  const key = (e: Edit) => `${e.tensor}${e.index.join('.')}`;
  return [...edits.filter((e) => key(e) !== key(edit)), edit];
}

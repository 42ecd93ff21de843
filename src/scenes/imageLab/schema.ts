import { enumParam, intParam, pairParam } from '../../url/params.ts';
import type { ParamCodec } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/** The bundled pictures (scikit-image's sample data, public/images/) and the drawn one. */
export const PICTURES = ['camera', 'chelsea', 'coffee', 'astronaut', 'drawn'] as const;

/** A picture's name. */
export type PictureName = (typeof PICTURES)[number];

/** The kernels a filter can use: conv2d's presets, three image classics, and the kernel the learner typed. */
export const FILTERS = ['identity', 'box', 'sharpen', 'sobelX', 'sobelY', 'laplacian', 'blur', 'emboss', 'edge', 'typed'] as const;

/** A filter's kernel name. */
export type FilterName = (typeof FILTERS)[number];

/** At most this many filters run at once (one output map each). */
export const MAX_FILTERS = 4;

/** The typed kernel's largest side and largest value (conv2d's edits read values up to 999). */
export const MAX_KERNEL_SIDE = 7;
export const MAX_KERNEL_VALUE = 999;

/** A kernel: `kH × kW` values, row-major. */
export interface Kernel {
  kH: number;
  kW: number;
  values: number[];
}

/** Why a typed kernel cannot be read: the message `lab.kernel.<code>` shows the values. */
export type KernelError =
  | { code: 'empty' }
  | { code: 'notNumber'; values: { row: number; text: string } }
  | { code: 'ragged'; values: { row: number; got: number; want: number } }
  | { code: 'tooLarge'; values: { rows: number; cols: number; max: number } }
  | { code: 'tooBig'; values: { text: string; max: number } };

// A decimal with at most four digits after the point: conv2d's edits link reads it back exactly.
const VALUE = /^[+-]?(\d+(\.\d{0,4})?|\.\d{1,4})$/;

/**
 * Reads a typed kernel: rows separated by `;` or new lines, values by `,` or spaces, e.g.
 * `1,0,-1; 2,0,-2; 1,0,-1`. Up to 7×7, every row as long as the first, each value a decimal with at
 * most four places and at most 999 in size.
 */
export function parseKernel(text: string): { kernel: Kernel } | { error: KernelError } {
  const rows = text
    .split(/[;\n]/)
    .map((r) => r.trim().replace(/\u2212/g, '-'))
    .filter((r) => r !== '');
  if (rows.length === 0) return { error: { code: 'empty' } };
  const cells = rows.map((r) => r.split(/[\s,]+/).filter((v) => v !== ''));
  const kW = cells[0].length;
  if (rows.length > MAX_KERNEL_SIDE || cells.some((r) => r.length > MAX_KERNEL_SIDE)) {
    return { error: { code: 'tooLarge', values: { rows: rows.length, cols: Math.max(...cells.map((r) => r.length)), max: MAX_KERNEL_SIDE } } };
  }
  const values: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (cells[i].length !== kW) return { error: { code: 'ragged', values: { row: i + 1, got: cells[i].length, want: kW } } };
    for (const v of cells[i]) {
      if (!VALUE.test(v)) return { error: { code: 'notNumber', values: { row: i + 1, text: v } } };
      const n = Number(v);
      if (Math.abs(n) > MAX_KERNEL_VALUE) return { error: { code: 'tooBig', values: { text: v, max: MAX_KERNEL_VALUE } } };
      values.push(n === 0 ? 0 : n);
    }
  }
  return { kernel: { kH: rows.length, kW, values } };
}

/** A kernel as the link writes it: `1,0,-1;2,0,-2;1,0,-1`. */
export function formatKernel(k: Kernel): string {
  const rows: string[] = [];
  for (let i = 0; i < k.kH; i++) rows.push(k.values.slice(i * k.kW, (i + 1) * k.kW).join(','));
  return rows.join(';');
}

/** The typed kernel's default: a diagonal edge detector, rank 2 (no column × row gives it). */
export const DIAGONAL: Kernel = { kH: 3, kW: 3, values: [2, 1, 0, 1, 0, -1, 0, -1, -2] };

/** The typed kernel in the link (`kernel=1,0,-1;2,0,-2;1,0,-1`); an unreadable one falls back to the diagonal default. */
export function kernelParam(key: string): ParamCodec<Kernel> {
  return {
    key,
    default: DIAGONAL,
    parse(raw) {
      const r = parseKernel(raw);
      return 'kernel' in r ? { value: r.kernel } : { value: DIAGONAL, issue: 'invalid' };
    },
    format: formatKernel,
    equals: (a, b) => a.kH === b.kH && a.kW === b.kW && a.values.every((v, i) => v === b.values[i]),
  };
}

/** The filters in the link: `filters=sobelX,blur` (1 to 4 known names; an unknown one drops the list to the default). */
export function filtersParam(key: string, def: FilterName[]): ParamCodec<FilterName[]> {
  return {
    key,
    default: def,
    parse(raw) {
      const names = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
      const known = names.map((n) => FILTERS.find((f) => f.toLowerCase() === n.toLowerCase()));
      if (names.length === 0 || known.some((k) => k === undefined)) return { value: def, issue: 'invalid' };
      const list = known as FilterName[];
      return list.length > MAX_FILTERS ? { value: list.slice(0, MAX_FILTERS), issue: 'outOfRange' } : { value: list };
    },
    format: (v) => v.join(','),
    equals: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
  };
}

/**
 * The image lab's parameters: the `picture`, `color` (`gray`: one channel of luminance; `rgb`: three, each
 * filter spanning them), the longest side it is scaled to (`max_side`), the `filters` and the `kernel`
 * typed for the filter `typed`, and PyTorch's `stride`, `padding` and `dilation` (shared by the filters).
 */
export const imageLabSchema = {
  picture: enumParam('picture', PICTURES, 'camera'),
  color: enumParam('color', ['gray', 'rgb'] as const, 'gray'),
  maxSide: intParam('max_side', 32, 2048, 512),
  filters: filtersParam('filters', ['sobelX', 'blur', 'typed']),
  kernel: kernelParam('kernel'),
  stride: pairParam('stride', 1, 4, 1),
  padding: pairParam('padding', 0, 12, 1),
  dilation: pairParam('dilation', 1, 4, 1),
};

/** The scene's values as the store holds them. */
export type ImageLabValues = ValuesOf<typeof imageLabSchema>;

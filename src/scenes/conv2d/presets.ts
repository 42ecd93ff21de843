/** Kernel presets of the conv2d scene; `random` keeps the seeded values. */
export const KERNEL_PRESETS = ['random', 'identity', 'box', 'sharpen', 'sobelX', 'sobelY', 'laplacian'] as const;

/** A kernel preset's name. */
export type KernelPresetName = (typeof KERNEL_PRESETS)[number];

const THREE_BY_THREE: Partial<Record<KernelPresetName, number[]>> = {
  sharpen: [0, -1, 0, -1, 5, -1, 0, -1, 0],
  sobelX: [1, 0, -1, 2, 0, -2, 1, 0, -1],
  sobelY: [1, 2, 1, 0, 0, 0, -1, -2, -1],
  laplacian: [0, 1, 0, 1, -4, 1, 0, 1, 0],
};

/**
 * The values of a preset for a kernel of `[kH, kW]`, row-major, or null where the preset has no such
 * size (sharpen, Sobel and Laplacian are 3×3; identity needs odd sides; box fits any size, as 1s so that
 * sums stay whole numbers).
 */
export function kernelPreset(name: KernelPresetName, [kH, kW]: readonly [number, number]): number[] | null {
  if (name === 'random') return null;
  if (name === 'box') return new Array<number>(kH * kW).fill(1);
  if (name === 'identity') {
    if (kH % 2 === 0 || kW % 2 === 0) return null;
    const k = new Array<number>(kH * kW).fill(0);
    k[((kH - 1) / 2) * kW + (kW - 1) / 2] = 1;
    return k;
  }
  return kH === 3 && kW === 3 ? (THREE_BY_THREE[name] ?? null) : null;
}

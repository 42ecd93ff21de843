/** Smoothstep easing on [0, 1]: `t²·(3 − 2t)`, zero speed at both ends (glides start and stop gently). */
export function smoothstep(t: number): number {
  return t * t * (3 - 2 * t);
}

import { intParam } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/** How many held-out test images public/digits-nin.json carries (scripts/train_digits.py's SAMPLES_SHOWN). */
export const SAMPLE_COUNT = 200;

/**
 * The digits scene's parameters: `sample`, which of the bundled held-out test images is fed to the
 * network (a drawn digit replaces it until a sample is picked again; a drawing is not kept in the link).
 */
export const digitsSchema = {
  sample: intParam('sample', 0, SAMPLE_COUNT - 1, 0),
};

/** The scene's values as the store holds them. */
export type DigitsValues = ValuesOf<typeof digitsSchema>;

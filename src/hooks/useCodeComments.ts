import { useMemo } from 'react';
import { useT } from '../i18n/useT.ts';
import type { CodeComments } from '../scenes/conv2d/code.ts';

/** The code panel's comments (input axes, output shape, parameter count) in the learner's language. */
export function useCodeComments(): CodeComments {
  const t = useT();
  return useMemo(
    () => ({
      inputShape: t('code.shapeNCHW'),
      outputShape: (shape: string) => t('code.outShape', { shape }),
      params: (count: number) => t('code.params', { n: count }),
    }),
    [t],
  );
}

import { useEffect, useState } from 'react';
import { selectEmbed, useAppStore } from '../store/store.ts';

/**
 * Whether a CSS media query matches, kept up to date (false where matchMedia is missing). An embed is
 * never "narrow": its frame is small but fixed, so the scene fits the frame instead of scrolling a phone page.
 */
export function useMediaQuery(query: string): boolean {
  const embed = useAppStore(selectEmbed);
  const [matches, setMatches] = useState(() => typeof matchMedia === 'function' && matchMedia(query).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const mq = matchMedia(query);
    const onChange = () => setMatches(mq.matches);
    onChange();
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [query]);
  return matches && !(embed && query === NARROW_QUERY);
}

/** The width below which scenes stack vertically and the page scrolls (keep in step with styles.css). */
export const NARROW_QUERY = '(max-width: 1040px)';

import type { ReactNode } from 'react';
import styles from './LinkList.module.css';

/** How many links an explanation lists before it only counts the rest (`… +12`). */
export const MAX_LINKS = 48;

/** Props of `LinkList`. */
export interface LinkListProps<T> {
  /** Every link, in the order they are listed. */
  links: readonly T[];
  /** A link's line, e.g. `5×(−1) → output[0, 1, 2]`. */
  line: (link: T) => ReactNode;
  linkKey: (link: T) => string;
  /** Lines of a tap on padding or an inserted zero, drawn muted. */
  muted?: (link: T) => boolean;
  /** At most this many lines (default `MAX_LINKS`); the rest are counted after the list. */
  max?: number;
}

/**
 * The multiplies a focused cell takes part in, one line each, in a list that scrolls (and takes the
 * keyboard focus to scroll) once it is long; past `max` lines only the number left is written.
 */
export function LinkList<T>({ links, line, linkKey, muted, max = MAX_LINKS }: LinkListProps<T>) {
  return (
    <>
      <ul className={styles.linkList} tabIndex={0}>
        {links.slice(0, max).map((link) => (
          <li key={linkKey(link)} className={muted?.(link) ? 'term-pad' : undefined}>
            {line(link)}
          </li>
        ))}
      </ul>
      {links.length > max && <p className="calc-note">… +{links.length - max}</p>}
    </>
  );
}

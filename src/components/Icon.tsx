/** The playback icons, drawn as SVG so that they look the same with any font. */
export type IconName = 'play' | 'pause' | 'first' | 'last' | 'prev' | 'next' | 'prevCell' | 'nextCell';

const PATHS: Record<IconName, string> = {
  play: 'M5 3 L13 8 L5 13 Z',
  pause: 'M4 3 H7 V13 H4 Z M9 3 H12 V13 H9 Z',
  first: 'M3 3 H5 V13 H3 Z M13 3 L6 8 L13 13 Z',
  last: 'M11 3 H13 V13 H11 Z M3 3 L10 8 L3 13 Z',
  prev: 'M11 3 L5 8 L11 13 Z',
  next: 'M5 3 L11 8 L5 13 Z',
  prevCell: 'M8 3 L2 8 L8 13 Z M14 3 L8 8 L14 13 Z',
  nextCell: 'M2 3 L8 8 L2 13 Z M8 3 L14 8 L8 13 Z',
};

/** A 1em icon that inherits the text colour; hidden from screen readers (its button has the name). */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" width="1em" height="1em" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}

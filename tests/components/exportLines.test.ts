import { describe, expect, it } from 'vitest';
import { borderDash, groupLines } from '../../src/components/exportImage.ts';
import type { PlacedChar } from '../../src/components/exportImage.ts';

/** Lays `lines` out as a monospace browser would: each character 8 px wide, lines 20 px apart from `x`. */
function laidOut(lines: string[], x = 10, breakSpace: 'hang' | 'collapse' = 'collapse'): PlacedChar[] {
  const chars: PlacedChar[] = [];
  lines.forEach((line, row) => {
    [...line].forEach((ch, col) => chars.push({ text: ch, rect: { left: x + col * 8, top: 100 + row * 20, width: 8, height: 18 } }));
    if (row + 1 < lines.length) {
      // The space where the line broke: collapsed (no box) or hanging past the end of the line.
      chars.push({ text: ' ', rect: breakSpace === 'collapse' ? null : { left: x + line.length * 8, top: 100 + row * 20, width: 4, height: 18 } });
    }
  });
  return chars;
}

describe('groupLines', () => {
  it('splits a wrapped caption into its lines, each at its own box', () => {
    const lines = groupLines(laidOut(['not read by', 'kernel 0 (another', 'group)']));
    expect(lines.map((l) => l.text)).toEqual(['not read by', 'kernel 0 (another', 'group)']);
    expect(lines.map((l) => l.top)).toEqual([100, 120, 140]);
    expect(lines[0]).toMatchObject({ left: 10, width: 11 * 8, height: 18 });
    expect(lines[1].width).toBe(17 * 8);
  });
  it('keeps a hanging space from starting or widening a line', () => {
    const lines = groupLines(laidOut(['channel 0 × ? (its', 'weight comes at'], 10, 'hang'));
    expect(lines.map((l) => l.text)).toEqual(['channel 0 × ? (its', 'weight comes at']);
    expect(lines[0].width).toBe(18 * 8);
  });
  it('breaks Chinese, which has no spaces, between characters', () => {
    const lines = groupLines(laidOut(['卷积核 0 不读取此通道（属', '于另一组）']));
    expect(lines.map((l) => l.text)).toEqual(['卷积核 0 不读取此通道（属', '于另一组）']);
    expect(lines.map((l) => l.text).join('')).toBe('卷积核 0 不读取此通道（属于另一组）');
  });
  it('uses each line’s own x, so centred or right-aligned lines stay where they are', () => {
    const chars = [...laidOut(['abc'], 40), { text: ' ', rect: null }, ...laidOut(['de'], 44).map((c) => ({ ...c, rect: c.rect && { ...c.rect, top: 120 } }))];
    const lines = groupLines(chars);
    expect(lines.map((l) => [l.text, l.left, l.top])).toEqual([['abc', 40, 100], ['de', 44, 120]]);
  });
  it('keeps one line when a change of font splits it into boxes of slightly different tops', () => {
    const chars: PlacedChar[] = [
      { text: 'a', rect: { left: 0, top: 100, width: 8, height: 18 } },
      { text: '中', rect: { left: 8, top: 98, width: 14, height: 22 } },
      { text: 'b', rect: { left: 22, top: 100, width: 8, height: 18 } },
    ];
    expect(groupLines(chars)).toEqual([{ text: 'a中b', left: 0, top: 98, width: 30, height: 22 }]);
  });
  it('collapses runs of whitespace unless asked to keep them, and drops blank lines', () => {
    const chars: PlacedChar[] = [
      { text: ' ', rect: null },
      ...laidOut(['a']),
      { text: ' ', rect: { left: 18, top: 100, width: 4, height: 18 } },
      { text: '\n', rect: null },
      ...laidOut(['b']).map((c) => ({ ...c, rect: c.rect && { ...c.rect, left: 22 } })),
    ];
    expect(groupLines(chars).map((l) => l.text)).toEqual(['a b']);
    expect(groupLines(chars, true).map((l) => l.text)).toEqual(['a \nb']);
    expect(groupLines([{ text: '  ', rect: null }])).toEqual([]);
  });
});

describe('borderDash', () => {
  it('draws dashed borders as Chromium does and dotted ones as dots; solid ones plain', () => {
    expect(borderDash('dashed', 3)).toBe('6 3');
    expect(borderDash('dashed', 1)).toBe('3 2');
    expect(borderDash('dotted', 2)).toBe('2 2');
    expect(borderDash('solid', 3)).toBeNull();
  });
});

/** A typed answer read as a number: empty, unreadable, or its value. */
export type ReadAnswer = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'number'; value: number };

/**
 * Reads what a learner typed: spaces and thousands separators (`,`, `，`, `_`, thin spaces) are ignored,
 * a full-width digit or minus counts as the ASCII one; anything else that is not a finite number is invalid.
 */
export function readAnswer(typed: string): ReadAnswer {
  const text = typed
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[−－]/g, '-')
    .replace(/[\s,，_\u2009\u202F]/g, '');
  if (text === '') return { kind: 'empty' };
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { kind: 'invalid' };
  const value = Number(text);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

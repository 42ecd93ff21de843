import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boolParam, enumParam, intParam, numberParam, paddingParam, pairParam } from '../../src/url/params.ts';
import type { PaddingValue } from '../../src/url/params.ts';
import { formatHash, parseHash } from '../../src/url/route.ts';
import { defaults, parseParams, serializeParams } from '../../src/url/schema.ts';
import type { ValuesOf } from '../../src/url/schema.ts';

const schema = {
  size: pairParam('size', 1, 32, 5),
  inChannels: intParam('in_channels', 1, 8, 1),
  padding: paddingParam('padding', 10, 0),
  bias: boolParam('bias', true),
  preset: enumParam('preset', ['random', 'box', 'sobelX'] as const, 'random'),
  speed: numberParam('speed', 0.25, 8, 1),
};
type Values = ValuesOf<typeof schema>;
const parse = (q: string) => parseParams(schema, new URLSearchParams(q), ['lang', 'theme']);

describe('parameter codecs', () => {
  it('pairs: 5 is square, 5x7 and 5×7 are H×W; values outside 1–32 clamp', () => {
    expect(schema.size.parse('7')).toEqual({ value: [7, 7] });
    expect(schema.size.parse('5x7')).toEqual({ value: [5, 7] });
    expect(schema.size.parse('5×7')).toEqual({ value: [5, 7] });
    expect(schema.size.parse('0x99')).toEqual({ value: [1, 32], issue: 'outOfRange' });
    expect(schema.size.parse('big')).toEqual({ value: [5, 5], issue: 'invalid' });
    expect(schema.size.parse('3x4x5')).toEqual({ value: [5, 5], issue: 'invalid' });
    expect(schema.size.format([6, 6])).toBe('6');
    expect(schema.size.format([6, 9])).toBe('6x9');
  });

  it('padding: a number, a pair, same or valid; negative or fractional values are refused', () => {
    expect(schema.padding.parse('2')).toEqual({ value: 2 });
    expect(schema.padding.parse('1x2')).toEqual({ value: [1, 2] });
    expect(schema.padding.parse('SAME')).toEqual({ value: 'same' });
    expect(schema.padding.parse('valid')).toEqual({ value: 'valid' });
    expect(schema.padding.parse('-1')).toEqual({ value: 0, issue: 'outOfRange' });
    expect(schema.padding.parse('1.5')).toEqual({ value: 0, issue: 'invalid' });
    expect(schema.padding.parse('99')).toEqual({ value: 10, issue: 'outOfRange' });
  });

  it('ints refuse fractions, words, empty strings and huge numbers safely', () => {
    expect(schema.inChannels.parse('3')).toEqual({ value: 3 });
    expect(schema.inChannels.parse('2.5')).toEqual({ value: 1, issue: 'invalid' });
    expect(schema.inChannels.parse('')).toEqual({ value: 1, issue: 'invalid' });
    expect(schema.inChannels.parse('NaN')).toEqual({ value: 1, issue: 'invalid' });
    expect(schema.inChannels.parse('1e999')).toEqual({ value: 1, issue: 'invalid' });
    expect(schema.inChannels.parse('99999999999999999999')).toEqual({ value: 8, issue: 'outOfRange' });
  });

  it('bools and enums', () => {
    expect(['1', 'true', 'on', '0', 'false', 'off'].map((s) => schema.bias.parse(s).value)).toEqual([true, true, true, false, false, false]);
    expect(schema.bias.parse('maybe')).toEqual({ value: true, issue: 'invalid' });
    expect(schema.preset.parse('SobelX')).toEqual({ value: 'sobelX' });
    expect(schema.preset.parse('emboss')).toEqual({ value: 'random', issue: 'invalid' });
    expect(schema.speed.parse('0.1')).toEqual({ value: 0.25, issue: 'outOfRange' });
    expect(schema.speed.parse('Infinity')).toEqual({ value: 1, issue: 'invalid' });
  });
});

describe('parseParams / serializeParams', () => {
  it('garbage in: each bad value is corrected and reported with the key, the text given and the value used', () => {
    const { values, corrections } = parse('size=0x40&in_channels=abc&padding=-3&bias=2&nope=1&lang=zh');
    expect(values).toEqual({ ...defaults(schema), size: [1, 32], padding: 0 });
    expect(corrections).toEqual([
      { key: 'size', given: '0x40', used: '1x32', reason: 'outOfRange' },
      { key: 'in_channels', given: 'abc', used: '1', reason: 'invalid' },
      { key: 'padding', given: '-3', used: '0', reason: 'outOfRange' },
      { key: 'bias', given: '2', used: '1', reason: 'invalid' },
      { key: 'nope', given: '1', used: null, reason: 'unknown' },
    ]);
  });

  it('a repeated key: the last value wins and each earlier one is reported with the value used', () => {
    const { values, corrections } = parse('in_channels=2&bias=0&in_channels=3&in_channels=99');
    expect(values.inChannels).toBe(8);
    expect(values.bias).toBe(false);
    expect(corrections).toEqual([
      { key: 'in_channels', given: '2', used: '8', reason: 'duplicate' },
      { key: 'in_channels', given: '3', used: '8', reason: 'duplicate' },
      { key: 'in_channels', given: '99', used: '8', reason: 'outOfRange' },
    ]);
    expect(parse('x=1&x=1').corrections).toEqual([
      { key: 'x', given: '1', used: null, reason: 'unknown' },
      { key: 'x', given: '1', used: null, reason: 'unknown' },
    ]);
  });

  it('writes only non-default values, in schema order, with PyTorch names', () => {
    const v: Values = { ...defaults(schema), bias: false, size: [5, 7], inChannels: 3 };
    expect(new URLSearchParams(serializeParams(schema, v)).toString()).toBe('size=5x7&in_channels=3&bias=0');
    expect(serializeParams(schema, defaults(schema))).toEqual([]);
  });

  it('round trip: parse(serialize(v)) = v for every valid v', () => {
    const pair = fc.tuple(fc.integer({ min: 1, max: 32 }), fc.integer({ min: 1, max: 32 }));
    const padding: fc.Arbitrary<PaddingValue> = fc.oneof(
      fc.integer({ min: 0, max: 10 }),
      fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })).filter(([a, b]) => a !== b),
      fc.constantFrom('same' as const, 'valid' as const),
    );
    fc.assert(
      fc.property(
        fc.record({
          size: pair,
          inChannels: fc.integer({ min: 1, max: 8 }),
          padding,
          bias: fc.boolean(),
          preset: fc.constantFrom('random' as const, 'box' as const, 'sobelX' as const),
          speed: fc.constantFrom(0.25, 0.5, 1, 2, 4, 8),
        }),
        (v) => {
          const query = new URLSearchParams(serializeParams(schema, v));
          const back = parseParams(schema, query);
          expect(back.corrections).toEqual([]);
          expect(back.values).toEqual(v);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('hash routes', () => {
  it('reads the scene and query; an empty hash is the overview', () => {
    const r = parseHash('#/conv2d?size=5x7&lang=zh');
    expect(r.scene).toBe('conv2d');
    expect(r.query.get('size')).toBe('5x7');
    expect(parseHash('').scene).toBe('');
    expect(parseHash('#/').scene).toBe('');
  });

  it('survives undecodable text', () => {
    expect(parseHash('#/%%%?a=%%').scene).toBe('%%%');
    expect(parseHash('#/%E4%BD%A0').scene).toBe('你');
  });

  it('writes readable sizes and round-trips through parseHash', () => {
    const hash = formatHash('conv2d', [['size', '5x7'], ['padding', 'same']]);
    expect(hash).toBe('#/conv2d?size=5x7&padding=same');
    expect(Object.fromEntries(parseHash(hash).query)).toEqual({ size: '5x7', padding: 'same' });
  });
});

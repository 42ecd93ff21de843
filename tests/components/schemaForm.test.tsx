import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SchemaForm } from '../../src/components/SchemaForm.tsx';
import { boolParam, enumParam, intParam, numberParam, pairParam } from '../../src/url/params.ts';
import { defaults } from '../../src/url/schema.ts';

const schema = {
  size: pairParam('size', 1, 8, 4),
  groups: intParam('groups', 1, 4, 1),
  factor: numberParam('factor', 0, 1, 0.2),
  mode: enumParam('mode', ['max', 'avg'] as const, 'max'),
  bias: boolParam('bias', true),
};

function form(onChange = vi.fn()) {
  render(<SchemaForm schema={schema} values={defaults(schema)} names={['size', 'groups', 'factor', 'mode', 'bias']} onChange={onChange} optionLabel={(_, v) => v.toUpperCase()} />);
  return onChange;
}

describe('SchemaForm: the form a schema generates', () => {
  it('labels each field with its message and PyTorch name, and takes the ranges from the codecs', () => {
    form();
    const groups = screen.getByLabelText('Groups · groups');
    expect(groups).toHaveAttribute('min', '1');
    expect(groups).toHaveAttribute('max', '4');
    expect(screen.getByRole('checkbox', { name: 'Bias · bias' })).toBeChecked();
    expect(screen.getByRole('option', { name: 'AVG' })).toHaveValue('avg');
  });

  it('applies a valid value at once and explains one outside the range, naming the parameter', () => {
    const onChange = form();
    fireEvent.change(screen.getByLabelText('Groups · groups'), { target: { value: '3' } });
    expect(onChange).toHaveBeenLastCalledWith({ groups: 3 });
    fireEvent.change(screen.getByLabelText('Groups · groups'), { target: { value: '9' } });
    expect(screen.getByRole('alert')).toHaveTextContent('groups must be a whole number from 1 to 4.');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('a decimal parameter takes decimals (it was read as a whole number) and rejects values past its range', () => {
    const onChange = form();
    const factor = screen.getByLabelText('factor · factor');
    fireEvent.change(factor, { target: { value: '0.35' } });
    expect(onChange).toHaveBeenLastCalledWith({ factor: 0.35 });
    fireEvent.change(factor, { target: { value: '1.5' } });
    expect(screen.getByRole('alert')).toHaveTextContent('factor must be a number from 0 to 1.');
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

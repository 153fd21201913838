import { describe, expect, it } from 'vitest';
import { enumValue } from '../../src/shared/attributes.js';

describe('enumValue', () => {
  const PAY = ['annual', 'hourly'] as const;

  it('takes a keyword in any letter case, as HTML does', () => {
    expect(enumValue('pay', 'Hourly', PAY)).toEqual({ value: 'hourly', invalid: [] });
    expect(enumValue('pay', 'HOURLY', PAY)).toEqual({ value: 'hourly', invalid: [] });
  });

  it('names a value that is no keyword, and uses the default', () => {
    expect(enumValue('pay', 'weekly', PAY)).toEqual({ value: 'annual', invalid: [['pay', 'weekly']] });
  });

  it('uses the default quietly when no value is given', () => {
    expect(enumValue('pay', null, PAY)).toEqual({ value: 'annual', invalid: [] });
    expect(enumValue('pay', '', PAY)).toEqual({ value: 'annual', invalid: [] });
  });
});

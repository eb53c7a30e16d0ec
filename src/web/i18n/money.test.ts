import { describe, expect, it } from 'vitest';
import { makeMoney } from './money.ts';

describe('money in the organization’s currency', () => {
  it('writes cents as the language writes the currency', () => {
    expect(makeMoney('en', 'EUR')(150_000)).toBe('€1,500.00');
    expect(makeMoney('de', 'EUR')(150_000)).toBe('1.500,00\u00a0€');
    expect(makeMoney('de', 'CHF')(-1234)).toBe('-12,34\u00a0CHF');
    expect(makeMoney('en', 'USD')(5)).toBe('$0.05');
  });

  it('does not break on a code Intl refuses, and still shows it', () => {
    expect(makeMoney('en', 'euro')(150_000)).toBe('1,500.00 euro');
  });
});

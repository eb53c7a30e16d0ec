import { describe, expect, it } from 'vitest';
import { missingTopics, trainedAtFromRecords } from './training-rule.ts';

const at = (iso: string) => new Date(iso);

describe('trainedAtFromRecords', () => {
  it.each([
    ['no records', [], null],
    ['one required topic', [['business_policy', '2024-01-02']], null],
    [
      'other topics do not count',
      [
        ['business_policy', '2024-01-02'],
        ['other', '2024-02-01'],
      ],
      null,
    ],
    [
      'both: the later one',
      [
        ['customer_handling', '2024-03-01'],
        ['business_policy', '2024-01-02'],
      ],
      '2024-03-01',
    ],
    [
      'refreshers: the latest required completion',
      [
        ['business_policy', '2024-01-02'],
        ['customer_handling', '2024-01-05'],
        ['business_policy', '2024-06-01'],
        ['other', '2024-09-01'],
      ],
      '2024-06-01',
    ],
  ] as const)('%s', (_, records, expected) => {
    const input = records.map(([topic, day]) => ({ topic, completedAt: at(`${day}T00:00:00Z`) }));
    expect(trainedAtFromRecords(input)).toEqual(
      expected === null ? null : at(`${expected}T00:00:00Z`),
    );
  });

  it('lists the required topics still missing', () => {
    expect(missingTopics([])).toEqual(['business_policy', 'customer_handling']);
    expect(missingTopics([{ topic: 'customer_handling' }, { topic: 'other' }])).toEqual([
      'business_policy',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import { codes, org } from './decide.fixture.ts';
import type { FindingFacts, RuleResult } from './severity.ts';
import { effectiveSeverity, worstSeverity } from './severity.ts';
import type { ModelKey } from './types.ts';
import { MODELS } from './types.ts';

// In the fixture org, R is the root and A a region below it; X is no unit at all.
const rootWarn: FindingFacts = { ruleUnitId: 'R', severity: 'warn' };
const regionalWarn: FindingFacts = { ruleUnitId: 'A', severity: 'warn' };
const unknownWarn: FindingFacts = { ruleUnitId: 'X', severity: 'warn' };
const rootBlock: FindingFacts = { ruleUnitId: 'R', severity: 'block' };
const regionalBlock: FindingFacts = { ruleUnitId: 'A', severity: 'block' };

const TABLE: [ModelKey, FindingFacts, RuleResult][] = [
  ['holistic', rootWarn, 'warn'],
  ['holistic', regionalWarn, 'warn'],
  ['holistic', rootBlock, 'block'],
  ['holistic', regionalBlock, 'block'],
  ['decentralized', rootWarn, 'warn'],
  ['decentralized', regionalWarn, 'warn'],
  ['decentralized', rootBlock, 'block'],
  ['decentralized', regionalBlock, 'block'],
  ['coordinated', rootWarn, 'warn'],
  ['coordinated', regionalWarn, 'warn'],
  ['coordinated', rootBlock, 'block'],
  ['coordinated', regionalBlock, 'block'],
  ['centralized', rootWarn, 'block'],
  ['centralized', regionalWarn, 'block'],
  ['centralized', rootBlock, 'block'],
  ['centralized', regionalBlock, 'block'],
  ['multi_coordinated', rootWarn, 'block'],
  ['multi_coordinated', regionalWarn, 'warn'],
  ['multi_coordinated', unknownWarn, 'warn'],
  ['multi_coordinated', rootBlock, 'block'],
  ['multi_coordinated', regionalBlock, 'block'],
];

describe('effectiveSeverity', () => {
  it.each(TABLE)('%s: %j → %s', (model, finding, expected) => {
    expect(effectiveSeverity({ model, rootUnitId: 'R' }, finding)).toBe(expected);
    expect(effectiveSeverity(org(model, []), finding)).toBe(expected);
  });

  // A powerful actor (admin, lead of the root and of the global hub G) publishing on channel C of
  // unit U: decide must refuse exactly the findings that block and let the warnings through.
  it.each(TABLE)('%s: %j → %s is what decide does', (model, finding, expected) => {
    const s = org(model, [
      ['x', 'R', 'lead', { admin: true }],
      ['x', 'G', 'lead'],
    ]);
    const d = decide(s, 'x', 'publish', { channelId: 'C' }, { findings: [finding] });
    expect(d.allowed).toBe(expected !== 'block');
    const guideline = codes(d).filter((c) => c.startsWith('guidelines.'));
    const expectedCode =
      finding.severity === 'block'
        ? 'guidelines.blocked'
        : expected === 'block'
          ? 'guidelines.warn_blocks'
          : model === 'holistic' || model === 'decentralized' || model === 'coordinated'
            ? 'guidelines.warn_shown'
            : 'guidelines.warn_needs_hub';
    expect(guideline).toEqual([expectedCode]);
  });
});

describe('worstSeverity', () => {
  it.each<[ModelKey, FindingFacts[], RuleResult]>([
    ['holistic', [], 'ok'],
    ['holistic', [rootWarn, regionalWarn], 'warn'],
    ['holistic', [rootWarn, regionalBlock], 'block'],
    ['coordinated', [regionalWarn], 'warn'],
    ['centralized', [regionalWarn], 'block'],
    ['multi_coordinated', [regionalWarn], 'warn'],
    ['multi_coordinated', [regionalWarn, rootWarn], 'block'],
  ])('%s: %j → %s', (model, findings, expected) => {
    expect(worstSeverity({ model, rootUnitId: 'R' }, findings)).toBe(expected);
  });

  it('covers every model', () => {
    expect(new Set(TABLE.map(([model]) => model))).toEqual(new Set(MODELS));
  });
});

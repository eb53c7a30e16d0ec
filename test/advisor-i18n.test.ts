import { describe, expect, it } from 'vitest';
import {
  ADVISOR_QUESTIONS,
  ADVISOR_REASON_MESSAGES,
  ADVISOR_WHY,
  CRITERION_LABELS,
  MODEL_LABELS,
  STAFFING_ROLE_LABELS,
  UNCERTAINTY_MESSAGES,
  translateAdviceReason,
  translateUncertainty,
} from '../src/contracts/i18n/advisor.ts';
import { CRITERIA, CRITERIA_TABLE } from '../src/core/advisor/criteria.ts';
import { PROFILE_FIELDS } from '../src/core/advisor/profile.ts';
import { UNCERTAINTY_CODES } from '../src/core/advisor/rank.ts';
import { STAFFING_ROLES } from '../src/core/advisor/staffing.ts';
import { MODELS } from '../src/core/governance/types.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const REASON_CODES = CRITERIA.flatMap((c) => [`advisor.${c}.low`, `advisor.${c}.high`]);

describe('advisor texts', () => {
  it.each([
    ['reasons', ADVISOR_REASON_MESSAGES, REASON_CODES],
    ['uncertainties', UNCERTAINTY_MESSAGES, [...UNCERTAINTY_CODES]],
    ['models', MODEL_LABELS, [...MODELS]],
    ['criteria', CRITERION_LABELS, [...CRITERIA]],
    ['staffing roles', STAFFING_ROLE_LABELS, [...STAFFING_ROLES]],
    ['questions', ADVISOR_QUESTIONS, [...PROFILE_FIELDS]],
  ] as const)(
    '%s: a German and an English text for every key, same placeholders',
    (_, texts, keys) => {
      for (const locale of ['en', 'de'] as const) {
        expect(Object.keys(texts[locale]).sort()).toEqual([...keys].sort());
      }
      for (const key of keys) {
        const en = (texts.en as Record<string, string>)[key]!;
        const de = (texts.de as Record<string, string>)[key]!;
        expect(en.trim(), key).toBeTruthy();
        expect(de, key).not.toBe(en);
        expect(placeholders(de), key).toEqual(placeholders(en));
      }
    },
  );

  it('explains a model only where the weights make it so (every text is reachable)', () => {
    expect(Object.keys(ADVISOR_WHY.de).sort()).toEqual(Object.keys(ADVISOR_WHY.en).sort());
    for (const key of Object.keys(ADVISOR_WHY.en)) {
      const match = /^advisor\.(\w+)\.(low|high)\.(\w+)\.(for|against)$/.exec(key);
      expect(match, key).not.toBeNull();
      const [, criterion, side, model, effect] = match!;
      const definition = CRITERIA_TABLE.find((c) => c.key === criterion);
      expect(definition, key).toBeDefined();
      const weight = definition!.weights[model as (typeof MODELS)[number]];
      const sign = Math.sign(weight) * (side === 'high' ? 1 : -1);
      expect(sign, key).toBe(effect === 'for' ? 1 : -1);
      expect(placeholders(ADVISOR_WHY.de[key]!)).toEqual(placeholders(ADVISOR_WHY.en[key]!));
    }
  });

  it('writes German with umlauts, not ASCII stand-ins', () => {
    const german = [
      ...Object.values(ADVISOR_REASON_MESSAGES.de),
      ...Object.values(ADVISOR_WHY.de),
      ...Object.values(UNCERTAINTY_MESSAGES.de),
      ...Object.values(ADVISOR_QUESTIONS.de),
    ].join('\n');
    expect(german).toMatch(/[äöüß]/);
    expect(german).not.toMatch(/fuer|groess|koenn|muess|ueber|zaehl|taetig|gross\b/i);
  });

  it('words a reason: the answer, then why it matters for the model', () => {
    const reason = {
      criterion: 'size' as const,
      effect: 'against' as const,
      points: -13.8,
      code: 'advisor.size.high',
      params: { model: 'holistic' as const, value: 3000 },
    };
    expect(translateAdviceReason(reason, 'en')).toBe(
      'With 3,000 employees the organization is on the large side. In a large organization not ' +
        'everyone can keep in step with everyone else: that speaks against the holistic model.',
    );
    expect(translateAdviceReason(reason, 'de')).toBe(
      'Mit 3.000 Beschäftigten ist die Organisation eher groß. In einer großen Organisation ' +
        'können sich nicht alle mit allen abstimmen: Das spricht gegen das holistische Modell.',
    );
    const plain = {
      ...reason,
      effect: 'for' as const,
      params: { model: 'centralized' as const, value: 3000 },
    };
    expect(translateAdviceReason(plain, 'de')).toBe(
      'Mit 3.000 Beschäftigten ist die Organisation eher groß. Das spricht für das zentralisierte Modell.',
    );
    expect(translateAdviceReason({ ...plain, code: 'advisor.future.high' }, 'en')).toBe(
      'advisor.future.high That speaks for the centralized model.',
    );
  });

  it('words an uncertainty with models, criteria and numbers in the language', () => {
    expect(
      translateUncertainty(
        {
          code: 'advisor.close_scores',
          params: { first: 'decentralized', second: 'holistic', gap: 1.4 },
        },
        'de',
      ),
    ).toBe(
      'Die Antworten trennen das dezentrale Modell und das holistische Modell kaum (1,4 Punkte Abstand).',
    );
    expect(
      translateUncertainty(
        {
          code: 'advisor.counter_criterion',
          params: { model: 'decentralized', criterion: 'size' },
        },
        'en',
      ),
    ).toBe('One answer speaks clearly against the decentralized model: size.');
  });
});

import { describe, expect, it } from 'vitest';
import { REASON_MESSAGES, translateReason } from '../src/contracts/i18n/reasons.ts';
import { ORGANIZATION_REASON_CODES } from '../src/core/governance/organization.ts';
import { REASON_CODES } from '../src/core/governance/reasons.ts';

const CODES = [...REASON_CODES, ...ORGANIZATION_REASON_CODES];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('reason messages', () => {
  it.each(CODES)('%s has an English and a German text with the same placeholders', (code) => {
    const en = REASON_MESSAGES.en[code];
    const de = REASON_MESSAGES.de[code];
    expect(en?.trim()).toBeTruthy();
    expect(de?.trim()).toBeTruthy();
    expect(de).not.toBe(en);
    expect(placeholders(de)).toEqual(placeholders(en));
  });

  it('has no texts for codes that do not exist', () => {
    expect(Object.keys(REASON_MESSAGES.en).sort()).toEqual([...CODES].sort());
    expect(Object.keys(REASON_MESSAGES.de).sort()).toEqual([...CODES].sort());
  });

  it('writes German with umlauts, not ASCII stand-ins', () => {
    const german = Object.values(REASON_MESSAGES.de).join('\n');
    expect(german).toMatch(/[äöüß]/);
    expect(german).not.toMatch(
      /fuer|koenn|duerf|gehoer|noetig|beitraeg|geschaeft|ausserhalb|muess/i,
    );
  });

  it('fills parameters, translates domain words and names units', () => {
    const reason = {
      code: 'relation.role_too_low',
      params: { role: 'contributor', required: 'lead' },
    };
    expect(translateReason(reason, 'de')).toBe(
      'Ihre Rolle hier ist „Mitwirkende“; nötig ist „Leitung“.',
    );
    expect(translateReason(reason, 'en')).toBe('Your role here is contributor; this needs lead.');
    const unit = { code: 'grant.unit_role', params: { role: 'lead', unitId: 'u1' } };
    expect(
      translateReason(unit, 'en', { unitName: (id) => (id === 'u1' ? 'Press' : undefined) }),
    ).toBe('You hold the role lead in Press.');
    expect(translateReason(unit, 'en')).toBe('You hold the role lead in u1.');
    expect(translateReason({ code: 'target.not_found', params: { kind: 'channel' } }, 'de')).toBe(
      'Kanal nicht gefunden.',
    );
    expect(translateReason({ code: 'some.future_code' }, 'de')).toBe('some.future_code');
  });
});

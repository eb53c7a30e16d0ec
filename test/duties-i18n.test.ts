import { describe, expect, it } from 'vitest';
import type { DutyItem, DutyItemCode } from '../src/contracts/duties.ts';
import { dutyItemSchema } from '../src/contracts/duties.ts';
import {
  DUTY_ACTIONS,
  DUTY_MESSAGES,
  joinList,
  renderDutyItem,
  renderDutyNotice,
} from '../src/contracts/i18n/duties.ts';
import {
  STRUCTURE_GAP_MESSAGES,
  translateStructureGap,
} from '../src/contracts/i18n/model-switch.ts';
import { STRUCTURE_GAP_CODES } from '../src/core/governance/structure-gaps.ts';
import { ACTIONS } from '../src/core/governance/types.ts';

/** One item of every code, with parameters that show up in the text. */
const SAMPLES: Record<DutyItemCode, DutyItem> = {
  'model.switched': { code: 'model.switched', params: { from: 'holistic', to: 'centralized' } },
  'settings.changed': { code: 'settings.changed', params: { model: 'decentralized' } },
  'rights.gained': { code: 'rights.gained', params: { action: 'publish', channels: ['Kanal A'] } },
  'rights.lost': { code: 'rights.lost', params: { action: 'reply_inbox', channels: ['Kanal A'] } },
  'approval_pool.joined': { code: 'approval_pool.joined', params: { channels: ['Kanal A'] } },
  'approval_pool.left': { code: 'approval_pool.left', params: { channels: ['Kanal A'] } },
  'approvers.changed': {
    code: 'approvers.changed',
    params: { channels: ['Kanal A'], steps: [{ pool: 'regional_hub', unit: 'EMEA Hub' }] },
  },
  'calendar.scope_changed': {
    code: 'calendar.scope_changed',
    params: { channels: ['Kanal A'], scope: 'published_only' },
  },
  'posts.rechained': { code: 'posts.rechained', params: { titles: ['Sommerfest'] } },
  'posts.returned_to_draft': {
    code: 'posts.returned_to_draft',
    params: { titles: ['Sommerfest'] },
  },
  'strategy.published': { code: 'strategy.published', params: { version: 3, title: 'Zuhören' } },
  'staffing.role_assigned': {
    code: 'staffing.role_assigned',
    params: { role: 'unit_lead', unit: 'EMEA Hub', minutesPerWeek: 150 },
  },
  'training.required': { code: 'training.required', params: {} },
};
const CODES = Object.keys(SAMPLES) as DutyItemCode[];

describe('duty texts', () => {
  it('cover every item code of the contract, and no other', () => {
    const inSchema = dutyItemSchema.options.map((o) => o.shape.code.value).sort();
    expect([...CODES].sort()).toEqual(inSchema);
    expect(Object.keys(DUTY_MESSAGES.en).sort()).toEqual(inSchema);
    expect(Object.keys(DUTY_MESSAGES.de).sort()).toEqual(inSchema);
    expect(Object.keys(DUTY_ACTIONS.de).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(CODES)('%s reads in German and English, every placeholder filled', (code) => {
    const item = SAMPLES[code];
    expect(dutyItemSchema.parse(item)).toEqual(item);
    const en = renderDutyItem(item, 'en');
    const de = renderDutyItem(item, 'de');
    expect(de).not.toBe(en);
    for (const text of [en, de]) {
      expect(text).not.toMatch(/[{}]/);
      expect(text.length).toBeGreaterThan(20);
    }
    const shown = JSON.stringify(item.params).match(/"(Kanal A|EMEA Hub|Sommerfest|Zuhören)"/);
    if (shown) {
      expect(en).toContain(shown[1]);
      expect(de).toContain(shown[1]);
    }
  });

  it('says who approves, or that nobody does', () => {
    const steps: DutyItem = {
      code: 'approvers.changed',
      params: {
        channels: ['LinkedIn', 'Mastodon'],
        steps: [
          { pool: 'regional_hub', unit: 'EMEA Hub' },
          { pool: 'global_hub', unit: 'Global Team' },
        ],
      },
    };
    expect(renderDutyItem(steps, 'en')).toBe(
      'Your posts on LinkedIn and Mastodon now need the approval of the regional hub EMEA Hub and the global hub Global Team.',
    );
    expect(renderDutyItem(steps, 'de')).toBe(
      'Ihre Beiträge auf LinkedIn und Mastodon brauchen jetzt die Freigabe durch den regionalen Hub EMEA Hub und den globalen Hub Global Team.',
    );
    const none: DutyItem = { code: 'approvers.changed', params: { channels: ['X'], steps: [] } };
    expect(renderDutyItem(none, 'de')).toBe(
      'Ihre Beiträge auf X werden jetzt ohne Freigabe veröffentlicht.',
    );
    expect(renderDutyItem(none, 'en')).toBe('Your posts on X now go out without approval.');
  });

  it("names the planned role and its hours in the reader's number format", () => {
    const item = SAMPLES['staffing.role_assigned'];
    expect(renderDutyItem(item, 'en')).toBe(
      'You take on the role of unit lead in EMEA Hub, planned at 2.5 hours a week.',
    );
    expect(renderDutyItem(item, 'de')).toBe(
      'Sie übernehmen die Rolle „Leitung der Einheit“ in EMEA Hub, geplant mit 2,5 Stunden pro Woche.',
    );
  });

  it('names untitled posts and shortens long lists', () => {
    const item: DutyItem = { code: 'posts.rechained', params: { titles: ['', 'Launch'] } };
    expect(renderDutyItem(item, 'de')).toContain('Beitrag ohne Titel und Launch');
    const many = Array.from({ length: 11 }, (_, i) => `C${i}`);
    expect(joinList(many, 'en')).toBe('C0, C1, C2, C3, C4, C5, C6, C7, and 3 more');
    expect(joinList(many, 'de')).toBe('C0, C1, C2, C3, C4, C5, C6, C7 und 3 weitere');
  });

  it('titles a notice by its cause', () => {
    expect(renderDutyNotice('model_switch', [SAMPLES['model.switched']], 'de').title).toBe(
      'Modellwechsel: holistisch → zentralisiert',
    );
    expect(renderDutyNotice('model_switch', [SAMPLES['settings.changed']], 'en').title).toBe(
      'New settings of the decentralized model',
    );
    expect(renderDutyNotice('strategy', [SAMPLES['strategy.published']], 'de').title).toBe(
      'Neue Strategie: Zuhören',
    );
    expect(renderDutyNotice('staffing_plan', [], 'de')).toEqual({
      title: 'Personalplan',
      lines: [],
    });
  });

  it('writes German with umlauts, not ASCII stand-ins', () => {
    const german = [
      ...Object.values(DUTY_MESSAGES.de),
      ...Object.values(STRUCTURE_GAP_MESSAGES.de),
    ].join('\n');
    expect(german).toMatch(/[äöüß]/);
    expect(german).not.toMatch(/fuer|koenn|duerf|gehoer|noetig|beitraeg|ausserhalb|muess/i);
  });
});

describe('structure gap texts', () => {
  it.each(STRUCTURE_GAP_CODES)('%s reads in German and English with the unit’s name', (code) => {
    const gap = { code, params: { model: 'multi_coordinated', unitId: 'u1' } };
    const name = (id: string) => (id === 'u1' ? 'Nordlicht' : undefined);
    const en = translateStructureGap(gap, 'en', name);
    const de = translateStructureGap(gap, 'de', name);
    expect(de).not.toBe(en);
    for (const text of [en, de]) expect(text).not.toMatch(/[{}]|u1/);
  });
});

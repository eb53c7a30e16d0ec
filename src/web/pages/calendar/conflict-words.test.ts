import { beforeAll, describe, expect, it } from 'vitest';
import type { ConflictView } from '../../../contracts/calendar.ts';
import { i18n, registerMessages } from '../../i18n/setup.ts';
import { conflictWords, type ConflictNames } from './conflict-words.ts';
import { calendarMessages } from './messages.ts';

const ID = '00000000-0000-4000-8000-000000000001';
const names = (locale: string): ConflictNames => ({
  unitName: (id) => (id === ID ? 'Filiale Hamburg' : undefined),
  campaignName: (id) => (id === ID ? 'Herbst' : undefined),
  date: (iso) => iso.slice(0, 10),
  locale,
});

beforeAll(() => registerMessages('calendar', calendarMessages));

describe('conflicts in words', () => {
  const cases: [ConflictView, string, string][] = [
    [
      {
        kind: 'same_topic',
        postId: ID,
        variantId: ID,
        unitId: ID,
        hashtags: ['#Zins'],
        links: ['bank.example/a'],
      },
      'Same topic as a post of Filiale Hamburg due close by (#Zins and bank.example/a).',
      'Gleiches Thema wie ein Beitrag von Filiale Hamburg kurz davor oder danach (#Zins und bank.example/a).',
    ],
    [
      {
        kind: 'campaign_link_mismatch',
        campaignId: ID,
        link: 'a.example',
        expected: ['b.example', 'c.example'],
        masterPostId: null,
      },
      'Links to a.example, while the campaign “Herbst” links to b.example and c.example.',
      'Verlinkt a.example, die Kampagne „Herbst“ aber b.example und c.example.',
    ],
    [
      {
        kind: 'campaign_missing_element',
        campaignId: ID,
        masterPostId: ID,
        hashtags: ['#Herbst'],
        link: 'x.example',
      },
      'Lacks what the master post of the campaign “Herbst” carries: #Herbst and x.example.',
      'Es fehlt, was der Leitbeitrag der Kampagne „Herbst“ enthält: #Herbst und x.example.',
    ],
    [
      {
        kind: 'outside_campaign_window',
        campaignId: ID,
        startsAt: '2026-09-01T00:00:00Z',
        endsAt: null,
      },
      'Due outside the time of the campaign “Herbst” (2026-09-01 to open).',
      'Fällig außerhalb der Laufzeit der Kampagne „Herbst“ (2026-09-01 bis offen).',
    ],
    [
      { kind: 'duplicate_published', postId: ID, variantId: ID },
      'The same text is already published on this channel.',
      'Derselbe Text ist auf diesem Kanal schon veröffentlicht.',
    ],
  ];
  it.each(cases)('%o', (conflict, en, de) => {
    expect(conflictWords(conflict, i18n.getFixedT('en', 'calendar'), names('en'))).toBe(en);
    expect(conflictWords(conflict, i18n.getFixedT('de', 'calendar'), names('de'))).toBe(de);
  });

  it('says something for a kind it does not know and an unknown campaign', () => {
    const t = i18n.getFixedT('en', 'calendar');
    expect(conflictWords({ kind: 'new_kind' } as unknown as ConflictView, t, names('en'))).toBe(
      'A conflict the app cannot describe (new_kind).',
    );
    expect(
      conflictWords(
        { kind: 'outside_campaign_window', campaignId: 'other', startsAt: null, endsAt: null },
        t,
        names('en'),
      ),
    ).toBe('Due outside the time of the campaign “?” (open to open).');
  });
});

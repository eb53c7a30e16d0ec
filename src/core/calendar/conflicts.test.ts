import { describe, expect, it } from 'vitest';
import {
  detectConflicts,
  deviatesFromMaster,
  type CalendarVariant,
  type CampaignInfo,
  type Conflict,
  type ConflictInput,
} from './conflicts.ts';

const at = (hhmm: string, day = '2026-06-01') => new Date(`${day}T${hhmm}:00Z`);

let seq = 0;
function v(over: Partial<CalendarVariant> & { id?: string } = {}): CalendarVariant {
  const id = over.id ?? `v${++seq}`;
  return {
    postId: `p-${id}`,
    variantId: id,
    channelId: 'ch-a',
    unitId: 'unit-a',
    status: 'scheduled',
    dueAt: at('10:00'),
    text: '',
    link: null,
    campaignId: null,
    ...over,
  };
}

const campaign = (over: Partial<CampaignInfo> = {}): CampaignInfo => ({
  id: 'camp',
  startsAt: null,
  endsAt: null,
  masterPostId: null,
  ...over,
});

const topic = (id: string, unitId: string) => ({
  kind: 'same_topic' as const,
  postId: `p-${id}`,
  variantId: id,
  unitId,
});

function run(over: Partial<ConflictInput>): Record<string, Conflict[]> {
  const result = detectConflicts({
    variants: [],
    campaigns: [],
    masterVariants: [],
    published: [],
    topicWindowMinutes: 120,
    ...over,
  });
  return Object.fromEntries(result);
}

const master = v({
  id: 'm1',
  postId: 'master',
  unitId: 'global',
  campaignId: 'camp',
  text: 'Summer sale #Sommer #Sale2026',
  link: 'https://shop.example.com/summer',
});
const master2 = v({
  ...master,
  id: 'm2',
  channelId: 'ch-x',
  text: 'Sale #sommer #Sale2026 #only_here',
});
const withMaster = [campaign({ masterPostId: 'master' })];

interface Row {
  name: string;
  input: Partial<ConflictInput>;
  /** Conflicts expected per variant id; variants not named have none. */
  expected: Record<string, Conflict[]>;
}

const rows: Row[] = [
  {
    name: 'a localized post carrying every master element has no conflict',
    input: {
      campaigns: withMaster,
      masterVariants: [master, master2],
      variants: [
        master,
        v({
          id: 'de',
          unitId: 'de',
          campaignId: 'camp',
          text: 'Sommerschlussverkauf #SOMMER #sale2026',
          link: 'http://www.shop.example.com/summer/?utm_source=de',
        }),
      ],
    },
    expected: {},
  },
  {
    name: 'missing hashtags (common to all master variants) and a missing link',
    input: {
      campaigns: withMaster,
      masterVariants: [master, master2],
      variants: [v({ id: 'fr', unitId: 'fr', campaignId: 'camp', text: 'Soldes #Sommer' })],
    },
    expected: {
      fr: [
        {
          kind: 'campaign_missing_element',
          campaignId: 'camp',
          masterPostId: 'master',
          hashtags: ['#Sale2026'],
          link: 'https://shop.example.com/summer',
        },
      ],
    },
  },
  {
    name: 'a different link than the master',
    input: {
      campaigns: withMaster,
      masterVariants: [master],
      variants: [
        v({
          id: 'us',
          unitId: 'us',
          campaignId: 'camp',
          text: '#Sommer #Sale2026 at https://other.example.org/deal',
        }),
      ],
    },
    expected: {
      us: [
        {
          kind: 'campaign_link_mismatch',
          campaignId: 'camp',
          link: 'https://other.example.org/deal',
          expected: ['https://shop.example.com/summer'],
          masterPostId: 'master',
        },
      ],
    },
  },
  {
    name: 'without a master: units of one campaign linking to different places',
    input: {
      campaigns: [campaign()],
      variants: [
        v({ id: 'a1', unitId: 'a', campaignId: 'camp', link: 'https://a.example/x' }),
        v({ id: 'a2', unitId: 'a', campaignId: 'camp', link: 'https://a.example/y' }),
        v({ id: 'b1', unitId: 'b', campaignId: 'camp', link: 'https://a.example/x/' }),
      ],
    },
    expected: {
      a2: [
        {
          kind: 'campaign_link_mismatch',
          campaignId: 'camp',
          link: 'https://a.example/y',
          expected: ['https://a.example/x/'],
          masterPostId: null,
        },
      ],
      b1: [
        {
          kind: 'campaign_link_mismatch',
          campaignId: 'camp',
          link: 'https://a.example/x/',
          expected: ['https://a.example/y'],
          masterPostId: null,
        },
      ],
    },
  },
  {
    name: 'two units on the same hashtag within the window conflict both ways',
    input: {
      variants: [
        v({ id: 's1', unitId: 'sales', text: 'Visit us #Messe2026', dueAt: at('10:00') }),
        v({ id: 's2', unitId: 'pr', text: 'We are at #messe2026!', dueAt: at('11:59') }),
        v({ id: 's3', unitId: 'hr', text: 'Jobs #Messe2026', dueAt: at('14:01') }),
      ],
    },
    expected: {
      s1: [
        {
          kind: 'same_topic',
          postId: 'p-s2',
          variantId: 's2',
          unitId: 'pr',
          hashtags: ['#Messe2026'],
          links: [],
        },
      ],
      s2: [
        {
          kind: 'same_topic',
          postId: 'p-s1',
          variantId: 's1',
          unitId: 'sales',
          hashtags: ['#messe2026'],
          links: [],
        },
      ],
    },
  },
  {
    name: 'a shared link is a shared topic; same unit, same post or same campaign are not',
    input: {
      topicWindowMinutes: 30,
      variants: [
        v({ id: 'l1', unitId: 'a', text: 'See example.com/news', dueAt: at('09:00') }),
        v({ id: 'l2', unitId: 'b', link: 'https://example.com/news', dueAt: at('09:30') }),
        v({ id: 'l3', unitId: 'a', text: 'example.com/news', dueAt: at('09:10') }),
        v({ id: 'c1', unitId: 'c', campaignId: 'k', text: '#x', dueAt: at('12:00') }),
        v({ id: 'c2', unitId: 'd', campaignId: 'k', text: '#x', dueAt: at('12:00') }),
      ],
    },
    expected: {
      l1: [
        {
          kind: 'same_topic',
          postId: 'p-l2',
          variantId: 'l2',
          unitId: 'b',
          hashtags: [],
          links: ['example.com/news'],
        },
      ],
      l3: [
        {
          kind: 'same_topic',
          postId: 'p-l2',
          variantId: 'l2',
          unitId: 'b',
          hashtags: [],
          links: ['example.com/news'],
        },
      ],
      l2: [
        {
          kind: 'same_topic',
          postId: 'p-l1',
          variantId: 'l1',
          unitId: 'a',
          hashtags: [],
          links: ['https://example.com/news'],
        },
        {
          kind: 'same_topic',
          postId: 'p-l3',
          variantId: 'l3',
          unitId: 'a',
          hashtags: [],
          links: ['https://example.com/news'],
        },
      ],
    },
  },
  {
    name: 'a pair sharing a hashtag and a link conflicts once; each post lists its own in due order',
    input: {
      variants: [
        v({ id: 'm1', unitId: 'a', text: '#Sale at example.com/x', dueAt: at('10:00') }),
        v({ id: 'm2', unitId: 'b', text: 'example.com/x #sale', dueAt: at('10:30') }),
        v({ id: 'm3', unitId: 'c', text: '#SALE', dueAt: at('09:45') }),
      ],
    },
    expected: {
      m3: [
        { ...topic('m1', 'a'), hashtags: ['#SALE'], links: [] },
        { ...topic('m2', 'b'), hashtags: ['#SALE'], links: [] },
      ],
      m1: [
        { ...topic('m3', 'c'), hashtags: ['#Sale'], links: [] },
        { ...topic('m2', 'b'), hashtags: ['#Sale'], links: ['example.com/x'] },
      ],
      m2: [
        { ...topic('m3', 'c'), hashtags: ['#sale'], links: [] },
        { ...topic('m1', 'a'), hashtags: ['#sale'], links: ['example.com/x'] },
      ],
    },
  },
  {
    name: 'posts before the campaign starts or after it ends',
    input: {
      campaigns: [campaign({ startsAt: at('08:00'), endsAt: at('18:00') })],
      variants: [
        v({ id: 'early', campaignId: 'camp', dueAt: at('07:59') }),
        v({ id: 'edge', campaignId: 'camp', dueAt: at('18:00') }),
        v({ id: 'late', campaignId: 'camp', dueAt: at('18:01') }),
        v({ id: 'undated', campaignId: 'camp', dueAt: null }),
      ],
    },
    expected: {
      early: [
        {
          kind: 'outside_campaign_window',
          campaignId: 'camp',
          startsAt: at('08:00'),
          endsAt: at('18:00'),
        },
      ],
      late: [
        {
          kind: 'outside_campaign_window',
          campaignId: 'camp',
          startsAt: at('08:00'),
          endsAt: at('18:00'),
        },
      ],
    },
  },
  {
    name: 'the same text already published on the same channel (case, spacing, NFKC)',
    input: {
      published: [
        v({
          id: 'old',
          status: 'published',
          text: 'Hello  World ﬁne',
          dueAt: at('10:00', '2026-01-01'),
        }),
        v({ id: 'elsewhere', status: 'published', channelId: 'ch-b', text: 'hello world fine' }),
      ],
      variants: [
        v({ id: 'again', status: 'draft', text: 'hello world fine\n' }),
        v({ id: 'repub', status: 'published', text: 'HELLO WORLD FINE' }),
        v({ id: 'other', status: 'draft', text: 'hello world, fine' }),
        v({ id: 'gone', status: 'archived', text: 'hello world fine' }),
      ],
    },
    expected: {
      again: [
        { kind: 'duplicate_published', postId: 'p-old', variantId: 'old' },
        { kind: 'duplicate_published', postId: 'p-repub', variantId: 'repub' },
      ],
      repub: [{ kind: 'duplicate_published', postId: 'p-old', variantId: 'old' }],
    },
  },
  {
    name: 'archived and rejected posts are neither checked nor compared with',
    input: {
      campaigns: [campaign({ endsAt: at('09:00') })],
      variants: [
        v({ id: 'x1', unitId: 'a', status: 'archived', campaignId: 'camp', text: '#t' }),
        v({ id: 'x2', unitId: 'b', status: 'rejected', text: '#t' }),
        v({ id: 'x3', unitId: 'c', status: 'draft', text: '#t', dueAt: at('10:30') }),
      ],
    },
    expected: {},
  },
];

describe('detectConflicts', () => {
  it.each(rows)('$name', ({ input, expected }) => {
    expect(run(input)).toEqual(expected);
  });

  it('checks a campaign against its master only when the master has live variants', () => {
    const archivedMaster = { ...master, status: 'archived' };
    const result = run({
      campaigns: withMaster,
      masterVariants: [archivedMaster],
      variants: [v({ id: 'lonely', unitId: 'x', campaignId: 'camp', text: 'no tags' })],
    });
    expect(result).toEqual({});
  });

  it('ignores campaigns it was not given', () => {
    const result = run({
      variants: [v({ id: 'q', campaignId: 'unknown', dueAt: at('23:59', '2030-01-01') })],
    });
    expect(result).toEqual({});
  });
});

describe('deviatesFromMaster', () => {
  const master = [
    { text: 'Spring is here #AuroraSpring #Aurora', link: 'https://aurora.example/spring' },
  ];
  it('is false for a faithful localization (case, www, tracking and trailing slash do not count)', () => {
    expect(
      deviatesFromMaster(master, {
        text: 'Frühling! #aurorASPRING #Aurora',
        link: 'https://www.aurora.example/spring/?utm_source=x',
      }),
    ).toBe(false);
  });
  it('is true when a master hashtag, the link, or the right link is missing', () => {
    const link = 'https://aurora.example/spring';
    expect(deviatesFromMaster(master, { text: '#Aurora', link })).toBe(true);
    expect(deviatesFromMaster(master, { text: '#AuroraSpring #Aurora', link: null })).toBe(true);
    expect(
      deviatesFromMaster(master, {
        text: '#AuroraSpring #Aurora',
        link: 'https://aurora.example/x',
      }),
    ).toBe(true);
  });
  it('is false without a master, and needs only hashtags on every master variant', () => {
    expect(deviatesFromMaster([], { text: '', link: null })).toBe(false);
    const two = [
      { text: '#A #B', link: null },
      { text: '#A', link: null },
    ];
    expect(deviatesFromMaster(two, { text: '#A', link: 'https://else.example' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { composeReducer, emptyVariant, variantsInput, type ComposeState } from './compose-state.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

const start: ComposeState = { title: '', language: 'de', variants: [] };

describe('the composer state', () => {
  it('a channel added later starts from the first variant’s text and media', () => {
    let s = composeReducer(start, { type: 'toggleChannel', channelId: A, on: true });
    s = composeReducer(s, {
      type: 'variant',
      channelId: A,
      patch: { text: 'Hallo', mediaIds: ['m'] },
    });
    s = composeReducer(s, { type: 'toggleChannel', channelId: B, on: true });
    expect(s.variants.map((v) => [v.channelId, v.text, v.mediaIds])).toEqual([
      [A, 'Hallo', ['m']],
      [B, 'Hallo', ['m']],
    ]);
    // Copies, not shared arrays: trimming one variant leaves the other.
    s = composeReducer(s, { type: 'variant', channelId: B, patch: { mediaIds: [] } });
    expect(s.variants[0]!.mediaIds).toEqual(['m']);
  });

  it('adding a present channel or removing an absent one changes nothing', () => {
    const one = composeReducer(start, { type: 'toggleChannel', channelId: A, on: true });
    expect(composeReducer(one, { type: 'toggleChannel', channelId: A, on: true })).toBe(one);
    expect(composeReducer(one, { type: 'toggleChannel', channelId: B, on: false })).toBe(one);
    expect(
      composeReducer(one, { type: 'toggleChannel', channelId: A, on: false }).variants,
    ).toEqual([]);
  });

  it('sends empty optional fields as null and the due time as an instant of the org’s zone', () => {
    const s: ComposeState = {
      ...start,
      variants: [
        { ...emptyVariant(A, 'Text'), link: '  ', dueAt: '2026-07-01T10:00' },
        { ...emptyVariant(B, 'Text'), link: 'https://example.com', firstComment: 'Hi' },
      ],
    };
    expect(variantsInput(s, 'Europe/Berlin')).toEqual([
      {
        channelId: A,
        text: 'Text',
        link: null,
        firstComment: null,
        mediaIds: [],
        dueAt: '2026-07-01T08:00:00.000Z',
      },
      {
        channelId: B,
        text: 'Text',
        link: 'https://example.com',
        firstComment: 'Hi',
        mediaIds: [],
        dueAt: null,
      },
    ]);
  });
});

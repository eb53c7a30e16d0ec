import { describe, expect, it } from 'vitest';
import { mentionedMemberIds, mentionsAsText, parseMentions } from './mentions.ts';

const A = '0b6f4f8e-6a3e-4d4b-9d0c-6a8f2b1c3d4e';
const B = '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

describe('parseMentions', () => {
  it.each([
    { body: `Hi @[Ana Lopes](${A})!`, ids: [A] },
    { body: `@[Ana](${A.toUpperCase()}) and @[Ben](${B}) and @[Ana again](${A})`, ids: [A, B] },
    { body: '@ana plain handles mention nobody', ids: [] },
    { body: `@[](${A}) needs a name`, ids: [] },
    { body: `@[Ana](not-a-uuid) needs an id`, ids: [] },
    { body: `@[Ana\nLopes](${A}) no line breaks in names`, ids: [] },
    { body: `[Ana](${A}) needs the @`, ids: [] },
    { body: `mail@[Ana](${A}) still counts: the syntax is unambiguous`, ids: [A] },
  ])('$body', ({ body, ids }) => {
    expect(mentionedMemberIds(body)).toEqual(ids);
  });

  it('reports names and offsets', () => {
    const body = `x @[Ana](${A}) y`;
    expect(parseMentions(body)).toEqual([
      { memberId: A, name: 'Ana', start: 2, end: 2 + `@[Ana](${A})`.length },
    ]);
  });

  it('renders mentions as plain text', () => {
    expect(mentionsAsText(`Hi @[Ana Lopes](${A}), see @[Ben](${B}).`)).toBe(
      'Hi @Ana Lopes, see @Ben.',
    );
  });
});

import { errorResponse } from '../../contracts/common.ts';
import { textCheckBody, textCountSchema } from '../../contracts/text.ts';
import { countText } from '../../core/text/count.ts';
import type { RouteContext } from './index.ts';

export function textRoutes({ api }: RouteContext): void {
  api.post(
    '/text/check',
    {
      schema: {
        tags: ['text'],
        summary: 'Count a text as a network counts it and say whether it fits',
        description:
          'X: weighted length (twitter-text; URLs 23, CJK and emoji 2). Mastodon: graphemes of ' +
          'content warning and text, http(s) URLs 23, `@user@domain` as `@user`; `limit` is the ' +
          "instance's. Bluesky: graphemes and UTF-8 bytes, with link, mention and hashtag facets. " +
          'LinkedIn, Instagram, Facebook: UTF-16 code units of the text as typed. Threads: emoji ' +
          'count their UTF-8 bytes. Answers 200 with `valid: false` when the text does not fit.',
        body: textCheckBody,
        response: { 200: textCountSchema, 400: errorResponse, 401: errorResponse },
      },
    },
    // Pure counting: no database, nothing to authorize beyond being signed in.
    (req) => Promise.resolve(countText(req.body)),
  );
}

import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/setup.ts';
import { ApiError } from './client.ts';
import { describeError } from './error-message.ts';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('errors in plain words', () => {
  it('says the one reason of an error as its summary, in the current language', async () => {
    const err = new ApiError(401, 'unauthenticated', 'Email or password is wrong.', [
      { code: 'auth.invalid_credentials' },
    ]);
    expect(describeError(err)).toEqual({ summary: 'Email or password is wrong.', lines: [] });
    await i18n.changeLanguage('de');
    expect(describeError(err).summary).toBe('E-Mail-Adresse oder Passwort ist falsch.');
  });

  it('translates policy reason codes with the shared reason texts, naming units', async () => {
    const err = new ApiError(403, 'forbidden', 'no', [
      { code: 'relation.role_too_low', params: { role: 'contributor', required: 'editor' } },
      { code: 'approval.needs_hub' },
    ]);
    await i18n.changeLanguage('de');
    expect(describeError(err)).toEqual({
      summary: 'Das dürfen Sie nicht.',
      lines: [
        'Ihre Rolle hier ist „Mitwirkende“; nötig ist „Redaktion“.',
        'Der Hub muss diesen Beitrag freigeben.',
      ],
    });
  });

  it('names the field of a detail, with the caller’s label where it has one', () => {
    const err = new ApiError(422, 'unprocessable', 'no', [
      {
        path: 'body.variants.0.text',
        code: 'guideline.banned_term',
        params: { term: 'risikolos', reason: 'Nie.' },
      },
      { path: 'body.comment', code: 'too_small' },
    ]);
    const words = describeError(err, {
      fieldLabel: (p) => (p.startsWith('body.variants.0') ? 'LinkedIn: Text' : undefined),
    });
    expect(words.summary).toBe('This cannot be done as it is.');
    expect(words.lines).toEqual([
      'LinkedIn: Text: Banned term “risikolos”: Nie.',
      'Comment: Too short or missing.',
    ]);
  });

  it('falls back to the error code, then to a generic sentence; never shows raw codes', () => {
    const unknownDetail = new ApiError(409, 'conflict', 'x', [{ code: 'something.new' }]);
    expect(describeError(unknownDetail)).toEqual({
      summary: 'Someone changed this in the meantime.',
      lines: [],
    });
    const unknownCode = new ApiError(418, 'teapot', 'x');
    expect(describeError(unknownCode).summary).toBe('Something went wrong. Please try again.');
    expect(describeError(new TypeError('boom')).summary).toBe(
      'Something went wrong. Please try again.',
    );
    expect(describeError(new ApiError(0, 'network', 'fetch failed')).summary).toBe(
      'The server cannot be reached. Check your connection.',
    );
  });
});

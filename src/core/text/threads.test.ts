import { describe, expect, it } from 'vitest';
import { countThreads } from './threads.ts';

// Emoji count their UTF-8 bytes (Threads API documentation); everything else its UTF-16 units.
describe('countThreads', () => {
  it.each([
    ['plain ASCII', 'hello', 5],
    ['one emoji: 4 bytes', '👍', 4],
    ['skin tone: 4 + 4', '👍🏽', 8],
    ['flag: two regional indicators', '🇩🇪', 8],
    ['ZWJ family: 4×4 + 3×3', '👨‍👩‍👧‍👦', 25],
    ['keycap: 1 + 3 + 3', '1️⃣', 7],
    ['red heart with VS16: 3 + 3', '❤️', 6],
    ['e + combining acute', 'e\u0301', 2],
    ['CJK', '日本', 2],
    ['mathematical bold letter (astral, no emoji)', '𝐁', 2],
    ['emoji in a sentence', 'Hi 👋!', 8],
  ])('%s', (_name, text, expected) => {
    expect(countThreads(text)).toBe(expected);
  });
});

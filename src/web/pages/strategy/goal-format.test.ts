import { describe, expect, it } from 'vitest';
import { formatTarget, inputToTarget, targetToInput } from './goal-format.ts';

describe('goal targets between the store, the form and the page', () => {
  it('shows engagement rates as percent without binary noise, and stores shares', () => {
    expect(targetToInput('engagement_rate', 0.035)).toBe('3.5');
    expect(inputToTarget('engagement_rate', '3.5')).toBe(0.035);
    expect(inputToTarget('engagement_rate', '3,5')).toBe(0.035);
    expect(inputToTarget('engagement_rate', targetToInput('engagement_rate', 0.07))).toBe(0.07);
  });

  it('keeps counts and minutes as they are', () => {
    expect(targetToInput('posts_per_week', 10)).toBe('10');
    expect(inputToTarget('posts_per_week', ' 12 ')).toBe(12);
    expect(inputToTarget('response_time_minutes', '30')).toBe(30);
  });

  it.each(['', 'abc', '-1', '1e3', '1.2.3', '12 posts'])('refuses %j', (input) => {
    expect(inputToTarget('followers', input)).toBeNull();
  });

  it('writes targets the way the language does', () => {
    expect(formatTarget('engagement_rate', 0.035, 'en')).toBe('3.5%');
    expect(formatTarget('engagement_rate', 0.035, 'de')).toBe('3,5\u00a0%');
    expect(formatTarget('response_time_minutes', 30, 'en')).toBe('30 minutes');
    expect(formatTarget('response_time_minutes', 30, 'de')).toBe('30 Minuten');
    expect(formatTarget('followers', 12500, 'de')).toBe('12.500');
    expect(formatTarget('followers', 12500, 'en')).toBe('12,500');
  });
});

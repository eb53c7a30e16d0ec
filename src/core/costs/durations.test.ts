import { describe, expect, it } from 'vitest';
import { ENTRIES, TIMELINES } from './costs.fixture.ts';
import {
  DEFAULT_REPLAY_DURATIONS,
  measureDurations,
  replayDurationsSchema,
  resolveDurations,
} from './durations.ts';

describe('measureDurations', () => {
  it('takes medians (nearest rank) of what the history shows', () => {
    expect(measureDurations(ENTRIES, TIMELINES)).toEqual({
      // Create minutes per post: P1 30 + 15 = 45, P2 45 → [45, 45] → 45.
      createMinutes: 45,
      // Review entries about a post: [10, 20] → rank ⌈1⌉ = 1 → 10.
      reviewMinutesPerStep: 10,
      // Coordinate entries about a post: [5].
      handoffMinutes: 5,
      // Decided steps outside a hub: P2's unit_leads 60.
      stepWaitMinutes: 60,
      // Decided hub steps: [150, 540] → 150 (P3's open step is left out).
      hubStepWaitMinutes: 150,
    });
  });

  it('leaves out what has no sample; entries about no post do not count', () => {
    const aboutNoPost = ENTRIES.map((e) => ({ ...e, postId: null }));
    expect(measureDurations(aboutNoPost, [])).toEqual({});
    expect(measureDurations([], [TIMELINES[0]!])).toEqual({ hubStepWaitMinutes: 150 });
  });
});

describe('resolveDurations', () => {
  it('override, then measured, then default, and says which', () => {
    const r = resolveDurations(
      { createMinutes: 45, stepWaitMinutes: 60 },
      { stepWaitMinutes: 30, handoffMinutes: 0 },
    );
    expect(r.durations).toEqual({
      createMinutes: 45,
      reviewMinutesPerStep: DEFAULT_REPLAY_DURATIONS.reviewMinutesPerStep,
      handoffMinutes: 0,
      stepWaitMinutes: 30,
      hubStepWaitMinutes: DEFAULT_REPLAY_DURATIONS.hubStepWaitMinutes,
    });
    expect(r.sources).toEqual({
      createMinutes: 'measured',
      reviewMinutesPerStep: 'default',
      handoffMinutes: 'override',
      stepWaitMinutes: 'override',
      hubStepWaitMinutes: 'default',
    });
  });

  it('nothing given: the defaults', () => {
    expect(resolveDurations().durations).toEqual(DEFAULT_REPLAY_DURATIONS);
  });
});

describe('replayDurationsSchema', () => {
  it('accepts whole minutes from 0 to a year, each optional', () => {
    expect(replayDurationsSchema.parse({})).toEqual({});
    expect(replayDurationsSchema.parse({ hubStepWaitMinutes: 525_600 })).toEqual({
      hubStepWaitMinutes: 525_600,
    });
  });

  it.each([
    [{ createMinutes: -1 }, 'createMinutes'],
    [{ reviewMinutesPerStep: 2.5 }, 'reviewMinutesPerStep'],
    [{ stepWaitMinutes: 525_601 }, 'stepWaitMinutes'],
    [{ handoffMinutes: '15' }, 'handoffMinutes'],
    [{ waitMinutes: 5 }, ''],
  ])('refuses %j at %s', (input, path) => {
    const r = replayDurationsSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path.join('.')).toBe(path);
  });
});

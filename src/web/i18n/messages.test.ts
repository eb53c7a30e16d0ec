import { describe, expect, it } from 'vitest';
import { approvalsMessages } from '../pages/approvals/messages.ts';
import { calendarMessages } from '../pages/calendar/messages.ts';
import { deliveriesMessages } from '../pages/deliveries/messages.ts';
import { postsMessages } from '../pages/posts/messages.ts';
import { guidelinesMessages } from '../pages/guidelines/messages.ts';
import { settingsMessages } from '../pages/settings/messages.ts';
import { advisorMessages } from '../pages/advisor/messages.ts';
import { costsMessages } from '../pages/costs/messages.ts';
import { dutiesMessages } from '../pages/duties/messages.ts';
import { modelSwitchMessages } from '../pages/model-switch/messages.ts';
import { strategyMessages } from '../pages/strategy/messages.ts';
import { channelsMessages } from '../pages/channels/messages.ts';
import { composerMessages } from '../pages/composer/messages.ts';
import { dashboardMessages } from '../pages/dashboard/messages.ts';
import { loginMessages } from '../pages/login/messages.ts';
import { organizationMessages } from '../pages/organization/messages.ts';
import { commonDe } from './common.de.ts';
import { commonEn } from './common.en.ts';

/** Every key with its text, `a.b.c` for nested ones. */
function flatten(obj: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v as object, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const SETS = {
  common: { en: commonEn, de: commonDe },
  login: loginMessages,
  dashboard: dashboardMessages,
  organization: organizationMessages,
  channels: channelsMessages,
  composer: composerMessages,
  approvals: approvalsMessages,
  calendar: calendarMessages,
  guidelines: guidelinesMessages,
  settings: settingsMessages,
  deliveries: deliveriesMessages,
  posts: postsMessages,
  strategy: strategyMessages,
  advisor: advisorMessages,
  modelSwitch: modelSwitchMessages,
  duties: dutiesMessages,
  costs: costsMessages,
};

describe('texts in German and English', () => {
  it.each(Object.entries(SETS))(
    '%s: both languages, the same placeholders, none empty',
    (_, set) => {
      const en = flatten(set.en);
      const de = flatten(set.de);
      expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        expect(text.trim(), key).not.toBe('');
        expect(de.get(key)!.trim(), key).not.toBe('');
        expect(placeholders(de.get(key)!), key).toEqual(placeholders(text));
      }
    },
  );
});

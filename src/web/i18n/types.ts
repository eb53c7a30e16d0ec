import type { approvalsMessages } from '../pages/approvals/messages.ts';
import type { advisorMessages } from '../pages/advisor/messages.ts';
import type { costsMessages } from '../pages/costs/messages.ts';
import type { dutiesMessages } from '../pages/duties/messages.ts';
import type { modelSwitchMessages } from '../pages/model-switch/messages.ts';
import type { strategyMessages } from '../pages/strategy/messages.ts';
import type { calendarMessages } from '../pages/calendar/messages.ts';
import type { deliveriesMessages } from '../pages/deliveries/messages.ts';
import type { postsMessages } from '../pages/posts/messages.ts';
import type { guidelinesMessages } from '../pages/guidelines/messages.ts';
import type { settingsMessages } from '../pages/settings/messages.ts';
import type { channelsMessages } from '../pages/channels/messages.ts';
import type { composerMessages } from '../pages/composer/messages.ts';
import type { dashboardMessages } from '../pages/dashboard/messages.ts';
import type { loginMessages } from '../pages/login/messages.ts';
import type { organizationMessages } from '../pages/organization/messages.ts';
import type { commonEn } from './common.en.ts';

/**
 * Typed keys: `t('nav.dashboard')` is checked against the English texts. `common` is loaded at
 * start; each page's namespace arrives with the page (`registerMessages`). A new page adds its
 * line here.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof commonEn;
      login: (typeof loginMessages)['en'];
      dashboard: (typeof dashboardMessages)['en'];
      organization: (typeof organizationMessages)['en'];
      channels: (typeof channelsMessages)['en'];
      composer: (typeof composerMessages)['en'];
      approvals: (typeof approvalsMessages)['en'];
      strategy: (typeof strategyMessages)['en'];
      advisor: (typeof advisorMessages)['en'];
      modelSwitch: (typeof modelSwitchMessages)['en'];
      duties: (typeof dutiesMessages)['en'];
      costs: (typeof costsMessages)['en'];
      calendar: (typeof calendarMessages)['en'];
      guidelines: (typeof guidelinesMessages)['en'];
      settings: (typeof settingsMessages)['en'];
      deliveries: (typeof deliveriesMessages)['en'];
      posts: (typeof postsMessages)['en'];
    };
  }
}

import type { approvalsMessages } from '../pages/approvals/messages.ts';
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
    };
  }
}

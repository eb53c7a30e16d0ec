import type { PageMessages } from '../../i18n/messages.ts';

const en = {
  title: 'Posts',
  intro:
    'Every post you may see, newest first: drafts, posts in review, planned and published ones.',
  mine: 'Only my posts',
  none: 'No posts match.',
  open: 'Open',
};

export const postsMessages: PageMessages<typeof en> = {
  en,
  de: {
    title: 'Beiträge',
    intro:
      'Alle Beiträge, die Sie sehen dürfen, die neuesten zuerst: Entwürfe, Beiträge in Prüfung, geplante und veröffentlichte.',
    mine: 'Nur meine Beiträge',
    none: 'Keine passenden Beiträge.',
    open: 'Öffnen',
  },
};

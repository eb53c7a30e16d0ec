import type { Action, PoolKind } from '../../core/governance/types.ts';
import type { DutyItem, DutyItemCode, DutySource } from '../duties.ts';
import { MODEL_LABELS, STAFFING_ROLE_LABELS } from './advisor.ts';
import type { ReasonLocale } from './reasons.ts';

/**
 * Duty notices in German and English. Each item code has a sentence per language with `{name}`
 * placeholders; lists (channels, post titles, approvers) are joined the way the language joins
 * them. The types refuse a missing code or language; a test renders every code in both.
 */

type Texts<K extends string> = Readonly<Record<ReasonLocale, Readonly<Record<K, string>>>>;

export const DUTY_MESSAGES: Texts<DutyItemCode> = {
  en: {
    'model.switched': 'The organization has switched from the {from} model to the {to} model.',
    'settings.changed': 'The settings of the {model} model have changed.',
    'rights.gained': 'New: you may {action} on {channels}.',
    'rights.lost': 'You may no longer {action} on {channels}.',
    'approval_pool.joined': 'New duty: you approve posts on {channels}.',
    'approval_pool.left': 'You no longer approve posts on {channels}.',
    'approvers.changed': 'Your posts on {channels} now need the approval of {approvers}.',
    'calendar.scope_changed': 'In the calendar you now see {scope} of {channels}.',
    'posts.rechained': 'Your posts in review have a new approval chain: {titles}.',
    'posts.returned_to_draft':
      'Your posts in review went back to draft, as they cannot go through as they are now: {titles}.',
    'strategy.published':
      'Version {version} of the strategy, “{title}”, has been published. Please read it and acknowledge it: until then you may draft, but not publish or approve.',
    'staffing.role_assigned':
      'You take on the role of {role} in {unit}, planned at {hours} hours a week.',
    'training.required':
      'Please complete the training on business policy and customer handling: until then you may draft, but not publish or approve.',
  },
  de: {
    'model.switched': 'Die Organisation ist vom Modell „{from}“ zum Modell „{to}“ gewechselt.',
    'settings.changed': 'Die Einstellungen des Modells „{model}“ haben sich geändert.',
    'rights.gained': 'Neu: Sie dürfen auf {channels} {action}.',
    'rights.lost': 'Sie dürfen auf {channels} nicht mehr {action}.',
    'approval_pool.joined': 'Neue Aufgabe: Sie geben Beiträge auf {channels} frei.',
    'approval_pool.left': 'Sie geben Beiträge auf {channels} nicht mehr frei.',
    'approvers.changed':
      'Ihre Beiträge auf {channels} brauchen jetzt die Freigabe durch {approvers}.',
    'calendar.scope_changed': 'Im Kalender sehen Sie von {channels} jetzt {scope}.',
    'posts.rechained': 'Ihre Beiträge in Prüfung haben eine neue Freigabekette: {titles}.',
    'posts.returned_to_draft':
      'Ihre Beiträge in Prüfung sind wieder Entwürfe, weil sie so nicht mehr durchgehen: {titles}.',
    'strategy.published':
      'Version {version} der Strategie, „{title}“, ist veröffentlicht. Bitte lesen und bestätigen Sie sie: bis dahin dürfen Sie Entwürfe schreiben, aber nicht veröffentlichen oder freigeben.',
    'staffing.role_assigned':
      'Sie übernehmen die Rolle „{role}“ in {unit}, geplant mit {hours} Stunden pro Woche.',
    'training.required':
      'Bitte schließen Sie die Schulung zu Unternehmensrichtlinien und Kundenumgang ab: bis dahin dürfen Sie Entwürfe schreiben, aber nicht veröffentlichen oder freigeben.',
  },
};

/** A post without approval: the whole sentence changes. */
const NO_APPROVAL: Texts<'approvers.none'> = {
  en: { 'approvers.none': 'Your posts on {channels} now go out without approval.' },
  de: {
    'approvers.none': 'Ihre Beiträge auf {channels} werden jetzt ohne Freigabe veröffentlicht.',
  },
};

/** Actions as the verb phrase of "you may … on channels". */
export const DUTY_ACTIONS: Texts<Action> = {
  en: {
    view_calendar: 'see the posts in the calendar',
    draft: 'draft posts',
    publish: 'publish posts',
    approve: 'approve posts',
    manage_guidelines: 'manage the guidelines',
    manage_channels: 'manage the channels',
    pause_others: "pause or withdraw other people's posts",
    reply_inbox: 'reply in the inbox',
  },
  de: {
    view_calendar: 'Beiträge im Kalender sehen',
    draft: 'Beiträge entwerfen',
    publish: 'Beiträge veröffentlichen',
    approve: 'Beiträge freigeben',
    manage_guidelines: 'die Richtlinien verwalten',
    manage_channels: 'die Kanäle verwalten',
    pause_others: 'Beiträge anderer pausieren oder zurückziehen',
    reply_inbox: 'im Posteingang antworten',
  },
};

/** Approvers in the case the sentence needs (German: accusative after „durch“). */
const APPROVERS: Texts<PoolKind> = {
  en: {
    trained_peers: 'a trained colleague',
    unit_leads: 'a lead of {unit}',
    hub: 'the hub {unit}',
    hub_editors: 'an editor of the hub {unit}',
    regional_hub: 'the regional hub {unit}',
    global_hub: 'the global hub {unit}',
  },
  de: {
    trained_peers: 'eine geschulte Kollegin oder einen geschulten Kollegen',
    unit_leads: 'die Leitung von {unit}',
    hub: 'den Hub {unit}',
    hub_editors: 'die Redaktion des Hubs {unit}',
    regional_hub: 'den regionalen Hub {unit}',
    global_hub: 'den globalen Hub {unit}',
  },
};

const SCOPES: Texts<'all' | 'read_only' | 'published_and_own' | 'published_only'> = {
  en: {
    all: 'every post',
    read_only: 'every post, read-only',
    published_and_own: 'the published posts and your own drafts',
    published_only: 'only the published posts',
  },
  de: {
    all: 'alle Beiträge',
    read_only: 'alle Beiträge, nur lesend',
    published_and_own: 'die veröffentlichten Beiträge und Ihre eigenen Entwürfe',
    published_only: 'nur die veröffentlichten Beiträge',
  },
};

const TITLES: Texts<'model.switched' | 'settings.changed' | 'strategy.published' | DutySource> = {
  en: {
    'model.switched': 'Model switch: {from} → {to}',
    'settings.changed': 'New settings of the {model} model',
    'strategy.published': 'New strategy: {title}',
    model_switch: 'Model switch',
    strategy: 'New strategy',
    staffing_plan: 'Staffing plan',
  },
  de: {
    'model.switched': 'Modellwechsel: {from} → {to}',
    'settings.changed': 'Neue Einstellungen des Modells „{model}“',
    'strategy.published': 'Neue Strategie: {title}',
    model_switch: 'Modellwechsel',
    strategy: 'Neue Strategie',
    staffing_plan: 'Personalplan',
  },
};

const UNTITLED: Readonly<Record<ReasonLocale, string>> = {
  en: 'untitled post',
  de: 'Beitrag ohne Titel',
};
const MORE: Readonly<Record<ReasonLocale, (n: number) => string>> = {
  en: (n) => `${n} more`,
  de: (n) => `${n} weitere`,
};

/** At most this many names of a list are spelled out; the rest are counted. */
const LIST_MAX = 8;

/** "A, B and C" in the reader's language; long lists end with "and 5 more". */
export function joinList(items: readonly string[], locale: ReasonLocale): string {
  const shown = items.slice(0, LIST_MAX);
  if (items.length > LIST_MAX) shown.push(MORE[locale](items.length - LIST_MAX));
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(shown);
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** One item as a sentence in `locale`. */
export function renderDutyItem(item: DutyItem, locale: ReasonLocale): string {
  const models = MODEL_LABELS[locale];
  const list = (xs: readonly string[]) => joinList(xs, locale);
  switch (item.code) {
    case 'model.switched':
      return fill(DUTY_MESSAGES[locale][item.code], {
        from: models[item.params.from],
        to: models[item.params.to],
      });
    case 'settings.changed':
      return fill(DUTY_MESSAGES[locale][item.code], { model: models[item.params.model] });
    case 'rights.gained':
    case 'rights.lost':
      return fill(DUTY_MESSAGES[locale][item.code], {
        action: DUTY_ACTIONS[locale][item.params.action],
        channels: list(item.params.channels),
      });
    case 'approval_pool.joined':
    case 'approval_pool.left':
      return fill(DUTY_MESSAGES[locale][item.code], { channels: list(item.params.channels) });
    case 'approvers.changed': {
      const channels = list(item.params.channels);
      if (item.params.steps.length === 0) {
        return fill(NO_APPROVAL[locale]['approvers.none'], { channels });
      }
      const approvers = item.params.steps.map((s) =>
        fill(APPROVERS[locale][s.pool], { unit: s.unit ?? '' }),
      );
      return fill(DUTY_MESSAGES[locale][item.code], { channels, approvers: list(approvers) });
    }
    case 'calendar.scope_changed':
      return fill(DUTY_MESSAGES[locale][item.code], {
        channels: list(item.params.channels),
        scope: SCOPES[locale][item.params.scope],
      });
    case 'posts.rechained':
    case 'posts.returned_to_draft':
      return fill(DUTY_MESSAGES[locale][item.code], {
        titles: list(item.params.titles.map((t) => (t.trim() === '' ? UNTITLED[locale] : t))),
      });
    case 'strategy.published':
      return fill(DUTY_MESSAGES[locale][item.code], {
        version: String(item.params.version),
        title: item.params.title,
      });
    case 'staffing.role_assigned':
      return fill(DUTY_MESSAGES[locale][item.code], {
        role: STAFFING_ROLE_LABELS[locale][item.params.role],
        unit: item.params.unit,
        hours: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(
          item.params.minutesPerWeek / 60,
        ),
      });
    case 'training.required':
      return DUTY_MESSAGES[locale][item.code];
  }
}

/** A notice's title (from its first item, which names the cause) and its lines, in `locale`. */
export function renderDutyNotice(
  source: DutySource,
  items: readonly DutyItem[],
  locale: ReasonLocale,
): { title: string; lines: string[] } {
  const first = items[0];
  const titles = TITLES[locale];
  let title = titles[source];
  if (first?.code === 'model.switched') {
    const models = MODEL_LABELS[locale];
    title = fill(titles[first.code], {
      from: models[first.params.from],
      to: models[first.params.to],
    });
  } else if (first?.code === 'settings.changed') {
    title = fill(titles[first.code], { model: MODEL_LABELS[locale][first.params.model] });
  } else if (first?.code === 'strategy.published') {
    title = fill(titles[first.code], { title: first.params.title });
  }
  return { title, lines: items.map((item) => renderDutyItem(item, locale)) };
}

import type { Criterion } from '../../core/advisor/criteria.ts';
import type { ProfileField } from '../../core/advisor/profile.ts';
import type { AdviceReason, Uncertainty, UncertaintyCode } from '../../core/advisor/rank.ts';
import type { StaffingRole } from '../../core/advisor/staffing.ts';
import type { ModelKey } from '../../core/governance/types.ts';
import type { ReasonLocale } from './reasons.ts';

/**
 * The advisor's words in German and English: the questions, what each answer means (one text per
 * criterion and end of its scale), why that matters for a model, and what stays uncertain. The
 * product's own wording, not the source article's. Placeholders `{name}` take the parameters of
 * the core's reasons; models and criteria are named in the reader's language.
 */

type Texts<K extends string> = Readonly<Record<ReasonLocale, Readonly<Record<K, string>>>>;

export type ReasonCode = `advisor.${Criterion}.${'low' | 'high'}`;

/** Short names of the models, for lists and headings. */
export const MODEL_LABELS: Texts<ModelKey> = {
  en: {
    holistic: 'holistic',
    decentralized: 'decentralized',
    coordinated: 'coordinated (hub and spoke)',
    centralized: 'centralized',
    multi_coordinated: 'multi-coordinated (dandelion)',
  },
  de: {
    holistic: 'holistisch',
    decentralized: 'dezentral',
    coordinated: 'koordiniert (Hub and Spoke)',
    centralized: 'zentralisiert',
    multi_coordinated: 'mehrfach koordiniert (Pusteblume)',
  },
};

/** The models as they appear inside a sentence (German: accusative and nominative agree here). */
const MODEL_PHRASES: Texts<ModelKey> = {
  en: {
    holistic: 'the holistic model',
    decentralized: 'the decentralized model',
    coordinated: 'the coordinated model',
    centralized: 'the centralized model',
    multi_coordinated: 'the multi-coordinated model',
  },
  de: {
    holistic: 'das holistische Modell',
    decentralized: 'das dezentrale Modell',
    coordinated: 'das koordinierte Modell',
    centralized: 'das zentralisierte Modell',
    multi_coordinated: 'das mehrfach koordinierte Modell',
  },
};

export const CRITERION_LABELS: Texts<Criterion> = {
  en: {
    size: 'size',
    department_independence: 'independence of departments',
    dedicated_team: 'a dedicated team',
    staff_off_site: 'staff not on site',
    binding_directives: 'binding directives',
    international: 'international activity',
    regulation: 'regulation',
    authenticity_vs_control: 'authenticity versus control',
  },
  de: {
    size: 'Größe',
    department_independence: 'Eigenständigkeit der Abteilungen',
    dedicated_team: 'eigenes Team',
    staff_off_site: 'Beschäftigte nicht vor Ort',
    binding_directives: 'verbindliche Vorgaben',
    international: 'internationale Tätigkeit',
    regulation: 'Regulierung',
    authenticity_vs_control: 'Authentizität oder Kontrolle',
  },
};

/** What an answer says, per criterion and end of the scale. `{value}`: the answer. */
export const ADVISOR_REASON_MESSAGES: Texts<ReasonCode> = {
  en: {
    'advisor.size.low': 'With {value} employees the organization is on the small side.',
    'advisor.size.high': 'With {value} employees the organization is on the large side.',
    'advisor.department_independence.low': 'Only one department is to be active on social media.',
    'advisor.department_independence.high':
      'Several departments are to be active on social media on their own ({value}).',
    'advisor.dedicated_team.low': 'There is no social media team yet.',
    'advisor.dedicated_team.high': 'A social media team of {value} is in place.',
    'advisor.staff_off_site.low': 'Most people work on site ({value} %).',
    'advisor.staff_off_site.high': 'Many people do not work on site (on site: {value} %).',
    'advisor.binding_directives.low': 'Directives bind little ({value} of 5).',
    'advisor.binding_directives.high': 'Directives are binding ({value} of 5).',
    'advisor.international.low': 'The organization works in a single country.',
    'advisor.international.high':
      'The organization is active in {value} countries or business units.',
    'advisor.regulation.low': 'The business is lightly regulated ({value} of 5).',
    'advisor.regulation.high': 'The business is strongly regulated ({value} of 5).',
    'advisor.authenticity_vs_control.low':
      'Authentic voices matter more than control ({value} of 5).',
    'advisor.authenticity_vs_control.high':
      'Control matters more than authentic voices ({value} of 5).',
  },
  de: {
    'advisor.size.low': 'Mit {value} Beschäftigten ist die Organisation eher klein.',
    'advisor.size.high': 'Mit {value} Beschäftigten ist die Organisation eher groß.',
    'advisor.department_independence.low':
      'Nur eine Abteilung soll in den sozialen Medien aktiv sein.',
    'advisor.department_independence.high':
      'Mehrere Abteilungen sollen eigenständig in den sozialen Medien aktiv sein ({value}).',
    'advisor.dedicated_team.low': 'Ein eigenes Social-Media-Team gibt es noch nicht.',
    'advisor.dedicated_team.high': 'Ein Social-Media-Team mit {value} Personen ist vorhanden.',
    'advisor.staff_off_site.low': 'Die meisten arbeiten vor Ort ({value} %).',
    'advisor.staff_off_site.high': 'Viele arbeiten nicht vor Ort (vor Ort: {value} %).',
    'advisor.binding_directives.low': 'Vorgaben sind wenig verbindlich ({value} von 5).',
    'advisor.binding_directives.high': 'Vorgaben sind verbindlich ({value} von 5).',
    'advisor.international.low': 'Die Organisation ist in nur einem Land tätig.',
    'advisor.international.high':
      'Die Organisation ist in {value} Ländern oder Geschäftsbereichen tätig.',
    'advisor.regulation.low': 'Das Geschäft ist kaum reguliert ({value} von 5).',
    'advisor.regulation.high': 'Das Geschäft ist stark reguliert ({value} von 5).',
    'advisor.authenticity_vs_control.low':
      'Authentische Stimmen zählen mehr als Kontrolle ({value} von 5).',
    'advisor.authenticity_vs_control.high':
      'Kontrolle zählt mehr als authentische Stimmen ({value} von 5).',
  },
};

const STANCES: Texts<AdviceReason['effect']> = {
  en: { for: 'That speaks for {model}.', against: 'That speaks against {model}.' },
  de: { for: 'Das spricht für {model}.', against: 'Das spricht gegen {model}.' },
};

/**
 * Why an answer matters for one model, where the plain "speaks for/against" says too little.
 * Keyed `<reason code>.<model>.<effect>`: a key whose effect no longer matches the weights'
 * sign is never used (a test checks that every key is reachable).
 */
export const ADVISOR_WHY: Readonly<Record<ReasonLocale, Readonly<Record<string, string>>>> = {
  en: {
    'advisor.size.low.holistic.for':
      'Where few people work, everyone can take a share of social media: that speaks for {model}.',
    'advisor.size.high.holistic.against':
      'In a large organization not everyone can keep in step with everyone else: that speaks against {model}.',
    'advisor.size.low.decentralized.for':
      'A small or mid-sized organization can let each department look after its own accounts: that speaks for {model}.',
    'advisor.department_independence.high.decentralized.for':
      'Departments that work on their own can each run their own social media: that speaks for {model}.',
    'advisor.dedicated_team.high.coordinated.for':
      'A team of its own can be the hub that supports and steers the units: that speaks for {model}.',
    'advisor.dedicated_team.low.coordinated.against':
      'The hub this model relies on would have to be staffed first: that speaks against {model}.',
    'advisor.dedicated_team.low.centralized.against':
      'The hub this model relies on would have to be staffed first: that speaks against {model}.',
    'advisor.dedicated_team.low.multi_coordinated.against':
      'The hubs this model relies on would have to be staffed first: that speaks against {model}.',
    'advisor.staff_off_site.high.coordinated.for':
      'A hub that backs the units keeps people involved who do not work on site: that speaks for {model}.',
    'advisor.staff_off_site.low.holistic.for':
      'With nearly everyone on site, everyone can stay informed easily: that speaks for {model}.',
    'advisor.binding_directives.high.centralized.for':
      'Where directives bind, one central department can set how social media is done: that speaks for {model}.',
    'advisor.binding_directives.low.centralized.against':
      'People used to deciding for themselves chafe at rules set centrally: that speaks against {model}.',
    'advisor.international.high.multi_coordinated.for':
      'Regional hubs under one responsible team keep several countries or business units consistent: that speaks for {model}.',
    'advisor.international.low.multi_coordinated.against':
      'A single country needs no regional hubs: that speaks against {model}.',
  },
  de: {
    'advisor.size.low.holistic.for':
      'Wo wenige arbeiten, können alle einen Teil der Social-Media-Arbeit übernehmen: Das spricht für {model}.',
    'advisor.size.high.holistic.against':
      'In einer großen Organisation können sich nicht alle mit allen abstimmen: Das spricht gegen {model}.',
    'advisor.size.low.decentralized.for':
      'Eine kleine oder mittlere Organisation kann jede Abteilung ihre eigenen Konten betreuen lassen: Das spricht für {model}.',
    'advisor.department_independence.high.decentralized.for':
      'Abteilungen, die eigenständig arbeiten, können ihre Social-Media-Arbeit jeweils selbst führen: Das spricht für {model}.',
    'advisor.dedicated_team.high.coordinated.for':
      'Ein eigenes Team kann als Hub die Einheiten unterstützen und lenken: Das spricht für {model}.',
    'advisor.dedicated_team.low.coordinated.against':
      'Der Hub, auf den dieses Modell baut, müsste erst besetzt werden: Das spricht gegen {model}.',
    'advisor.dedicated_team.low.centralized.against':
      'Der Hub, auf den dieses Modell baut, müsste erst besetzt werden: Das spricht gegen {model}.',
    'advisor.dedicated_team.low.multi_coordinated.against':
      'Die Hubs, auf die dieses Modell baut, müssten erst besetzt werden: Das spricht gegen {model}.',
    'advisor.staff_off_site.high.coordinated.for':
      'Ein Hub, der die Einheiten begleitet, hält auch Beschäftigte außerhalb des Standorts eingebunden: Das spricht für {model}.',
    'advisor.staff_off_site.low.holistic.for':
      'Wenn fast alle vor Ort sind, bleiben alle leicht auf dem gleichen Stand: Das spricht für {model}.',
    'advisor.binding_directives.high.centralized.for':
      'Wo Vorgaben verbindlich sind, kann eine zentrale Abteilung festlegen, wie Social Media läuft: Das spricht für {model}.',
    'advisor.binding_directives.low.centralized.against':
      'Wer gewohnt ist, selbst zu entscheiden, tut sich mit zentral gesetzten Regeln schwer: Das spricht gegen {model}.',
    'advisor.international.high.multi_coordinated.for':
      'Regionale Hubs unter einem verantwortlichen Team halten mehrere Länder oder Geschäftsbereiche auf einer Linie: Das spricht für {model}.',
    'advisor.international.low.multi_coordinated.against':
      'In nur einem Land braucht es keine regionalen Hubs: Das spricht gegen {model}.',
  },
};

export const UNCERTAINTY_MESSAGES: Texts<UncertaintyCode> = {
  en: {
    'advisor.close_scores':
      'The answers hardly separate {first} and {second} ({gap} points apart).',
    'advisor.counter_criterion': 'One answer speaks clearly against {model}: {criterion}.',
    'advisor.team_missing':
      'There is no social media team yet, but {model} needs a hub: the staffing plan counts on building one.',
    'advisor.few_clear_answers':
      '{count} of {total} answers sit in the middle: the profile says little, so take the ranking as a first hint.',
  },
  de: {
    'advisor.close_scores':
      'Die Antworten trennen {first} und {second} kaum ({gap} Punkte Abstand).',
    'advisor.counter_criterion': 'Eine Antwort spricht deutlich gegen {model}: {criterion}.',
    'advisor.team_missing':
      'Ein Social-Media-Team gibt es noch nicht, {model} braucht aber einen Hub: Der Personalplan sieht vor, eines aufzubauen.',
    'advisor.few_clear_answers':
      '{count} von {total} Antworten liegen in der Mitte: Das Profil sagt wenig aus, die Reihenfolge ist nur ein erster Hinweis.',
  },
};

export const STAFFING_ROLE_LABELS: Texts<StaffingRole> = {
  en: {
    hub_lead: 'hub lead',
    hub_editor: 'hub editor',
    regional_hub_lead: 'regional hub lead',
    unit_lead: 'unit lead',
    unit_contributor: 'contributor',
    trained_member: 'trained member',
  },
  de: {
    hub_lead: 'Leitung des Hubs',
    hub_editor: 'Redaktion des Hubs',
    regional_hub_lead: 'Leitung eines regionalen Hubs',
    unit_lead: 'Leitung der Einheit',
    unit_contributor: 'Mitwirkende',
    trained_member: 'geschultes Mitglied',
  },
};

/** The advisor's questions (CLI prompts, the web app's wizard), with the scale where there is one. */
export const ADVISOR_QUESTIONS: Texts<ProfileField> = {
  en: {
    employees: 'How many people work in the organization?',
    onSiteShare: 'What share of them works on site (percent)?',
    activeDepartments: 'How many departments or units should be active on social media?',
    countries: 'In how many countries or independent business units is the organization active?',
    socialTeamSize: 'How many people already do social media as their job (0 = nobody)?',
    directiveCulture:
      'How binding are directives in the culture? (1 = everyone decides for themselves, 5 = instructions are followed)',
    regulation: 'How regulated is the business? (1 = hardly, 5 = strongly)',
    authenticityVsControl:
      'Authenticity or control? (1 = authentic voices, 5 = control over every word)',
  },
  de: {
    employees: 'Wie viele Menschen arbeiten in der Organisation?',
    onSiteShare: 'Welcher Anteil davon arbeitet vor Ort (Prozent)?',
    activeDepartments:
      'Wie viele Abteilungen oder Einheiten sollen in den sozialen Medien aktiv sein?',
    countries:
      'In wie vielen Ländern oder eigenständigen Geschäftsbereichen ist die Organisation tätig?',
    socialTeamSize:
      'Wie viele Personen kümmern sich bereits beruflich um Social Media (0 = niemand)?',
    directiveCulture:
      'Wie verbindlich sind Vorgaben in der Kultur? (1 = alle entscheiden selbst, 5 = Anweisungen werden befolgt)',
    regulation: 'Wie stark ist das Geschäft reguliert? (1 = kaum, 5 = stark)',
    authenticityVsControl:
      'Authentizität oder Kontrolle? (1 = authentische Stimmen, 5 = Kontrolle über jedes Wort)',
  },
};

/**
 * The reason as a sentence: what the answer says, then why it matters for the model (or plainly
 * that it speaks for or against it).
 */
export function translateAdviceReason(reason: AdviceReason, locale: ReasonLocale): string {
  // A newer core may know codes this build has no text for: show the code.
  const template = (ADVISOR_REASON_MESSAGES[locale] as Record<string, string | undefined>)[
    reason.code
  ];
  const fact = fill(template ?? reason.code, reason.params, locale);
  const why =
    ADVISOR_WHY[locale][`${reason.code}.${reason.params.model}.${reason.effect}`] ??
    STANCES[locale][reason.effect];
  return `${fact} ${fill(why, reason.params, locale)}`;
}

export function translateUncertainty(uncertainty: Uncertainty, locale: ReasonLocale): string {
  return fill(
    UNCERTAINTY_MESSAGES[locale][uncertainty.code] ?? uncertainty.code,
    uncertainty.params,
    locale,
  );
}

const MODEL_PARAMS = new Set(['model', 'first', 'second']);

function fill(
  template: string,
  params: Readonly<Record<string, string | number>>,
  locale: ReasonLocale,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    if (typeof value === 'number') return value.toLocaleString(locale);
    if (MODEL_PARAMS.has(key)) return MODEL_PHRASES[locale][value as ModelKey] ?? value;
    if (key === 'criterion') return CRITERION_LABELS[locale][value as Criterion] ?? value;
    return value;
  });
}

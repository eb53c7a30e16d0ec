import type { PageMessages } from '../../i18n/messages.ts';

const en = {
  title: 'Governance advisor',
  intro:
    'Answer eight questions about the organization. The advisor ranks the five governance models, says why, names what stays uncertain and plans the staff the best model needs. Nothing is saved or changed.',
  wizard: {
    label: 'Questions about the organization',
    progress: 'Step {{n}} of {{total}}',
    back: 'Back',
    next: 'Next',
    finish: 'Show the ranking',
    working: 'Ranking…',
    defaultHint: 'Suggested: {{value}}',
  },
  fields: {
    employees: 'Employees',
    onSiteShare: 'Working on site',
    activeDepartments: 'Active departments',
    countries: 'Countries or business units',
    socialTeamSize: 'Social media team',
    directiveCulture: 'Binding directives',
    regulation: 'Regulation',
    authenticityVsControl: 'Authenticity or control',
    hourlyRate: 'Hourly rate',
  },
  questions: {
    hourlyRate: 'What does an hour of work cost (per person, in {{currency}})?',
  },
  help: {
    employees:
      'Count everyone, not only those who might post. In a small organization everyone can align with everyone; in a large one that stops working.',
    onSiteShare:
      'People who seldom come to a site are harder to keep informed. A central team that backs the units helps then.',
    activeDepartments:
      'The departments or units that will run accounts of their own or supply content to them.',
    countries:
      'Enter 1 when the organization works in one country and one business. Several countries or independent business units call for regional hubs.',
    socialTeamSize:
      'People whose job is social media today. Models with a hub need such a team; without one the plan counts on building it.',
    directiveCulture:
      'Where instructions are followed, one central department can set the rules. Where people decide for themselves, central rules chafe.',
    regulation:
      'Banks, pharmaceuticals and the public sector are strongly regulated: every post needs more checking.',
    authenticityVsControl:
      'Authentic voices come from many people posting; control comes from few people approving.',
    hourlyRate:
      'The staffing plan prices its hours at this rate. Keep the suggestion if you are unsure.',
  },
  scale: {
    directiveCulture: { low: 'Everyone decides for themselves', high: 'Instructions are followed' },
    regulation: { low: 'Hardly regulated', high: 'Strongly regulated' },
    authenticityVsControl: { low: 'Authentic voices', high: 'Control over every word' },
    option: '{{value}}',
  },
  problems: {
    notNumber: 'Enter a number.',
    notWhole: 'Enter a whole number.',
    notWholeMoney: 'Enter an amount with at most two decimals.',
    tooSmall: 'Enter at least {{min}}.',
    tooLarge: 'Enter at most {{max}}.',
    exceedsEmployees: 'This cannot be more than the {{employees}} employees.',
  },
  result: {
    heading: 'The five models for your organization',
    recommended: 'best fit',
    rank: '{{rank}}. {{model}}',
    score: 'Score {{score}} of 100',
    scoreLabel: 'Score of the {{model}} model',
    reasons: 'Why',
    noReasons: 'The answers speak neither for nor against this model.',
    for: 'for',
    against: 'against',
    points: '{{points}} points',
    criterion: 'Criterion: {{criterion}}',
    uncertainHeading: 'What stays uncertain',
    uncertainNone: 'The answers separate the models clearly.',
    answersHeading: 'Your answers',
    change: 'Change the answers',
    restart: 'Start again with the suggestions',
  },
  staffing: {
    heading: 'Staffing plan for the {{model}} model',
    intro:
      'The roles the best-ranked model needs, placed on your units where they exist. People already in a role count; the rest are still to find.',
    role: 'Role',
    unit: 'Unit',
    people: 'People',
    existing: 'In place',
    toFill: 'To fill',
    hoursPerWeek: 'Hours a week',
    costPerMonth: 'Cost a month',
    training: 'Training (once)',
    total: 'Total',
    newUnit: 'new {{kind}}',
    newUnits: '{{count}} new units ({{kind}})',
    hub: 'hub',
    none: 'This model needs no roles beyond the ones in place.',
    rate: 'Priced at {{rate}} an hour.',
  },
};

export const advisorMessages: PageMessages<typeof en> = {
  en,
  de: {
    title: 'Governance-Beratung',
    intro:
      'Beantworten Sie acht Fragen zur Organisation. Die Beratung ordnet die fünf Governance-Modelle, begründet die Reihenfolge, nennt, was unsicher bleibt, und plant das Personal, das das beste Modell braucht. Nichts wird gespeichert oder geändert.',
    wizard: {
      label: 'Fragen zur Organisation',
      progress: 'Schritt {{n}} von {{total}}',
      back: 'Zurück',
      next: 'Weiter',
      finish: 'Reihenfolge zeigen',
      working: 'Wird berechnet …',
      defaultHint: 'Vorschlag: {{value}}',
    },
    fields: {
      employees: 'Beschäftigte',
      onSiteShare: 'Vor Ort tätig',
      activeDepartments: 'Aktive Abteilungen',
      countries: 'Länder oder Geschäftsbereiche',
      socialTeamSize: 'Social-Media-Team',
      directiveCulture: 'Verbindliche Vorgaben',
      regulation: 'Regulierung',
      authenticityVsControl: 'Authentizität oder Kontrolle',
      hourlyRate: 'Stundensatz',
    },
    questions: {
      hourlyRate: 'Was kostet eine Arbeitsstunde (pro Person, in {{currency}})?',
    },
    help: {
      employees:
        'Zählen Sie alle, nicht nur die, die posten könnten. In einer kleinen Organisation können sich alle mit allen abstimmen, in einer großen nicht mehr.',
      onSiteShare:
        'Wer selten vor Ort ist, bleibt schwerer auf dem Laufenden. Dann hilft ein zentrales Team, das die Einheiten begleitet.',
      activeDepartments:
        'Die Abteilungen oder Einheiten, die eigene Konten führen oder Inhalte dafür liefern werden.',
      countries:
        'Geben Sie 1 ein, wenn die Organisation in einem Land und einem Geschäft tätig ist. Mehrere Länder oder eigenständige Geschäftsbereiche sprechen für regionale Hubs.',
      socialTeamSize:
        'Personen, deren Beruf heute Social Media ist. Modelle mit Hub brauchen so ein Team; fehlt es, plant der Personalplan seinen Aufbau ein.',
      directiveCulture:
        'Wo Anweisungen befolgt werden, kann eine zentrale Abteilung die Regeln setzen. Wo alle selbst entscheiden, stoßen zentrale Regeln auf Widerstand.',
      regulation:
        'Banken, Pharma und der öffentliche Dienst sind stark reguliert: Jeder Beitrag braucht mehr Prüfung.',
      authenticityVsControl:
        'Authentische Stimmen entstehen, wenn viele posten; Kontrolle entsteht, wenn wenige freigeben.',
      hourlyRate:
        'Der Personalplan bewertet seine Stunden mit diesem Satz. Behalten Sie den Vorschlag, wenn Sie unsicher sind.',
    },
    scale: {
      directiveCulture: { low: 'Alle entscheiden selbst', high: 'Anweisungen werden befolgt' },
      regulation: { low: 'Kaum reguliert', high: 'Stark reguliert' },
      authenticityVsControl: { low: 'Authentische Stimmen', high: 'Kontrolle über jedes Wort' },
      option: '{{value}}',
    },
    problems: {
      notNumber: 'Geben Sie eine Zahl ein.',
      notWhole: 'Geben Sie eine ganze Zahl ein.',
      notWholeMoney: 'Geben Sie einen Betrag mit höchstens zwei Nachkommastellen ein.',
      tooSmall: 'Geben Sie mindestens {{min}} ein.',
      tooLarge: 'Geben Sie höchstens {{max}} ein.',
      exceedsEmployees: 'Das kann nicht mehr sein als die {{employees}} Beschäftigten.',
    },
    result: {
      heading: 'Die fünf Modelle für Ihre Organisation',
      recommended: 'passt am besten',
      rank: '{{rank}}. {{model}}',
      score: 'Wertung {{score}} von 100',
      scoreLabel: 'Wertung des Modells {{model}}',
      reasons: 'Warum',
      noReasons: 'Die Antworten sprechen weder für noch gegen dieses Modell.',
      for: 'dafür',
      against: 'dagegen',
      points: '{{points}} Punkte',
      criterion: 'Kriterium: {{criterion}}',
      uncertainHeading: 'Was unsicher bleibt',
      uncertainNone: 'Die Antworten trennen die Modelle deutlich.',
      answersHeading: 'Ihre Antworten',
      change: 'Antworten ändern',
      restart: 'Mit den Vorschlägen neu beginnen',
    },
    staffing: {
      heading: 'Personalplan für das Modell {{model}}',
      intro:
        'Die Rollen, die das bestplatzierte Modell braucht, auf Ihre Einheiten verteilt, soweit es sie gibt. Wer eine Rolle schon hat, zählt mit; die übrigen sind noch zu finden.',
      role: 'Rolle',
      unit: 'Einheit',
      people: 'Personen',
      existing: 'Vorhanden',
      toFill: 'Zu besetzen',
      hoursPerWeek: 'Stunden pro Woche',
      costPerMonth: 'Kosten pro Monat',
      training: 'Schulung (einmalig)',
      total: 'Summe',
      newUnit: 'neu: {{kind}}',
      newUnits: '{{count}} neue Einheiten ({{kind}})',
      hub: 'Hub',
      none: 'Dieses Modell braucht keine Rollen über die vorhandenen hinaus.',
      rate: 'Bewertet mit {{rate}} pro Stunde.',
    },
  },
};

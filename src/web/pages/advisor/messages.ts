import type { PageMessages } from '../../i18n/messages.ts';

const en = {
  title: 'Governance advisor',
  intro:
    'Answer eight questions about the organization. The advisor ranks the five governance models, says why, names what stays uncertain and plans the staff the best model needs. The ranking changes nothing; administrators can store the staffing plan with the people it proposes and apply it.',
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
  save: {
    heading: 'Keep this plan',
    intro:
      'Store the plan with the people proposed for its open roles: the ones you choose below, and Mooring’s suggestions for the rest. Nothing changes until you apply it.',
    button: 'Save as staffing plan',
    working: 'Saving…',
    done: 'Saved as a staffing plan on {{date}}. It is also listed under “Staffing plans”.',
  },
  choose: {
    legend: 'People for the open roles',
    hint: 'Choose a member for a role, or leave it to Mooring. Roles on units still to create cannot be given to anyone yet.',
    label: '{{role}} – {{unit}}',
    suggest: 'Let Mooring suggest',
    places_one: '{{count}} open place',
    places_other: '{{count}} open places',
    refused:
      'Some of your choices do not fit the plan. The marked fields say why; change them or let Mooring suggest.',
    problems: {
      noSuchRole: 'The plan has no such role in this unit any more.',
      roleFull: 'More people are chosen for this role than it has open places.',
      memberTwice: 'This person is already chosen for another role of this plan.',
      roleInPlace: 'This person already has this role (or a stronger one) in this unit.',
      memberGone: 'This person is no longer a member of the organization.',
      unitGone: 'This unit no longer exists.',
      other: 'This choice was refused. Choose someone else or let Mooring suggest.',
    },
  },
  plans: {
    heading: 'Staffing plans',
    intro:
      'Plans saved from the advisor, newest first. Applying one gives the proposed people their roles and tells everyone concerned.',
    none: 'No staffing plan has been saved yet.',
    more: 'Show more',
    summary: '{{model}} model · created {{date}}',
    status: {
      proposed: 'proposed',
      applied: 'applied',
      discarded: 'discarded',
    },
    appliedAt: 'Applied on {{date}}.',
    discarded: 'This plan was set aside and can no longer be applied.',
    proposalsHeading: 'Proposed people',
    proposalsNone: 'The plan proposes nobody: every role it needs is filled or has nobody to ask.',
    member: 'Member',
    source: 'Source',
    sources: {
      chosen: 'chosen by an administrator',
      suggested: 'suggested by Mooring',
    },
    unplacedHeading: 'Roles without a person',
    why: 'Why',
    reasons: {
      unit_to_create: 'The unit does not exist yet: create it first.',
      no_candidates: 'Nobody in the unit is left to propose.',
    },
    apply: 'Apply…',
    applyLabel: 'Apply the staffing plan of {{date}}…',
    confirmQuestion_one:
      'Apply this plan now? {{count}} person gets a role and is told about it. This cannot be undone here.',
    confirmQuestion_other:
      'Apply this plan now? {{count}} people get a role and are told about it. This cannot be undone here.',
    confirm: 'Yes, apply now',
    applying: 'Applying…',
    cancel: 'Cancel',
    discard: 'Discard',
    discardLabel: 'Discard the staffing plan of {{date}}',
    discarding: 'Discarding…',
    stale: 'This plan was applied or discarded meanwhile. The list now shows it as it is.',
  },
  applied: {
    heading: 'What applying the plan did',
    created_one: '{{count}} membership created.',
    created_other: '{{count}} memberships created.',
    raised_one: '{{count}} membership raised to a stronger role.',
    raised_other: '{{count}} memberships raised to a stronger role.',
    notices_one: '{{count}} duty notice sent.',
    notices_other: '{{count}} duty notices sent.',
    skippedNone: 'No proposal was skipped.',
    skippedHeading: 'Skipped',
    skippedItem: '{{member}} ({{role}}, {{unit}}): {{reason}}',
    someone: 'a former member',
    someUnit: 'a former unit',
    reasons: {
      member_gone: 'No longer a member of the organization.',
      unit_gone: 'The unit no longer exists.',
      role_in_place: 'Already holds this role or a stronger one.',
    },
    toDuties: 'See who has acknowledged the notices',
  },
};

export const advisorMessages: PageMessages<typeof en> = {
  en,
  de: {
    title: 'Governance-Beratung',
    intro:
      'Beantworten Sie acht Fragen zur Organisation. Die Beratung ordnet die fünf Governance-Modelle, begründet die Reihenfolge, nennt, was unsicher bleibt, und plant das Personal, das das beste Modell braucht. Die Reihenfolge ändert nichts; die Administration kann den Personalplan mit den vorgeschlagenen Personen speichern und umsetzen.',
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
    save: {
      heading: 'Plan festhalten',
      intro:
        'Speichern Sie den Plan mit den Personen für seine offenen Rollen: denen, die Sie unten wählen, und den Vorschlägen von Mooring für die übrigen. Geändert wird erst etwas, wenn Sie ihn umsetzen.',
      button: 'Als Personalplan speichern',
      working: 'Wird gespeichert …',
      done: 'Am {{date}} als Personalplan gespeichert. Er steht auch unter „Personalpläne“.',
    },
    choose: {
      legend: 'Personen für die offenen Rollen',
      hint: 'Wählen Sie ein Mitglied für eine Rolle oder überlassen Sie die Wahl Mooring. Rollen in Einheiten, die erst noch anzulegen sind, lassen sich noch niemandem geben.',
      label: '{{role}} – {{unit}}',
      suggest: 'Mooring vorschlagen lassen',
      places_one: '{{count}} offene Stelle',
      places_other: '{{count}} offene Stellen',
      refused:
        'Einige Ihrer Wahlen passen nicht zum Plan. Die markierten Felder sagen, warum; ändern Sie sie oder lassen Sie Mooring vorschlagen.',
      problems: {
        noSuchRole: 'Der Plan hat diese Rolle in dieser Einheit nicht mehr.',
        roleFull: 'Für diese Rolle sind mehr Personen gewählt, als sie offene Stellen hat.',
        memberTwice: 'Diese Person ist schon für eine andere Rolle dieses Plans gewählt.',
        roleInPlace: 'Diese Person hat diese Rolle (oder eine stärkere) in dieser Einheit schon.',
        memberGone: 'Diese Person ist nicht mehr Mitglied der Organisation.',
        unitGone: 'Diese Einheit gibt es nicht mehr.',
        other:
          'Diese Wahl wurde abgelehnt. Wählen Sie eine andere Person oder lassen Sie Mooring vorschlagen.',
      },
    },
    plans: {
      heading: 'Personalpläne',
      intro:
        'Aus der Beratung gespeicherte Pläne, die neuesten zuerst. Wer einen umsetzt, gibt den vorgeschlagenen Personen ihre Rollen und informiert alle Betroffenen.',
      none: 'Es wurde noch kein Personalplan gespeichert.',
      more: 'Mehr anzeigen',
      summary: 'Modell {{model}} · erstellt am {{date}}',
      status: {
        proposed: 'vorgeschlagen',
        applied: 'umgesetzt',
        discarded: 'verworfen',
      },
      appliedAt: 'Umgesetzt am {{date}}.',
      discarded: 'Dieser Plan wurde verworfen und kann nicht mehr umgesetzt werden.',
      proposalsHeading: 'Vorgeschlagene Personen',
      proposalsNone:
        'Der Plan schlägt niemanden vor: Jede Rolle, die er braucht, ist besetzt oder hat niemanden zur Auswahl.',
      member: 'Mitglied',
      source: 'Herkunft',
      sources: {
        chosen: 'von der Administration gewählt',
        suggested: 'von Mooring vorgeschlagen',
      },
      unplacedHeading: 'Rollen ohne Person',
      why: 'Warum',
      reasons: {
        unit_to_create: 'Die Einheit gibt es noch nicht: Legen Sie sie zuerst an.',
        no_candidates: 'In der Einheit ist niemand mehr vorzuschlagen.',
      },
      apply: 'Umsetzen …',
      applyLabel: 'Personalplan vom {{date}} umsetzen …',
      confirmQuestion_one:
        'Diesen Plan jetzt umsetzen? {{count}} Person bekommt eine Rolle und wird darüber informiert. Das lässt sich hier nicht rückgängig machen.',
      confirmQuestion_other:
        'Diesen Plan jetzt umsetzen? {{count}} Personen bekommen eine Rolle und werden darüber informiert. Das lässt sich hier nicht rückgängig machen.',
      confirm: 'Ja, jetzt umsetzen',
      applying: 'Wird umgesetzt …',
      cancel: 'Abbrechen',
      discard: 'Verwerfen',
      discardLabel: 'Personalplan vom {{date}} verwerfen',
      discarding: 'Wird verworfen …',
      stale:
        'Dieser Plan wurde inzwischen umgesetzt oder verworfen. Die Liste zeigt ihn jetzt, wie er ist.',
    },
    applied: {
      heading: 'Was die Umsetzung bewirkt hat',
      created_one: '{{count}} Mitgliedschaft angelegt.',
      created_other: '{{count}} Mitgliedschaften angelegt.',
      raised_one: '{{count}} Mitgliedschaft auf eine stärkere Rolle angehoben.',
      raised_other: '{{count}} Mitgliedschaften auf eine stärkere Rolle angehoben.',
      notices_one: '{{count}} Aufgabenhinweis verschickt.',
      notices_other: '{{count}} Aufgabenhinweise verschickt.',
      skippedNone: 'Kein Vorschlag wurde übersprungen.',
      skippedHeading: 'Übersprungen',
      skippedItem: '{{member}} ({{role}}, {{unit}}): {{reason}}',
      someone: 'ein ehemaliges Mitglied',
      someUnit: 'eine frühere Einheit',
      reasons: {
        member_gone: 'Nicht mehr Mitglied der Organisation.',
        unit_gone: 'Die Einheit gibt es nicht mehr.',
        role_in_place: 'Hat diese oder eine stärkere Rolle schon.',
      },
      toDuties: 'Sehen, wer die Hinweise bestätigt hat',
    },
  },
};

import type { PageMessages } from '../../i18n/messages.ts';

const en = {
  title: 'Organization',
  model: {
    heading: 'The {{model}} model',
    holistic:
      'Everyone takes part. Every member knows the business policy and is trained in dealing with customers; in return everyone has to align with everyone else.',
    decentralized:
      'Each department runs its own social media. Authentic and close to the subject, but every unit has to know the shared goals, and aligning them takes effort.',
    coordinated:
      'A central team, the hub, supports and steers the units, which publish on their own. It suits organizations whose people do not all work on site.',
    centralized:
      'One central department is responsible and sets how everything runs. The other units contribute topics and requests; the hub approves and publishes.',
    multi_coordinated:
      'For international organizations: a global team is responsible for all, regional or business-unit hubs steer their own units, and coordination keeps them from drifting apart.',
  },
  tree: {
    heading: 'Units',
    description:
      'The unit tree. Hubs are highlighted; a dashed arrow runs from each hub to the unit whose subtree it steers.',
    hub: 'Hub',
    steers: 'steers',
    members_one: '{{count}} member',
    members_other: '{{count}} members',
    legendHub: 'Hub',
    legendUnit: 'Unit',
    legendSteers: 'Hub steers this subtree',
    asList: 'The units as a list',
    covers: 'steers {{unit}}',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitView: 'Show everything',
    interactive: 'Lock or unlock the view',
    nodeHelp: 'Use the arrow keys to move between units.',
    edgeHelp: 'A connection between two units.',
  },
  members: {
    heading: 'Members',
    name: 'Name',
    email: 'Email',
    roles: 'Units and roles',
    trained: 'Training',
    informed: 'Strategy',
    hours: 'Hours per week',
    admin: 'Administrator',
    trainedOn: 'trained {{date}}',
    notTrained: 'not trained',
    informedYes: 'acknowledged',
    informedNo: 'not acknowledged',
    noRole: 'no unit',
    invitePending: 'invitation pending',
  },
};

export const organizationMessages: PageMessages<typeof en> = {
  en,
  de: {
    title: 'Organisation',
    model: {
      heading: 'Das Modell „{{model}}“',
      holistic:
        'Alle machen mit. Jedes Mitglied kennt die Geschäftspolitik und ist im Umgang mit Kundschaft geschult; dafür muss sich jede mit jedem abstimmen.',
      decentralized:
        'Jede Abteilung betreibt ihre eigenen Social-Media-Kanäle. Das wirkt echt und nah am Thema, doch alle Einheiten müssen die gemeinsamen Ziele kennen, und die Abstimmung kostet Zeit.',
      coordinated:
        'Ein zentrales Team, der Hub, unterstützt und steuert die Einheiten, die selbstständig veröffentlichen. Das passt zu Organisationen, deren Leute nicht alle vor Ort arbeiten.',
      centralized:
        'Eine zentrale Abteilung ist verantwortlich und gibt vor, wie alles läuft. Die übrigen Einheiten liefern Themen und Anfragen zu; der Hub gibt frei und veröffentlicht.',
      multi_coordinated:
        'Für internationale Organisationen: Ein globales Team verantwortet das Ganze, regionale oder Geschäftsbereichs-Hubs steuern ihre Einheiten, und Abstimmung hält alles zusammen.',
    },
    tree: {
      heading: 'Einheiten',
      description:
        'Der Baum der Einheiten. Hubs sind hervorgehoben; ein gestrichelter Pfeil führt von jedem Hub zu der Einheit, deren Teilbaum er steuert.',
      hub: 'Hub',
      steers: 'steuert',
      members_one: '{{count}} Mitglied',
      members_other: '{{count}} Mitglieder',
      legendHub: 'Hub',
      legendUnit: 'Einheit',
      legendSteers: 'Hub steuert diesen Teilbaum',
      asList: 'Die Einheiten als Liste',
      covers: 'steuert {{unit}}',
      zoomIn: 'Vergrößern',
      zoomOut: 'Verkleinern',
      fitView: 'Alles zeigen',
      interactive: 'Ansicht sperren oder freigeben',
      nodeHelp: 'Mit den Pfeiltasten wechseln Sie zwischen den Einheiten.',
      edgeHelp: 'Eine Verbindung zwischen zwei Einheiten.',
    },
    members: {
      heading: 'Mitglieder',
      name: 'Name',
      email: 'E-Mail-Adresse',
      roles: 'Einheiten und Rollen',
      trained: 'Schulung',
      informed: 'Strategie',
      hours: 'Stunden pro Woche',
      admin: 'Administration',
      trainedOn: 'geschult am {{date}}',
      notTrained: 'nicht geschult',
      informedYes: 'bestätigt',
      informedNo: 'nicht bestätigt',
      noRole: 'keine Einheit',
      invitePending: 'Einladung offen',
    },
  },
};

import type { ORGANIZATION_REASON_CODES } from '../../core/governance/organization.ts';
import type { ReasonCode } from '../../core/governance/reasons.ts';
import type { Reason } from '../../core/governance/types.ts';

export type ReasonLocale = 'de' | 'en';

/** Codes of `decide` and of `decideOrganization`. */
export type TranslatedCode = ReasonCode | (typeof ORGANIZATION_REASON_CODES)[number];

/**
 * What each policy reason code means, in German and English. `{name}` placeholders take the
 * reason's parameters; roles, pools, models and target kinds are translated too (see `TERMS`), unit
 * ids are replaced by unit names when the caller knows them. Every code needs both texts: a test
 * checks this against `REASON_CODES`, and the types refuse a missing key.
 */
export const REASON_MESSAGES: Readonly<
  Record<ReasonLocale, Readonly<Record<TranslatedCode, string>>>
> = {
  en: {
    'actor.not_found': 'You are not a member of this organization.',
    'target.not_found': 'No such {kind}.',
    'gate.uninformed':
      'You have not yet acknowledged the current strategy (version {strategyVersion}): you may draft, but not publish or approve.',
    'gate.untrained':
      'You have not yet completed the training in business policy and customer handling.',
    'structure.missing_hub':
      'The {model} model needs a hub, and the organization does not have one yet.',
    'guidelines.blocked': 'A guideline of {ruleUnitId} blocks this post.',
    'guidelines.warn_shown':
      'A guideline of {ruleUnitId} warns about this post; the warning is shown but does not block.',
    'guidelines.warn_needs_hub':
      'A guideline of {ruleUnitId} warns about this post, so the hub has to approve it.',
    'guidelines.warn_blocks':
      'In this model a warning of a guideline of {ruleUnitId} blocks the post.',
    'approval.untrained_author':
      'You are not trained yet, so one trained colleague has to approve.',
    'approval.contributor_needs_lead':
      'Posts by contributors need the approval of a lead of the unit.',
    'approval.needs_hub': 'The hub has to approve this post.',
    'approval.sensitive_channel': 'The channel is marked as sensitive, so the hub has to approve.',
    'approval.non_hub_author':
      'Posts by authors outside the hub need the approval of a hub editor.',
    'approval.needs_regional_hub': "The unit's regional hub has to approve.",
    'approval.deviates_from_master':
      "The post deviates from the campaign's master post, so the global hub has to approve as well.",
    'grant.everyone': 'Everyone in the organization may do this.',
    'grant.request': 'Everyone may draft a request; the hub decides on it.',
    'grant.trained_member': 'You are trained.',
    'grant.admin': 'You are an administrator.',
    'grant.unit_role': 'You hold the role {role} in {unitId}.',
    'grant.hub_editor': 'You are an editor or lead in the hub {hubUnitId}.',
    'grant.hub_contributor': 'You are a contributor in the hub {hubUnitId}.',
    'grant.hub_takeover': 'As a member of the hub {hubUnitId} you may take this over.',
    'grant.pool': 'You are one of the approvers: {pool}.',
    'calendar.all': 'You see every post in the calendar.',
    'calendar.read_only': "You see other units' posts in the calendar, read-only.",
    'calendar.published_and_own': 'You see published posts and your own drafts.',
    'calendar.published_only': 'You see published posts only.',
    'model.holistic.admins_only': 'In the holistic model only administrators may do this.',
    'model.holistic.admins_or_trained':
      'In the holistic model only administrators and trained members may do this.',
    'model.holistic.trained_only': 'In the holistic model only trained members may do this.',
    'model.decentralized.unit_contributors_only':
      "In the decentralized model only the unit's contributors, editors and leads may do this.",
    'model.decentralized.unit_leads_only':
      "In the decentralized model only the unit's leads may do this.",
    'model.decentralized.root_admins_only':
      'In the decentralized model only administrators may do this for the top unit.',
    'model.decentralized.unit_members_only':
      "In the decentralized model only the unit's members may do this.",
    'model.coordinated.unit_contributors_or_hub':
      "In the coordinated model only the unit's contributors (or higher) and the hub may do this.",
    'model.coordinated.hub_editors_only':
      "In the coordinated model only the hub's editors may do this.",
    'model.coordinated.unit_leads_or_hub_editors':
      "In the coordinated model only the unit's leads and the hub's editors may do this.",
    'model.coordinated.unit_members_or_hub':
      "In the coordinated model only the unit's members and the hub may do this.",
    'model.centralized.hub_only': 'In the centralized model only the central hub may do this.',
    'model.multi_coordinated.unit_contributors_or_hubs':
      "In the multi-coordinated model only the unit's contributors (or higher) and its hubs may do this.",
    'model.multi_coordinated.hub_editors_only':
      'In the multi-coordinated model only the editors of the responsible hubs may do this.',
    'model.multi_coordinated.unit_leads_or_hub_editors':
      "In the multi-coordinated model only the unit's leads and its hubs' editors may do this.",
    'model.multi_coordinated.unit_members_or_hubs':
      "In the multi-coordinated model only the unit's members and its hubs may do this.",
    'inbox.suggest_only': 'You may suggest a reply; only the hub sends it.',
    'relation.not_member_of_unit': 'You hold no role in this unit or in a unit above it.',
    'relation.role_too_low': 'Your role here is {role}; this needs {required}.',
    'relation.not_in_hub': 'You are not in the responsible hub.',
    'relation.hub_role_too_low': 'Your role in the hub is {role}; this needs {required}.',
    'org.member': 'You are a member of the organization.',
    'org.admin': 'You are an administrator of the organization.',
    'org.admin_required': 'Only administrators may do this.',
    'org.global_hub_editor': 'You are an editor in the hub that steers the whole organization.',
  },
  de: {
    'actor.not_found': 'Sie sind kein Mitglied dieser Organisation.',
    'target.not_found': '{kind} nicht gefunden.',
    'gate.uninformed':
      'Sie haben die aktuelle Strategie (Version {strategyVersion}) noch nicht bestätigt: Sie dürfen Entwürfe schreiben, aber nicht veröffentlichen oder freigeben.',
    'gate.untrained':
      'Sie haben die Schulung zu Geschäftspolitik und Kundenumgang noch nicht abgeschlossen.',
    'structure.missing_hub':
      'Das Modell „{model}“ braucht einen Hub, den die Organisation noch nicht hat.',
    'guidelines.blocked': 'Eine Richtlinie von {ruleUnitId} blockiert diesen Beitrag.',
    'guidelines.warn_shown':
      'Eine Richtlinie von {ruleUnitId} warnt vor diesem Beitrag; der Hinweis wird angezeigt, blockiert aber nicht.',
    'guidelines.warn_needs_hub':
      'Eine Richtlinie von {ruleUnitId} warnt vor diesem Beitrag, deshalb muss der Hub ihn freigeben.',
    'guidelines.warn_blocks':
      'In diesem Modell blockiert die Warnung einer Richtlinie von {ruleUnitId} den Beitrag.',
    'approval.untrained_author':
      'Sie sind noch nicht geschult, deshalb muss eine geschulte Kollegin oder ein geschulter Kollege freigeben.',
    'approval.contributor_needs_lead':
      'Beiträge von Mitwirkenden brauchen die Freigabe durch die Leitung der Einheit.',
    'approval.needs_hub': 'Der Hub muss diesen Beitrag freigeben.',
    'approval.sensitive_channel':
      'Der Kanal ist als sensibel markiert, deshalb muss der Hub freigeben.',
    'approval.non_hub_author':
      'Beiträge von Personen außerhalb des Hubs brauchen die Freigabe durch die Redaktion des Hubs.',
    'approval.needs_regional_hub': 'Der regionale Hub der Einheit muss freigeben.',
    'approval.deviates_from_master':
      'Der Beitrag weicht vom Masterbeitrag der Kampagne ab, deshalb muss zusätzlich der globale Hub freigeben.',
    'grant.everyone': 'Das dürfen alle in der Organisation.',
    'grant.request': 'Alle dürfen eine Anfrage entwerfen; der Hub entscheidet darüber.',
    'grant.trained_member': 'Sie sind geschult.',
    'grant.admin': 'Sie haben Administrationsrechte.',
    'grant.unit_role': 'Sie haben die Rolle „{role}“ in {unitId}.',
    'grant.hub_editor': 'Sie gehören zur Redaktion oder Leitung des Hubs {hubUnitId}.',
    'grant.hub_contributor': 'Sie wirken im Hub {hubUnitId} mit.',
    'grant.hub_takeover': 'Als Mitglied des Hubs {hubUnitId} dürfen Sie übernehmen.',
    'grant.pool': 'Sie gehören zu den Freigebenden: {pool}.',
    'calendar.all': 'Sie sehen alle Beiträge im Kalender.',
    'calendar.read_only': 'Die Beiträge anderer Einheiten sehen Sie im Kalender nur lesend.',
    'calendar.published_and_own': 'Sie sehen veröffentlichte Beiträge und Ihre eigenen Entwürfe.',
    'calendar.published_only': 'Sie sehen nur veröffentlichte Beiträge.',
    'model.holistic.admins_only':
      'Im holistischen Modell dürfen das nur Personen mit Administrationsrechten.',
    'model.holistic.admins_or_trained':
      'Im holistischen Modell dürfen das nur Personen mit Administrationsrechten und geschulte Mitglieder.',
    'model.holistic.trained_only': 'Im holistischen Modell dürfen das nur geschulte Mitglieder.',
    'model.decentralized.unit_contributors_only':
      'Im dezentralen Modell dürfen das nur Mitwirkende, Redaktion und Leitung der Einheit.',
    'model.decentralized.unit_leads_only':
      'Im dezentralen Modell darf das nur die Leitung der Einheit.',
    'model.decentralized.root_admins_only':
      'Im dezentralen Modell dürfen das für die oberste Einheit nur Personen mit Administrationsrechten.',
    'model.decentralized.unit_members_only':
      'Im dezentralen Modell dürfen das nur Mitglieder der Einheit.',
    'model.coordinated.unit_contributors_or_hub':
      'Im koordinierten Modell dürfen das nur Mitwirkende (oder höher) der Einheit und der Hub.',
    'model.coordinated.hub_editors_only':
      'Im koordinierten Modell darf das nur die Redaktion des Hubs.',
    'model.coordinated.unit_leads_or_hub_editors':
      'Im koordinierten Modell dürfen das nur die Leitung der Einheit und die Redaktion des Hubs.',
    'model.coordinated.unit_members_or_hub':
      'Im koordinierten Modell dürfen das nur Mitglieder der Einheit und der Hub.',
    'model.centralized.hub_only': 'Im zentralisierten Modell darf das nur der zentrale Hub.',
    'model.multi_coordinated.unit_contributors_or_hubs':
      'Im mehrfach koordinierten Modell dürfen das nur Mitwirkende (oder höher) der Einheit und ihre Hubs.',
    'model.multi_coordinated.hub_editors_only':
      'Im mehrfach koordinierten Modell darf das nur die Redaktion der zuständigen Hubs.',
    'model.multi_coordinated.unit_leads_or_hub_editors':
      'Im mehrfach koordinierten Modell dürfen das nur die Leitung der Einheit und die Redaktion ihrer Hubs.',
    'model.multi_coordinated.unit_members_or_hubs':
      'Im mehrfach koordinierten Modell dürfen das nur Mitglieder der Einheit und ihre Hubs.',
    'inbox.suggest_only': 'Sie dürfen eine Antwort vorschlagen; senden darf sie nur der Hub.',
    'relation.not_member_of_unit': 'Sie haben weder in dieser Einheit noch darüber eine Rolle.',
    'relation.role_too_low': 'Ihre Rolle hier ist „{role}“; nötig ist „{required}“.',
    'relation.not_in_hub': 'Sie gehören nicht zum zuständigen Hub.',
    'relation.hub_role_too_low': 'Ihre Rolle im Hub ist „{role}“; nötig ist „{required}“.',
    'org.member': 'Sie sind Mitglied der Organisation.',
    'org.admin': 'Sie haben Administrationsrechte in der Organisation.',
    'org.admin_required': 'Das dürfen nur Personen mit Administrationsrechten.',
    'org.global_hub_editor':
      'Sie gehören zur Redaktion des Hubs, der die ganze Organisation steuert.',
  },
};

/** Parameter values that are words of the domain: translated, not shown raw. */
const TERMS: Readonly<Record<ReasonLocale, Readonly<Record<string, string>>>> = {
  en: {
    lead: 'lead',
    editor: 'editor',
    contributor: 'contributor',
    member: 'member',
    trained_peers: 'trained colleagues',
    unit_leads: "the unit's leads",
    hub: 'the hub',
    hub_editors: "the hub's editors",
    regional_hub: 'the regional hub',
    global_hub: 'the global hub',
    holistic: 'holistic',
    decentralized: 'decentralized',
    coordinated: 'coordinated',
    centralized: 'centralized',
    multi_coordinated: 'multi-coordinated',
    channel: 'channel',
    unit: 'unit',
  },
  de: {
    lead: 'Leitung',
    editor: 'Redaktion',
    contributor: 'Mitwirkende',
    member: 'Mitglied',
    trained_peers: 'geschulte Kolleginnen und Kollegen',
    unit_leads: 'Leitung der Einheit',
    hub: 'der Hub',
    hub_editors: 'Redaktion des Hubs',
    regional_hub: 'regionaler Hub',
    global_hub: 'globaler Hub',
    holistic: 'holistisch',
    decentralized: 'dezentral',
    coordinated: 'koordiniert',
    centralized: 'zentralisiert',
    multi_coordinated: 'mehrfach koordiniert',
    channel: 'Kanal',
    unit: 'Einheit',
  },
};

const TERM_PARAMS = new Set(['role', 'required', 'pool', 'model', 'kind']);

export interface TranslateOptions {
  /** A unit's name for parameters that hold a unit id (`unitId`, `hubUnitId`, `ruleUnitId`, …). */
  unitName?: (unitId: string) => string | undefined;
}

/**
 * The reason as a sentence in `locale`. Unknown codes come back as the code itself (a newer server
 * may know codes this build does not); unknown placeholders stay as written.
 */
export function translateReason(
  reason: Reason,
  locale: ReasonLocale,
  options: TranslateOptions = {},
): string {
  const template = (REASON_MESSAGES[locale] as Record<string, string | undefined>)[reason.code];
  if (template === undefined) return reason.code;
  const params = reason.params ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    const text = String(value);
    if (TERM_PARAMS.has(key)) return TERMS[locale][text] ?? text;
    if (/unitId$/i.test(key)) return options.unitName?.(text) ?? text;
    return text;
  });
}

import type { StructureGap, StructureGapCode } from '../../core/governance/structure-gaps.ts';
import { MODEL_LABELS } from './advisor.ts';
import type { ReasonLocale } from './reasons.ts';

/**
 * What a model lacks, in German and English: the gaps of `structureGaps` with the unit's name
 * and the model's. The types refuse a missing code or language.
 */
export const STRUCTURE_GAP_MESSAGES: Readonly<
  Record<ReasonLocale, Readonly<Record<StructureGapCode, string>>>
> = {
  en: {
    'structure.root_hub_missing':
      'The {model} model needs a hub that covers the whole organization: create a team under {unit} and make it a hub covering {unit}.',
    'structure.global_hub_missing':
      'The {model} model needs a global hub that covers the whole organization: create a team under {unit} and make it a hub covering {unit}.',
    'structure.regional_hubs_missing':
      'The {model} model needs regional hubs: create a hub for each region or business unit under the top unit.',
    'structure.region_without_hub':
      '{unit} has no hub of its own; until it has one, the global hub steps in for it.',
    'structure.hub_without_editors':
      'The hub {unit} has no editor or lead, so nobody can approve its posts.',
    'structure.no_trained_members':
      'Nobody is trained yet, so no post of an untrained member can be approved.',
    'structure.unit_without_lead':
      '{unit} has channels but no lead (in it or above it), so posts of its contributors cannot be approved.',
  },
  de: {
    'structure.root_hub_missing':
      'Das Modell „{model}“ braucht einen Hub für die ganze Organisation: Legen Sie unter {unit} ein Team an und machen Sie es zum Hub für {unit}.',
    'structure.global_hub_missing':
      'Das Modell „{model}“ braucht einen globalen Hub für die ganze Organisation: Legen Sie unter {unit} ein Team an und machen Sie es zum Hub für {unit}.',
    'structure.regional_hubs_missing':
      'Das Modell „{model}“ braucht regionale Hubs: Legen Sie für jede Region oder jeden Geschäftsbereich unter der obersten Einheit einen Hub an.',
    'structure.region_without_hub':
      '{unit} hat keinen eigenen Hub; bis es einen gibt, springt der globale Hub ein.',
    'structure.hub_without_editors':
      'Der Hub {unit} hat weder Redaktion noch Leitung, also kann niemand seine Beiträge freigeben.',
    'structure.no_trained_members':
      'Noch niemand ist geschult, also kann kein Beitrag ungeschulter Mitglieder freigegeben werden.',
    'structure.unit_without_lead':
      '{unit} hat Kanäle, aber keine Leitung (dort oder darüber), also können Beiträge ihrer Mitwirkenden nicht freigegeben werden.',
  },
};

/** The gap as a sentence in `locale`; `unitName` turns the unit id into its name. */
export function translateStructureGap(
  gap: Pick<StructureGap, 'code' | 'params'>,
  locale: ReasonLocale,
  unitName: (unitId: string) => string | undefined = () => undefined,
): string {
  const unitId = gap.params.unitId;
  const values: Record<string, string> = {
    model: MODEL_LABELS[locale][gap.params.model as keyof (typeof MODEL_LABELS)['en']],
    unit: unitId === undefined ? '' : (unitName(unitId) ?? unitId),
  };
  const template = STRUCTURE_GAP_MESSAGES[locale][gap.code] ?? gap.code;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

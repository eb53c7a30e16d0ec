import { z } from 'zod';
import type { ModelKey, ModelSettings, PoolKind } from './types.ts';
import { MODELS } from './types.ts';

/**
 * What a model needs from the unit tree:
 * - `none`: no hubs (holistic, decentralized; `isHub` is ignored there),
 * - `root_hub`: one hub covering the root (coordinated, centralized),
 * - `global_and_regional_hubs`: a global hub covering the root plus regional hubs (multi_coordinated).
 */
export type ModelStructure = 'none' | 'root_hub' | 'global_and_regional_hubs';

export interface ModelInfo {
  key: ModelKey;
  /** Whether hub units (`isHub`) carry rights in this model. */
  usesHubs: boolean;
  structure: ModelStructure;
  /** The approval pools this model may ask for, in the order a chain lists them. */
  pools: readonly PoolKind[];
}

export const MODEL_INFO: Readonly<Record<ModelKey, ModelInfo>> = Object.freeze({
  holistic: { key: 'holistic', usesHubs: false, structure: 'none', pools: ['trained_peers'] },
  decentralized: {
    key: 'decentralized',
    usesHubs: false,
    structure: 'none',
    pools: ['unit_leads'],
  },
  coordinated: { key: 'coordinated', usesHubs: true, structure: 'root_hub', pools: ['hub'] },
  centralized: {
    key: 'centralized',
    usesHubs: true,
    structure: 'root_hub',
    pools: ['hub_editors'],
  },
  multi_coordinated: {
    key: 'multi_coordinated',
    usesHubs: true,
    structure: 'global_and_regional_hubs',
    pools: ['regional_hub', 'global_hub'],
  },
});

/** Every model, in the order of `MODELS`. */
export const MODEL_LIST: readonly ModelInfo[] = MODELS.map((key) => MODEL_INFO[key]);

/**
 * The organization's model settings. Parsing `{}` yields the defaults; settings of models other
 * than the current one are kept so that switching back restores them.
 */
export const modelSettingsSchema = z
  .object({
    decentralized: z
      .object({ contributorsNeedLeadDefault: z.boolean().default(true) })
      .prefault({}),
  })
  .prefault({}) satisfies z.ZodType<ModelSettings, unknown>;

export const DEFAULT_MODEL_SETTINGS: Readonly<ModelSettings> = Object.freeze(
  modelSettingsSchema.parse({}),
);

/**
 * Whether the hubs of the given model count: only coordinated, centralized and multi_coordinated.
 */
export function modelUsesHubs(model: ModelKey): boolean {
  return MODEL_INFO[model].usesHubs;
}

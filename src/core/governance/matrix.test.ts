import { describe, expect, it } from 'vitest';
import { matrixCell, policyMatrix, renderMatrixMarkdown } from './matrix.ts';
import { MODEL_INFO, MODEL_LIST, DEFAULT_MODEL_SETTINGS, modelSettingsSchema } from './models.ts';
import { MODELS } from './types.ts';

describe('policyMatrix', () => {
  it('is the full cross product with the stable row shape', () => {
    const rows = policyMatrix('coordinated');
    expect(rows).toHaveLength(8 * 6 * 4 * 4);
    expect(Object.keys(rows[0]!)).toEqual([
      'model',
      'action',
      'relation',
      'role',
      'trained',
      'informed',
      'allowed',
      'steps',
    ]);
    const contributor = rows.find(
      (r) =>
        r.action === 'publish' &&
        r.relation === 'own_unit' &&
        r.role === 'contributor' &&
        r.trained &&
        r.informed,
    );
    expect(contributor?.steps).toEqual([{ pool: 'hub', rule: 'any' }]);
    expect(Object.keys(contributor!.steps[0]!)).toEqual(['pool', 'rule']);
  });

  it('renders one table per action with readable cells', () => {
    const md = renderMatrixMarkdown(policyMatrix('holistic'));
    expect(md.match(/^### /gm)).toHaveLength(8);
    expect(md).toContain('### holistic: publish');
    expect(md).toContain('| own_unit | lead | yes | no | trained_peers(any) | no |');
    expect(matrixCell({ allowed: true, steps: [] })).toBe('yes');
    expect(
      matrixCell({
        allowed: true,
        steps: [
          { pool: 'regional_hub', rule: 'any' },
          { pool: 'global_hub', rule: 'any' },
        ],
      }),
    ).toBe('regional_hub(any) → global_hub(any)');
  });
});

describe('models', () => {
  it('describes every model', () => {
    expect(MODEL_LIST.map((m) => m.key)).toEqual([...MODELS]);
    expect(MODEL_INFO.holistic.usesHubs).toBe(false);
    expect(MODEL_INFO.multi_coordinated.structure).toBe('global_and_regional_hubs');
  });

  it('fills in default settings', () => {
    expect(DEFAULT_MODEL_SETTINGS).toEqual({
      decentralized: { contributorsNeedLeadDefault: true },
    });
    expect(modelSettingsSchema.parse({ decentralized: {} })).toEqual(DEFAULT_MODEL_SETTINGS);
    expect(
      modelSettingsSchema.safeParse({ decentralized: { contributorsNeedLeadDefault: 1 } }).success,
    ).toBe(false);
  });
});

import { modelSettingsSchema } from '../../core/governance/models.ts';
import { compileSnapshot, type Snapshot } from '../../core/governance/snapshot.ts';
import type { ModelKey, ModelSettings, SnapshotInput } from '../../core/governance/types.ts';
import type { OrganizationRow } from '../../db/schema.ts';
import { AppError } from '../errors.ts';

/** A model with its settings: one side of a switch. */
export interface ModelTarget {
  model: ModelKey;
  settings: ModelSettings;
}

/** The organization's model and settings as they are stored. */
export function currentTarget(organization: OrganizationRow): ModelTarget {
  return {
    model: organization.model as ModelKey,
    settings: modelSettingsSchema.parse(organization.model_settings),
  };
}

/** The target of a request: its model, and its settings or else the current ones. */
export function requestedTarget(
  organization: OrganizationRow,
  input: { model: ModelKey; modelSettings?: ModelSettings | undefined },
): ModelTarget {
  return {
    model: input.model,
    settings: input.modelSettings ?? currentTarget(organization).settings,
  };
}

/** Settings are compared in their parsed, complete form, so `{}` equals the defaults. */
export function sameTarget(a: ModelTarget, b: ModelTarget): boolean {
  const canonical = (s: ModelSettings) => JSON.stringify(modelSettingsSchema.parse(s));
  return a.model === b.model && canonical(a.settings) === canonical(b.settings);
}

/** The organization compiled again under another model or other settings; nothing else differs. */
export function compileFor(input: SnapshotInput, target: ModelTarget): Snapshot {
  return compileSnapshot({ ...input, model: target.model, settings: target.settings });
}

/** Refuses a switch to what the organization already has. */
export function unchanged(): AppError {
  return new AppError('unprocessable', 'The organization already has this model and settings.', {
    details: [
      {
        path: 'body.model',
        code: 'model_switch.unchanged',
        message: 'The organization already has this model and these settings.',
      },
    ],
  });
}

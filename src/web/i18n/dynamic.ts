import { i18n } from './setup.ts';

type UntypedT = (key: string, options?: Record<string, unknown>) => string;

/**
 * A text whose key is built at run time from a code the server sent (an error code, a finding
 * code, a status): null when this build has no text for it, so the caller can fall back.
 */
export function tDynamic(key: string, params: Record<string, unknown> = {}): string | null {
  if (!i18n.exists(key)) return null;
  return (i18n.t as unknown as UntypedT)(key, params);
}

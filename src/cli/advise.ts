import { readFile } from 'node:fs/promises';
import { explainAdvice } from '../app/advisor/explain-advice.ts';
import { AppError, type ErrorDetail } from '../app/errors.ts';
import { MAX_HOURLY_RATE_CENTS, advisorProfileSchema } from '../contracts/advisor.ts';
import { ADVISOR_QUESTIONS } from '../contracts/i18n/advisor.ts';
import type { ReasonLocale } from '../contracts/i18n/reasons.ts';
import {
  DEFAULT_PROFILE,
  PROFILE_FIELDS,
  PROFILE_LIMITS,
  type AdvisorProfile,
  type ProfileField,
} from '../core/advisor/profile.ts';
import { renderAdvice } from './advise-render.ts';

/** Commander's options: every value as typed on the command line. */
export type AdviseOptions = Partial<Record<ProfileField, string>> & {
  profile?: string;
  hourlyRateCents?: string;
  json?: boolean;
  lang?: string;
};

/** Asks one number; `@inquirer/prompts`' `number` in a terminal, a fake in tests. */
export type AskNumber = (question: {
  message: string;
  default: number;
  min: number;
  max: number;
}) => Promise<number | undefined>;

export interface AdviseIo {
  /** Whether the user can be asked (stdin is a terminal). */
  interactive: boolean;
  ask: AskNumber;
  readStdin: () => Promise<string>;
  write: (text: string) => void;
}

/** The flag of each profile field, for messages. */
export const PROFILE_FLAGS: Readonly<Record<ProfileField, string>> = {
  employees: '--employees',
  onSiteShare: '--on-site-share',
  activeDepartments: '--active-departments',
  countries: '--countries',
  socialTeamSize: '--social-team-size',
  directiveCulture: '--directive-culture',
  regulation: '--regulation',
  authenticityVsControl: '--authenticity-vs-control',
};

/** What each field accepts, in words (the zod messages name types, not meanings). */
const ACCEPTS: Readonly<Record<ProfileField, string>> = {
  employees: `a whole number from 1 to ${PROFILE_LIMITS.employees}`,
  onSiteShare: 'a share from 0 to 1 (0.8 or 80% for 80 %)',
  activeDepartments: `a whole number from 1 to ${PROFILE_LIMITS.activeDepartments}`,
  countries: `a whole number from 1 to ${PROFILE_LIMITS.countries}`,
  socialTeamSize: `a whole number from 0 (no team) to ${PROFILE_LIMITS.socialTeamSize}`,
  directiveCulture: 'a whole number from 1 (people decide) to 5 (directives bind)',
  regulation: 'a whole number from 1 (hardly regulated) to 5 (strongly)',
  authenticityVsControl: 'a whole number from 1 (authenticity) to 5 (control)',
};

/**
 * `mooring advise`: ranks the five models for a profile given as flags, as a JSON file
 * (`--profile FILE`, `-` for stdin; flags override its fields) or, in a terminal without either,
 * by asking. Prints text, or with `--json` `{ locale, ranking, uncertain, staffing }`. Needs no
 * database. Bad input exits 2, naming each field at fault.
 */
export async function advise(opts: AdviseOptions, io: AdviseIo = terminalIo()): Promise<void> {
  const locale = localeOf(opts.lang);
  const rate = opts.hourlyRateCents === undefined ? undefined : rateOf(opts.hourlyRateCents);
  const flags = PROFILE_FIELDS.filter((f) => opts[f] !== undefined);
  const ask = opts.profile === undefined && flags.length === 0 && io.interactive;
  const profile = ask
    ? await askProfile(locale, io.ask).catch(cancelled)
    : parseProfile(
        {
          ...(opts.profile === undefined ? {} : await readProfile(opts.profile, io)),
          ...Object.fromEntries(flags.map((f) => [f, numberOf(opts[f]!, f === 'onSiteShare')])),
        },
        { flags, file: opts.profile },
      );
  if (profile === null) return;
  const view = explainAdvice({
    profile,
    locale,
    ...(rate === undefined ? {} : { rates: { defaultCents: rate } }),
  });
  io.write(opts.json ? JSON.stringify(view, null, 2) + '\n' : renderAdvice(view, locale));
}

/**
 * Asks every question with the middle-of-the-road answer as its default. The on-site share is
 * asked in percent. Re-asks are the prompt's business (min/max); an empty answer takes the default.
 */
export async function askProfile(locale: ReasonLocale, ask: AskNumber): Promise<AdvisorProfile> {
  const answers: Partial<Record<ProfileField, number>> = {};
  for (const field of PROFILE_FIELDS) {
    const percent = field === 'onSiteShare';
    const [min, max] = RANGES[field];
    const value = await ask({
      message: ADVISOR_QUESTIONS[locale][field],
      default: percent ? Math.round(DEFAULT_PROFILE[field] * 100) : DEFAULT_PROFILE[field],
      min: percent ? 0 : min,
      max: percent ? 100 : max,
    });
    const answer = value ?? (percent ? DEFAULT_PROFILE[field] * 100 : DEFAULT_PROFILE[field]);
    answers[field] = percent ? answer / 100 : answer;
  }
  return parseProfile(answers, { flags: [], file: undefined });
}

const RANGES: Readonly<Record<ProfileField, readonly [number, number]>> = {
  employees: [1, PROFILE_LIMITS.employees],
  onSiteShare: [0, 1],
  activeDepartments: [1, PROFILE_LIMITS.activeDepartments],
  countries: [1, PROFILE_LIMITS.countries],
  socialTeamSize: [0, PROFILE_LIMITS.socialTeamSize],
  directiveCulture: [1, 5],
  regulation: [1, 5],
  authenticityVsControl: [1, 5],
};

/** Ctrl+C at a question ends the command quietly, as shells expect (exit 130). */
function cancelled(err: unknown): null {
  if (!(err instanceof Error) || err.name !== 'ExitPromptError') throw err;
  process.exitCode = 130;
  return null;
}

function parseProfile(
  input: Record<string, unknown>,
  source: { flags: readonly ProfileField[]; file: string | undefined },
): AdvisorProfile {
  const result = advisorProfileSchema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue): ErrorDetail => {
    const field = String(issue.path[0] ?? '');
    const known = (PROFILE_FIELDS as readonly string[]).includes(field);
    const fromFlag = source.flags.includes(field as ProfileField);
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      return {
        path: source.file ?? 'profile',
        code: issue.code,
        message: `unknown field(s) ${issue.keys.join(', ')}; known: ${PROFILE_FIELDS.join(', ')}`,
      };
    }
    if (known && input[field] === undefined) {
      message = `required: give ${PROFILE_FLAGS[field as ProfileField]}${source.file === undefined ? '' : ` or "${field}" in ${source.file}`}`;
    } else if (known && issue.code !== 'custom') {
      message = `expected ${ACCEPTS[field as ProfileField]}`;
    }
    const path = fromFlag
      ? PROFILE_FLAGS[field as ProfileField]
      : source.file === undefined
        ? field
        : `${source.file}: ${field}`;
    return { path, code: issue.code, message };
  });
  throw new AppError('bad_input', 'advise: invalid profile', { details });
}

async function readProfile(file: string, io: AdviseIo): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
  } catch (err) {
    throw bad(file, 'file.unreadable', `cannot read the profile: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw bad(file, 'file.invalid_json', `not valid JSON: ${(err as Error).message}`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw bad(file, 'invalid_type', 'expected a JSON object with the profile fields');
  }
  return json as Record<string, unknown>;
}

/** A decimal number as typed; `80%` for a share. Anything else is NaN, which the schema refuses. */
function numberOf(value: string, share: boolean): number {
  const text = value.trim();
  if (share && /^\d+(\.\d+)?\s*%$/.test(text)) return Number(text.replace('%', '')) / 100;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

function localeOf(lang: string | undefined): ReasonLocale {
  if (lang === undefined || lang === 'en' || lang === 'de') return lang ?? 'en';
  throw bad('--lang', 'invalid_value', `unknown language '${lang}'; one of: de, en`);
}

function rateOf(value: string): number {
  const cents = numberOf(value, false);
  if (!Number.isInteger(cents) || cents < 0 || cents > MAX_HOURLY_RATE_CENTS) {
    throw bad(
      '--hourly-rate-cents',
      'invalid_value',
      `expected whole cents from 0 to ${MAX_HOURLY_RATE_CENTS} (5000 = 50.00 an hour)`,
    );
  }
  return cents;
}

function bad(path: string, code: string, message: string): AppError {
  return new AppError('bad_input', 'advise: invalid input', { details: [{ path, code, message }] });
}

function terminalIo(): AdviseIo {
  return {
    interactive: Boolean(process.stdin.isTTY),
    // Loaded only when asking: the prompts library is not needed for flags and files.
    ask: async (question) => (await import('@inquirer/prompts')).number(question),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      }
      return Buffer.concat(chunks).toString('utf8');
    },
    write: (text) => process.stdout.write(text),
  };
}

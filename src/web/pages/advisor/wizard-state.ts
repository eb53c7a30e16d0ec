import type { z } from 'zod';
import { MAX_HOURLY_RATE_CENTS, type advisorRequestSchema } from '../../../contracts/advisor.ts';
import type { createStaffingPlanBody } from '../../../contracts/staffing.ts';
import {
  DEFAULT_PROFILE,
  PROFILE_FIELDS,
  PROFILE_LIMITS,
  type ProfileField,
} from '../../../core/advisor/profile.ts';
import { STAFFING_ASSUMPTIONS } from '../../../core/advisor/staffing.ts';
import type { ModelKey } from '../../../core/governance/types.ts';

/** The wizard asks the eight questions of the profile, then the hourly rate the plan is priced at. */
export const STEPS = [...PROFILE_FIELDS, 'hourlyRate'] as const;
export type StepKey = (typeof STEPS)[number];

export type AnswerKind = 'count' | 'percent' | 'scale' | 'money';

export const KIND: Readonly<Record<StepKey, AnswerKind>> = {
  employees: 'count',
  onSiteShare: 'percent',
  activeDepartments: 'count',
  countries: 'count',
  socialTeamSize: 'count',
  directiveCulture: 'scale',
  regulation: 'scale',
  authenticityVsControl: 'scale',
  hourlyRate: 'money',
};

/** Each answer's range, in the unit the form shows (percent, whole money units). */
export const RANGE: Readonly<Record<StepKey, { min: number; max: number }>> = {
  employees: { min: 1, max: PROFILE_LIMITS.employees },
  onSiteShare: { min: 0, max: 100 },
  activeDepartments: { min: 1, max: PROFILE_LIMITS.activeDepartments },
  countries: { min: 1, max: PROFILE_LIMITS.countries },
  socialTeamSize: { min: 0, max: PROFILE_LIMITS.socialTeamSize },
  directiveCulture: { min: 1, max: 5 },
  regulation: { min: 1, max: 5 },
  authenticityVsControl: { min: 1, max: 5 },
  hourlyRate: { min: 0, max: MAX_HOURLY_RATE_CENTS / 100 },
};

/** The answers as typed: strings, so a half-typed number stays what the member typed. */
export type Answers = Record<StepKey, string>;

/** The middle-of-the-road profile the CLI offers too, and the plan's default rate. */
export function defaultAnswers(): Answers {
  const answers = {} as Answers;
  for (const field of PROFILE_FIELDS) {
    const value = DEFAULT_PROFILE[field];
    answers[field] = String(KIND[field] === 'percent' ? Math.round(value * 100) : value);
  }
  answers.hourlyRate = String(STAFFING_ASSUMPTIONS.defaultHourlyRateCents / 100);
  return answers;
}

export type StepProblem =
  | { code: 'notNumber' }
  | { code: 'notWhole' }
  | { code: 'tooSmall'; min: number }
  | { code: 'tooLarge'; max: number }
  | { code: 'exceedsEmployees'; employees: number };

/** "12", "12.5", "12,5": the number; anything else (empty, "1e3", "-1"): null. */
function parse(text: string): number | null {
  const t = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * What is wrong with one answer, checked as the server will (same ranges, whole numbers where the
 * profile wants them, parts of the headcount not above it); null when it is fine.
 */
export function stepProblem(step: StepKey, answers: Answers): StepProblem | null {
  const value = parse(answers[step]);
  if (value === null) return { code: 'notNumber' };
  const kind = KIND[step];
  if ((kind === 'count' || kind === 'scale') && !Number.isInteger(value))
    return { code: 'notWhole' };
  if (kind === 'money' && Math.round(value * 100) !== Number((value * 100).toFixed(6))) {
    return { code: 'notWhole' };
  }
  const { min, max } = RANGE[step];
  if (value < min) return { code: 'tooSmall', min };
  if (value > max) return { code: 'tooLarge', max };
  if (step === 'activeDepartments' || step === 'socialTeamSize') {
    const employees = parse(answers.employees);
    if (employees !== null && value > employees) return { code: 'exceedsEmployees', employees };
  }
  return null;
}

/** The first step whose answer is not valid, or null. */
export function firstProblemStep(answers: Answers): StepKey | null {
  return STEPS.find((s) => stepProblem(s, answers) !== null) ?? null;
}

function profileOf(answers: Answers): Record<ProfileField, number> {
  const num = (step: StepKey) => parse(answers[step]) ?? 0;
  return Object.fromEntries(
    PROFILE_FIELDS.map((f) => [f, KIND[f] === 'percent' ? num(f) / 100 : num(f)]),
  ) as Record<ProfileField, number>;
}

function ratesOf(answers: Answers): { defaultCents: number } {
  return { defaultCents: Math.round((parse(answers.hourlyRate) ?? 0) * 100) };
}

/** The request for `POST /advisor`; call only when `firstProblemStep` is null. */
export function toRequest(
  answers: Answers,
  locale: 'de' | 'en',
): z.input<typeof advisorRequestSchema> {
  return { ...profileOf(answers), locale, rates: ratesOf(answers) };
}

/**
 * The body for `POST /staffing-plans`: the same profile and rate as the ranking, and the model
 * whose plan is to be kept (the ranking's first), so the stored plan is the one shown.
 */
export function toStaffingPlanBody(
  answers: Answers,
  model: ModelKey,
): z.input<typeof createStaffingPlanBody> {
  return { profile: profileOf(answers), model, rates: ratesOf(answers) };
}

/** The step of a server error's path (`body.employees`, `body.rates.defaultCents`). */
export function stepOfPath(path: string | undefined): StepKey | null {
  if (!path) return null;
  if (path.startsWith('body.rates')) return 'hourlyRate';
  const field = path.split('.')[1];
  return (PROFILE_FIELDS as readonly string[]).includes(field ?? '') ? (field as StepKey) : null;
}

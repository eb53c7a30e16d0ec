import { describe, expect, it } from 'vitest';
import { advisorRequestSchema } from '../../../contracts/advisor.ts';
import { createStaffingPlanBody } from '../../../contracts/staffing.ts';
import {
  defaultAnswers,
  firstProblemStep,
  stepOfPath,
  stepProblem,
  STEPS,
  toRequest,
  toStaffingPlanBody,
  type Answers,
} from './wizard-state.ts';

const answers = (patch: Partial<Answers>): Answers => ({ ...defaultAnswers(), ...patch });

describe('the advisor wizard', () => {
  it('starts from the default profile, which the server accepts', () => {
    const a = defaultAnswers();
    expect(a.onSiteShare).toBe('80');
    expect(a.employees).toBe('250');
    expect(a.hourlyRate).toBe('50');
    expect(firstProblemStep(a)).toBeNull();
    const request = toRequest(a, 'de');
    expect(advisorRequestSchema.parse(request)).toMatchObject({
      employees: 250,
      onSiteShare: 0.8,
      locale: 'de',
      rates: { defaultCents: 5000 },
    });
  });

  it('asks the eight profile questions, then the rate', () => {
    expect(STEPS).toHaveLength(9);
    expect(STEPS.at(-1)).toBe('hourlyRate');
  });

  it.each([
    ['employees', '', 'notNumber'],
    ['employees', 'many', 'notNumber'],
    ['employees', '-3', 'notNumber'],
    ['employees', '12.5', 'notWhole'],
    ['employees', '0', 'tooSmall'],
    ['employees', '10000001', 'tooLarge'],
    ['onSiteShare', '101', 'tooLarge'],
    ['countries', '251', 'tooLarge'],
    ['socialTeamSize', '0.5', 'notWhole'],
    ['regulation', '0', 'tooSmall'],
    ['regulation', '6', 'tooLarge'],
    ['regulation', '2.5', 'notWhole'],
    ['hourlyRate', '12.345', 'notWhole'],
    ['hourlyRate', '1000.01', 'tooLarge'],
  ] as const)('refuses %s = %j (%s)', (step, value, code) => {
    expect(stepProblem(step, answers({ [step]: value }))?.code).toBe(code);
  });

  it('accepts a decimal comma, and percent and money with decimals', () => {
    expect(stepProblem('onSiteShare', answers({ onSiteShare: '62,5' }))).toBeNull();
    expect(stepProblem('hourlyRate', answers({ hourlyRate: '42,50' }))).toBeNull();
    expect(toRequest(answers({ onSiteShare: '62,5', hourlyRate: '42,50' }), 'en')).toMatchObject({
      onSiteShare: 0.625,
      rates: { defaultCents: 4250 },
    });
  });

  it('keeps parts of the headcount within it, as the server does', () => {
    const a = answers({ employees: '20', activeDepartments: '25', socialTeamSize: '21' });
    expect(stepProblem('activeDepartments', a)).toEqual({
      code: 'exceedsEmployees',
      employees: 20,
    });
    expect(stepProblem('socialTeamSize', a)?.code).toBe('exceedsEmployees');
    expect(firstProblemStep(a)).toBe('activeDepartments');
    expect(
      advisorRequestSchema.safeParse(toRequest(answers({ employees: '20' }), 'en')).success,
    ).toBe(true);
  });

  it('finds the step of a server error', () => {
    expect(stepOfPath('body.employees')).toBe('employees');
    expect(stepOfPath('body.rates.defaultCents')).toBe('hourlyRate');
    expect(stepOfPath('body.locale')).toBeNull();
    expect(stepOfPath(undefined)).toBeNull();
  });

  it('keeps the ranked profile and rate for the staffing plan, which the server accepts', () => {
    const a = answers({ onSiteShare: '45', countries: '3', hourlyRate: '61.5' });
    const { locale: _locale, rates, ...profile } = toRequest(a, 'en');
    const body = createStaffingPlanBody.parse(toStaffingPlanBody(a, 'multi_coordinated'));
    expect(body).toEqual({
      profile,
      model: 'multi_coordinated',
      rates: { defaultCents: 6150 },
      assignments: [],
    });
    expect(rates).toEqual({ defaultCents: 6150 });
    expect(body.profile.onSiteShare).toBe(0.45);
  });
});

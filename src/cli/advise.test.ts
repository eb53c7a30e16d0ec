import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../app/errors.ts';
import { ADVISOR_QUESTIONS } from '../contracts/i18n/advisor.ts';
import { advise, askProfile, type AdviseIo, type AskNumber } from './advise.ts';

const BIN = fileURLToPath(new URL('../../bin/mooring.js', import.meta.url));
// Generous: each run starts Node and tsx, and a busy machine runs many at once.
const TIMEOUT = 60_000;

/** Runs the real CLI (`node bin/mooring.js advise …`) with `stdin` piped in (so: not a terminal). */
function run(
  args: string[],
  stdin = '',
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'advise', ...args], { timeout: TIMEOUT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** The coordinated statement of the source article as flags. */
const LARGE_WITH_TEAM = [
  '--employees',
  '3000',
  '--on-site-share',
  '0.5',
  '--active-departments',
  '6',
  '--countries',
  '1',
  '--social-team-size',
  '5',
  '--directive-culture',
  '3',
  '--regulation',
  '3',
  '--authenticity-vs-control',
  '3',
];
const LARGE_PROFILE = {
  employees: 3000,
  onSiteShare: 0.5,
  activeDepartments: 6,
  countries: 1,
  socialTeamSize: 5,
  directiveCulture: 3,
  regulation: 3,
  authenticityVsControl: 3,
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mooring-advise-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function profileFile(name: string, content: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

// Each run starts Node and tsx (about 2 s here): run them side by side.
describe.concurrent('mooring advise', () => {
  it(
    'ranks the models from flags and prints the ranking, reasons and staffing plan',
    async () => {
      const res = await run(LARGE_WITH_TEAM);
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      expect(res.stdout).toMatch(
        /^Ranking \(best first\)\n\n1\. coordinated \(hub and spoke\) {2}77\.7\n/,
      );
      expect(res.stdout).toContain(
        '   + A social media team of 5 is in place. A team of its own can be the hub',
      );
      expect(res.stdout).toContain('5. holistic  26.8');
      expect(res.stdout).toContain('Staffing plan: coordinated (hub and spoke)');
      // Hub: max(2, ceil(6 / 3), team of 5) = 5 people, 200 h: the lead 866,666.7 → 866,667,
      // four editors 3,466,666.7 → 3,466,667 cents. 6 leads and 6 contributors × 2 h = 24 h:
      // 2 × 260,000. Total 4,853,334 cents a month.
      expect(res.stdout).toMatch(/ {2}total {2,}17 {2,}5 {2,}224\.0 {2,}48,533\.34\n/);
    },
    TIMEOUT,
  );

  it(
    'prints { ranking: [{ model, score, reasons }] } with --json, best first',
    async () => {
      const res = await run([...LARGE_WITH_TEAM, '--json']);
      expect(res.status).toBe(0);
      const out = JSON.parse(res.stdout);
      expect(out.locale).toBe('en');
      expect(out.ranking.map((r: { model: string }) => r.model)).toEqual([
        'coordinated',
        'centralized',
        'multi_coordinated',
        'decentralized',
        'holistic',
      ]);
      expect(out.ranking[0].score).toBe(77.7);
      expect(out.ranking[0].reasons[0]).toEqual({
        criterion: 'dedicated_team',
        effect: 'for',
        points: 10.4,
        code: 'advisor.dedicated_team.high',
        params: { model: 'coordinated', value: 5 },
        message:
          'A social media team of 5 is in place. A team of its own can be the hub that supports ' +
          'and steers the units: that speaks for the coordinated model.',
      });
      expect(out.uncertain).toEqual([]);
      expect(out.staffing.model).toBe('coordinated');
      expect(out.staffing.totals.centsPerMonth).toBe(4_853_334);
    },
    TIMEOUT,
  );

  it(
    'reads --profile FILE, lets flags override it, answers in German with --lang de',
    async () => {
      const file = await profileFile('large.json', LARGE_PROFILE);
      const res = await run(['--profile', file, '--countries', '12', '--lang', 'de', '--json']);
      expect(res.status).toBe(0);
      const out = JSON.parse(res.stdout);
      expect(out.locale).toBe('de');
      expect(out.ranking[0].model).toBe('multi_coordinated');
      expect(out.ranking[0].reasons[0]).toMatchObject({
        criterion: 'international',
        message:
          'Die Organisation ist in 12 Ländern oder Geschäftsbereichen tätig. Regionale Hubs unter ' +
          'einem verantwortlichen Team halten mehrere Länder oder Geschäftsbereiche auf einer ' +
          'Linie: Das spricht für das mehrfach koordinierte Modell.',
      });
    },
    TIMEOUT,
  );

  it(
    'reads the profile from stdin with --profile - and takes an hourly rate',
    async () => {
      const res = await run(
        ['--profile', '-', '--hourly-rate-cents', '0', '--json'],
        JSON.stringify(LARGE_PROFILE),
      );
      expect(res.status).toBe(0);
      const out = JSON.parse(res.stdout);
      expect(out.ranking[0].model).toBe('coordinated');
      expect(out.staffing.totals.centsPerMonth).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'refuses negative staff, shares over 100 %, non-numbers and bad options with exit code 2',
    async () => {
      const flags = (name: string, value: string) => {
        const args = [...LARGE_WITH_TEAM];
        args[args.indexOf(name) + 1] = value;
        return args;
      };
      const [staff, share, word, team, lang, rate] = await Promise.all([
        run(flags('--social-team-size', '-1')),
        run(flags('--on-site-share', '150%')),
        run(flags('--employees', 'many')),
        run(flags('--social-team-size', '4000')),
        run([...LARGE_WITH_TEAM, '--lang', 'fr']),
        run([...LARGE_WITH_TEAM, '--hourly-rate-cents', '12.5']),
      ]);
      for (const res of [staff, share, word, team, lang, rate]) {
        expect(res.status, res.stderr).toBe(2);
        expect(res.stdout).toBe('');
      }
      expect(staff.stderr).toBe(
        'mooring: advise: invalid profile\n' +
          '  --social-team-size: expected a whole number from 0 (no team) to 100000\n',
      );
      expect(share.stderr).toContain(
        '--on-site-share: expected a share from 0 to 1 (0.8 or 80% for 80 %)',
      );
      expect(word.stderr).toContain('--employees: expected a whole number from 1 to 10000000');
      expect(team.stderr).toContain(
        '--social-team-size: socialTeamSize (4000) cannot exceed employees (3000)',
      );
      expect(lang.stderr).toContain("--lang: unknown language 'fr'; one of: de, en");
      expect(rate.stderr).toContain('--hourly-rate-cents: expected whole cents from 0 to 100000');
    },
    TIMEOUT,
  );

  it(
    'refuses missing fields (no terminal to ask), bad files and unknown fields with exit code 2',
    async () => {
      const { countries: _, ...partial } = LARGE_PROFILE;
      const file = await profileFile('partial.json', { ...partial, employees: '3000' });
      const [nothing, missing, typo, broken, list, absent] = await Promise.all([
        run([]),
        run(['--profile', file]),
        run(['--profile', await profileFile('typo.json', { ...LARGE_PROFILE, employes: 3 })]),
        run(['--profile', await profileFile('broken.json', '{"employees":')]),
        run(['--profile', await profileFile('list.json', [LARGE_PROFILE])]),
        run(['--profile', join(dir, 'absent.json')]),
      ]);
      for (const res of [nothing, missing, typo, broken, list, absent]) {
        expect(res.status, res.stderr).toBe(2);
        expect(res.stdout).toBe('');
      }
      expect(nothing.stderr).toContain('  employees: required: give --employees\n');
      expect(nothing.stderr).toContain(
        '  authenticityVsControl: required: give --authenticity-vs-control\n',
      );
      expect(missing.stderr).toContain(
        `  ${file}: countries: required: give --countries or "countries" in ${file}\n`,
      );
      expect(missing.stderr).toContain(
        `  ${file}: employees: expected a whole number from 1 to 10000000\n`,
      );
      expect(typo.stderr).toContain('unknown field(s) employes');
      expect(broken.stderr).toContain('broken.json: not valid JSON');
      expect(list.stderr).toContain('list.json: expected a JSON object with the profile fields');
      expect(absent.stderr).toContain('absent.json: cannot read the profile');
    },
    TIMEOUT,
  );
});

/** An io that answers the questions from a list and collects the output. */
function fakeIo(answers: (number | undefined)[], interactive = true) {
  const asked: Parameters<AskNumber>[0][] = [];
  let output = '';
  const io: AdviseIo = {
    interactive,
    ask: (question) => {
      asked.push(question);
      return Promise.resolve(answers[asked.length - 1]);
    },
    readStdin: () => Promise.reject(new Error('stdin is not read here')),
    write: (text) => (output += text),
  };
  return { io, asked, output: () => output };
}

describe('asking in a terminal', () => {
  it('asks every question with its default and range; the share in percent', async () => {
    const { io, asked } = fakeIo([3000, 50, 6, 1, 5, 3, 3, 3]);
    const profile = await askProfile('de', io.ask);
    expect(profile).toEqual(LARGE_PROFILE);
    expect(asked.map((q) => q.message)).toEqual(Object.values(ADVISOR_QUESTIONS.de));
    expect(asked[0]).toMatchObject({ default: 250, min: 1, max: 10_000_000 });
    expect(asked[1]).toMatchObject({ default: 80, min: 0, max: 100 });
    expect(asked[4]).toMatchObject({ default: 0, min: 0 });
    expect(asked[7]).toMatchObject({ default: 3, min: 1, max: 5 });
  });

  it('takes the defaults for empty answers', async () => {
    const { io } = fakeIo([]);
    expect(await askProfile('en', io.ask)).toEqual({
      employees: 250,
      onSiteShare: 0.8,
      activeDepartments: 3,
      countries: 1,
      socialTeamSize: 0,
      directiveCulture: 3,
      regulation: 3,
      authenticityVsControl: 3,
    });
  });

  it('asks only when no profile is given and prints the ranking of the answers', async () => {
    const { io, asked, output } = fakeIo([3000, 50, 6, 1, 5, 3, 3, 3]);
    await advise({ json: true }, io);
    expect(asked).toHaveLength(8);
    expect(JSON.parse(output()).ranking[0].model).toBe('coordinated');
    const flagged = fakeIo([]);
    await expect(advise({ employees: '12' }, flagged.io)).rejects.toBeInstanceOf(AppError);
    expect(flagged.asked).toEqual([]);
  });

  it('ends quietly with exit code 130 when the questions are cancelled (Ctrl+C)', async () => {
    const { io, output } = fakeIo([]);
    const cancel = Object.assign(new Error('User force closed the prompt'), {
      name: 'ExitPromptError',
    });
    const before = process.exitCode;
    try {
      await advise({}, { ...io, ask: () => Promise.reject(cancel) });
      expect(process.exitCode).toBe(130);
      expect(output()).toBe('');
    } finally {
      process.exitCode = before;
    }
    const broken = new Error('terminal gone');
    await expect(advise({}, { ...io, ask: () => Promise.reject(broken) })).rejects.toBe(broken);
  });

  it('refuses an answer the schema does not take (a team larger than the organization)', async () => {
    const { io } = fakeIo([10, 100, 1, 1, 20, 3, 3, 3]);
    const error = await askProfile('en', io.ask).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual([
      {
        path: 'socialTeamSize',
        code: 'custom',
        message: 'socialTeamSize (20) cannot exceed employees (10)',
      },
    ]);
  });
});

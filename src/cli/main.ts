import { Command, Option } from 'commander';
import { MODELS } from '../core/governance/types.ts';
import { NETWORKS } from '../core/text/limits.ts';
import { runCli } from './run.ts';
import type { AdviseOptions } from './advise.ts';
import type { TextCheckOptions } from './text.ts';
import type { ServeOptions } from './serve.ts';
import type { ReportOptions } from './report.ts';
import type { CreateUserOptions } from './user.ts';
import type { WorkerCliOptions } from './worker.ts';

// `mooring policy | head` closes the pipe early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const program = new Command('mooring')
  .description('Mooring: social media anchored in the organization')
  .showHelpAfterError();

program
  .command('serve')
  .description('Start the web app and API (migrations run first)')
  .option('--demo', 'seed the five demo organizations when the database has none')
  .option('--build-web', 'build the web app first if it is missing or older than its sources')
  .option(
    '--no-worker',
    'do not publish from this process (run `mooring worker` processes instead)',
  )
  .action((opts: ServeOptions) => runCli(async () => (await import('./serve.ts')).serve(opts)));

program
  .command('worker')
  .description('Publish due deliveries until stopped (run any number against one PostgreSQL)')
  .option('--concurrency <n>', 'deliveries in flight at once', '8')
  .option('--lease-seconds <n>', 'how long a claim holds before another worker may take it', '120')
  .option('--poll-ms <n>', 'pause between polls when nothing is due', '500')
  .action((opts: WorkerCliOptions) =>
    runCli(async () => (await import('./worker.ts')).worker(opts)),
  );

program
  .command('migrate')
  .description('Apply pending database migrations')
  .action(() => runCli(async () => (await import('./migrate.ts')).migrate()));

program
  .command('policy')
  .description('Print the policy matrix computed by the engine')
  .addOption(new Option('--model <key>', 'governance model (default: all)').choices(MODELS))
  .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
  .action((opts: { model?: (typeof MODELS)[number]; format: 'md' | 'json' }) =>
    runCli(async () => (await import('./policy.ts')).policy(opts)),
  );

program
  .command('demo')
  .description('Seed five demo organizations, one per model, and print their logins')
  .option('--json', 'print the logins as JSON')
  .action((opts: { json?: boolean }) => runCli(async () => (await import('./demo.ts')).demo(opts)));

const text = program.command('text').description('Count a text as each network counts it');
text
  .command('check')
  .description('Read a text from stdin and print its length, limit and validity as JSON')
  // Not commander's requiredOption: a missing network is bad input like a wrong one (exit 2).
  .option('--network <key>', `network (required): ${NETWORKS.join(', ')}`)
  .option('--limit <n>', "maximum length instead of the network's default")
  .option('--content-warning <text>', 'Mastodon: the content warning, which counts too')
  .action((opts: TextCheckOptions) =>
    runCli(async () => (await import('./text.ts')).textCheck(opts)),
  );

program
  .command('advise')
  .description('Rank the five governance models for a profile of the organization')
  .option('--profile <file>', 'the profile as a JSON file (- for stdin); flags override its fields')
  .option('--employees <n>', 'people working in the organization')
  .option('--on-site-share <share>', 'share working on site, 0–1 (or 80%)')
  .option('--active-departments <n>', 'departments or units to be active on social media')
  .option('--countries <n>', 'countries or independent business units')
  .option('--social-team-size <n>', 'people doing social media as their job (0 = none)')
  .option('--directive-culture <1-5>', 'how binding directives are (1 = hardly, 5 = fully)')
  .option('--regulation <1-5>', 'how regulated the business is (1 = hardly, 5 = strongly)')
  .option('--authenticity-vs-control <1-5>', '1 = authenticity … 5 = control')
  .option('--hourly-rate-cents <n>', 'hourly rate for the staffing plan, in cents (default 5000)')
  .option('--lang <lang>', 'language of the reasons: de, en (default en)')
  .option('--json', 'print { locale, ranking, uncertain, staffing } as JSON')
  .action((opts: AdviseOptions) => runCli(async () => (await import('./advise.ts')).advise(opts)));

program
  .command('report')
  .description("Print an organization's cost report (hours, cost, coordination share, waits)")
  .option('--org <id>', 'organization id (may be left out when there is one)')
  .option('--from <date>', 'first day (YYYY-MM-DD) or instant; default: 30 days before --to')
  .option('--to <date>', 'last day (included) or instant (excluded); default: today')
  .option('--group-by <dim>', 'period, unit, channel, campaign, member or post (default period)')
  .option('--period <period>', 'day, week or month, for --group-by period (default month)')
  .option('--unit <id>', "only this unit's subtree")
  .option('--lang <lang>', 'language of the table: de, en (default en)')
  .option('--json', 'print the report as the API returns it')
  .action((opts: ReportOptions) => runCli(async () => (await import('./report.ts')).report(opts)));

const user = program.command('user').description('Manage members from the terminal');
user
  .command('create')
  .description('Create a member (and, with --new-organization, the organization)')
  .requiredOption('--email <email>', 'login email')
  .requiredOption('--name <name>', 'display name')
  .option('--password <password>', 'password (default: a generated one, printed once)')
  .option('--organization <id>', 'organization id the member joins')
  .option('--new-organization <name>', 'create a new organization with this name')
  .addOption(
    new Option('--model <key>', 'model of a new organization')
      .choices(MODELS)
      .default('decentralized'),
  )
  .option('--admin', 'organization admin')
  .addOption(new Option('--locale <locale>', 'language').choices(['de', 'en']).default('en'))
  .option('--json', 'print the result as JSON')
  .action((opts: CreateUserOptions) =>
    runCli(async () => (await import('./user.ts')).createUserCommand(opts)),
  );

await program.parseAsync(process.argv);

import { Command, Option } from 'commander';
import { MODELS } from '../core/governance/types.ts';
import { NETWORKS } from '../core/text/limits.ts';
import { runCli } from './run.ts';
import type { TextCheckOptions } from './text.ts';
import type { CreateUserOptions } from './user.ts';

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
  .action((opts: { demo?: boolean }) =>
    runCli(async () => (await import('./serve.ts')).serve(opts)),
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

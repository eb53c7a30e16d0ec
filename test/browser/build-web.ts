import { ensureWebBuild } from '../../src/cli/web-build.ts';

/** Browser tests drive the built app: build it once, unless dist/web is current. */
export default async function setup(): Promise<void> {
  await ensureWebBuild((line) => process.stderr.write(`[browser tests] ${line}\n`));
}

import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

/** What a child process of the publishing tests needs to reach the test's database. */
export interface ChildEnv {
  databaseUrl: string;
  /** The secret key the channel credentials were sealed with (64 hex digits). */
  secretKey: string;
  extra?: Record<string, string>;
}

export function childEnv(env: ChildEnv): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: env.databaseUrl,
    MOORING_SECRET_KEY: env.secretKey,
    MOORING_DATA_DIR: path.join(os.tmpdir(), 'mooring-fault-children'),
    LOG_LEVEL: 'error',
    ...env.extra,
  };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts a TypeScript entry point (through tsx) as a child process. */
export function startChild(entry: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function exitOf(child: ChildProcess): Promise<Exit> {
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout?.resume();
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

export async function runChild(
  entry: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<Exit> {
  return exitOf(startChild(entry, args, env));
}

// First, so that no server of this module can listen beyond loopback.
import './loopback.ts';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { AtpAgent } from '@atproto/api';
// The module itself, not the package index: the index also loads the AppView and Ozone, which
// doubles the import time (about 3.5 s instead of 7 s) and is not needed for a PDS.
import { TestNetworkNoAppView } from '@atproto/dev-env/dist/network-no-appview.js';

/**
 * A real atproto PDS (with its PLC directory) in this process, for Bluesky adapter tests:
 * `@atproto/dev-env`'s `TestNetworkNoAppView`. Both servers listen on 127.0.0.1 only (the
 * `loopback.ts` import above patches `listen` before they start). Handles end in `.test`, the
 * PDS's service domain. Write rate limits are off, as in dev-env; the data lives in a temporary
 * folder that `close()` removes.
 */
export interface LocalPds {
  /** The PDS's URL, the `service` credential of a Bluesky channel. */
  url: string;
  /**
   * Creates an account (random name when none is given); `name` without a dot gets `.test`
   * appended, and its first label needs 3 to 18 characters.
   */
  createAccount(name?: string): Promise<PdsAccount>;
  /** Where the PDS and the PLC directory listen (to prove they stay on loopback). */
  addresses(): AddressInfo[];
  close(): Promise<void>;
}

export interface PdsAccount {
  did: string;
  handle: string;
  /** The account password. */
  password: string;
  /** An app password, what a Bluesky channel stores as `appPassword`. */
  appPassword: string;
  /** An agent logged in as the account (for reading back records). */
  agent: AtpAgent;
}

export async function startPds(): Promise<LocalPds> {
  const dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'mooring-pds-'));
  const network = await TestNetworkNoAppView.create({
    pds: { dataDirectory, blobstoreDiskLocation: path.join(dataDirectory, 'blobs') },
  }).catch(async (err: unknown) => {
    await fs.rm(dataDirectory, { recursive: true, force: true });
    throw err;
  });
  const url = network.pds.url;
  let closed = false;

  return {
    url,

    async createAccount(name = `u${crypto.randomBytes(5).toString('hex')}`) {
      const handle = name.includes('.') ? name : `${name}.test`;
      const password = crypto.randomBytes(12).toString('hex');
      const agent = new AtpAgent({ service: url });
      await agent.createAccount({
        handle,
        password,
        email: `${handle.replace(/\./g, '-')}@mooring.test`,
      });
      const { data } = await agent.com.atproto.server.createAppPassword({ name: 'mooring' });
      return { did: agent.session!.did, handle, password, appPassword: data.password, agent };
    },

    addresses() {
      return [network.pds.server.server, network.plc.server.server].map(
        (server) => server?.address() as AddressInfo,
      );
    },

    async close() {
      if (closed) return;
      closed = true;
      await network.close();
      await fs.rm(dataDirectory, { recursive: true, force: true });
    },
  };
}

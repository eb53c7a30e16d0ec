import { hashSecret, newSecret } from '../auth/tokens.ts';

export const INVITE_DAYS = 7;

export interface NewInvite {
  /** Shown once to the admin who invites; only its hash is stored. */
  token: string;
  hash: string;
  expiresAt: Date;
}

export function newInvite(now: Date): NewInvite {
  const token = newSecret();
  return {
    token,
    hash: hashSecret(token),
    expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000),
  };
}

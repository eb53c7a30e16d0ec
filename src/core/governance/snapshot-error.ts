export type SnapshotErrorCode =
  | 'unit.duplicate'
  | 'unit.no_root'
  | 'unit.multiple_roots'
  | 'unit.parent_missing'
  | 'unit.cycle'
  | 'hub.covers_missing'
  | 'member.duplicate'
  | 'membership.member_missing'
  | 'membership.unit_missing'
  | 'channel.duplicate'
  | 'channel.unit_missing';

/** Broken snapshot input (a data bug, not a user error). `details` names the offending ids. */
export class SnapshotError extends Error {
  readonly code: SnapshotErrorCode;
  readonly details: Readonly<Record<string, string>>;

  constructor(code: SnapshotErrorCode, message: string, details: Record<string, string> = {}) {
    super(message);
    this.name = 'SnapshotError';
    this.code = code;
    this.details = details;
  }
}

/** PostgreSQL's unique_violation (23505): a unique index settled a race. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === '23505';
}

/** PostgreSQL's foreign_key_violation (23503): other rows still refer to the one deleted. */
export function isForeignKeyViolation(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === '23503';
}

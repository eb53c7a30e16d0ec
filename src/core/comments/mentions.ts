/**
 * Mentions in comments. The one syntax is `@[Display Name](member-id)`: the web app's mention
 * picker writes it, so a mention names exactly one member whatever names or email addresses look
 * alike. The name is only what readers see (it may not contain `]` or a line break; the picker
 * drops those); the id decides. A bare `@word` is plain text and mentions nobody.
 */

export interface Mention {
  /** The member id, lower case. */
  memberId: string;
  /** The name as written between the brackets. */
  name: string;
  /** UTF-16 offsets of the whole `@[…](…)`; `end` exclusive. */
  start: number;
  end: number;
}

const MENTION =
  /@\[([^\]\r\n]{1,200})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/giu;

/** Every mention in `body`, in text order (repeats included). */
export function parseMentions(body: string): Mention[] {
  return [...body.matchAll(MENTION)].map((m) => ({
    memberId: m[2]!.toLowerCase(),
    name: m[1]!,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The distinct member ids mentioned in `body`, in order of first mention. */
export function mentionedMemberIds(body: string): string[] {
  return [...new Set(parseMentions(body).map((m) => m.memberId))];
}

/** `body` as plain text: each mention becomes `@Name`. For excerpts in notifications and feeds. */
export function mentionsAsText(body: string): string {
  return body.replace(MENTION, (_m, name: string) => `@${name}`);
}

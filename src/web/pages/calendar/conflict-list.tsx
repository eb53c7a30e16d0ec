import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CalendarEntry } from '../../../contracts/calendar.ts';
import type { Formatters } from '../../i18n/format.ts';
import { postPath } from './calendar-events.ts';
import { conflictWords, type ConflictNames } from './conflict-words.ts';

/** How many entries with conflicts are spelled out; the rest are counted. */
const SHOWN = 25;

/**
 * The range's conflicts in words, each entry linking to its post: what the calendar's markers
 * only hint at, readable without a pointer.
 */
export function ConflictList({
  entries,
  fmt,
  names,
  channelName,
}: {
  entries: CalendarEntry[];
  fmt: Formatters;
  names: ConflictNames;
  channelName: (id: string) => string;
}) {
  const { t } = useTranslation('calendar');
  return (
    <section className="card conflict-list" aria-labelledby="cal-conflicts">
      <h2 id="cal-conflicts">{t('conflicts.heading')}</h2>
      {entries.length === 0 ? (
        <p>{t('conflicts.none')}</p>
      ) : (
        <>
          <ul className="plain-list">
            {entries.slice(0, SHOWN).map((e) => (
              <li key={e.variantId} data-variant={e.variantId}>
                <Link to={postPath(e.postId)}>{e.title || e.excerpt}</Link>{' '}
                <span className="muted">
                  {fmt.dateTime(e.dueAt)} · {channelName(e.channelId)}
                </span>
                <ul>
                  {e.conflicts.map((c, i) => (
                    <li key={i}>{conflictWords(c, t, names)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {entries.length > SHOWN && (
            <p className="muted">{t('conflicts.more', { count: entries.length - SHOWN })}</p>
          )}
        </>
      )}
    </section>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rotateCalendarFeed } from '../../api/calendar.ts';
import { registerMessages } from '../../i18n/setup.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { calendarMessages } from './messages.ts';

// Also shown on the settings page, which may load before the calendar.
registerMessages('calendar', calendarMessages);

/**
 * The member's private iCalendar feed. The server keeps only a hash of its token, so the address
 * can be shown only when it is made; making a new one retires the old one.
 */
export function FeedLink({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('calendar');
  const id = useId();
  const [copied, setCopied] = useState(false);
  const feed = useMutation({ mutationFn: rotateCalendarFeed, onMutate: () => setCopied(false) });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const url = feed.data ? new URL(feed.data.url, window.location.origin).toString() : null;
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (insecure origin, denied): the field is selected for a manual copy.
      (document.getElementById(`${id}-url`) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <section className="card feed-link" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t('feed.heading')}</Heading>
      <p>{t('feed.intro')}</p>
      {url && (
        <div className="alert alert-success" role="status">
          <p>{t('feed.created')}</p>
          <div className="field">
            <label htmlFor={`${id}-url`}>{t('feed.url')}</label>
            <input
              id={`${id}-url`}
              className="feed-url"
              readOnly
              value={url}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
          <div className="actions">
            <button type="button" className="button" onClick={() => void copy()}>
              {t('feed.copy')}
            </button>
            <a href={url} className="button">
              {t('feed.open')}
            </a>
            {copied && <span>{t('feed.copied')}</span>}
          </div>
        </div>
      )}
      {feed.error && <ErrorAlert error={feed.error} />}
      <button
        type="button"
        className="button"
        disabled={feed.isPending}
        onClick={() => feed.mutate()}
      >
        {feed.isPending ? t('feed.busy') : url ? t('feed.rotate') : t('feed.create')}
      </button>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../contracts/channels.ts';
import type { Media } from '../../../contracts/media.ts';
import type { FindingView } from '../../../contracts/posts.ts';
import { mediaContentUrl } from '../../api/media.ts';
import { findingMessage } from '../../i18n/findings.ts';

interface Span {
  start: number;
  end: number;
  severity: 'warn' | 'block';
  message: string;
}

/** The text cut at the finding positions; overlapping spans keep the first one. */
export function markSegments(
  text: string,
  spans: readonly Span[],
): { text: string; span?: Span }[] {
  const sorted = [...spans]
    .filter((s) => s.start < s.end && s.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const out: { text: string; span?: Span }[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start) });
    out.push({ text: text.slice(s.start, s.end), span: s });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

function hostOf(link: string): string {
  try {
    return new URL(link).host;
  } catch {
    return link;
  }
}

/**
 * How the variant will look on its network, roughly: account, text with the guideline findings
 * marked where they are, link and media.
 */
export function NetworkPreview({
  channel,
  text,
  link,
  media,
  findings,
}: {
  channel: Channel;
  text: string;
  link: string;
  media: Media[];
  findings: FindingView[];
}) {
  const { t } = useTranslation('composer');
  const { t: tc } = useTranslation();
  const spans: Span[] = findings
    .filter((f) => f.field === 'text')
    .flatMap((f) =>
      f.positions.map((p) => ({
        ...p,
        severity: f.effectiveSeverity,
        message: findingMessage(f.code, f.params),
      })),
    );
  const at = ['x', 'mastodon', 'bluesky', 'threads', 'instagram'].includes(channel.network);
  return (
    <figure className={`preview preview-${channel.network}`}>
      <figcaption className="visually-hidden">
        {t('preview.heading', { network: tc(`networks.${channel.network}`) })}
      </figcaption>
      <div className="preview-account">
        <span className="preview-avatar" aria-hidden="true">
          {channel.displayName.slice(0, 1)}
        </span>
        <span>
          <strong>{channel.displayName}</strong>{' '}
          <span className="muted">
            {at ? '@' : ''}
            {channel.handle}
          </span>
        </span>
        <span className="preview-network">{tc(`networks.${channel.network}`)}</span>
      </div>
      <p className="preview-text" data-testid="preview-text">
        {markSegments(text, spans).map((seg, i) =>
          seg.span ? (
            <mark
              key={i}
              className={`finding-mark finding-mark-${seg.span.severity}`}
              title={seg.span.message}
            >
              {seg.text}
            </mark>
          ) : (
            <span key={i}>{seg.text}</span>
          ),
        )}
      </p>
      {link && <p className="preview-link">{hostOf(link)}</p>}
      {media.length > 0 && (
        <div className="preview-media">
          {media.map((m) =>
            m.mimeType.startsWith('image/') ? (
              <img
                key={m.id}
                src={mediaContentUrl(m.id)}
                alt={m.originalName || t('media.image')}
              />
            ) : (
              <span key={m.id} className="preview-file">
                {m.originalName}
              </span>
            ),
          )}
        </div>
      )}
    </figure>
  );
}

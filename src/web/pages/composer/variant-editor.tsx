import { useMemo, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../contracts/channels.ts';
import type { ExplainedDecision } from '../../../contracts/decisions.ts';
import type { FindingView } from '../../../contracts/posts.ts';
import type { SeverityModel } from '../../../core/governance/severity.ts';
import { checkMediaForNetwork, isMediaNetwork } from '../../../core/media/limits.ts';
import { countText } from '../../../core/text/count.ts';
import { isTextNetwork } from '../../../core/text/limits.ts';
import { tDynamic } from '../../i18n/dynamic.ts';
import type { ComposeAction, VariantDraft } from './compose-state.ts';
import { FindingsList } from './findings-list.tsx';
import { MediaPicker } from './media-picker.tsx';
import { NetworkPreview } from './network-preview.tsx';
import { TextCounter } from './text-counter.tsx';
import { useMediaItems } from './use-media.ts';

export interface VariantContext {
  org: SeverityModel;
  timeZone: string;
  language: string;
  unitName: (id: string) => string | undefined;
}

/** One channel's variant: text with its counter, link, time, media, findings and preview. */
export function VariantEditor({
  draft,
  channel,
  findings,
  publish,
  context,
  dispatch,
  readOnly,
}: {
  draft: VariantDraft;
  channel: Channel;
  /** The guideline findings of this variant as it stands (live-checks.ts). */
  findings: FindingView[];
  publish: ExplainedDecision | undefined;
  context: VariantContext;
  dispatch: Dispatch<ComposeAction>;
  readOnly: boolean;
}) {
  const { t } = useTranslation('composer');
  const { t: tc } = useTranslation();
  const base = `variant-${channel.id}`;
  const patch = (p: Partial<Omit<VariantDraft, 'channelId'>>) =>
    dispatch({ type: 'variant', channelId: channel.id, patch: p });

  const count = useMemo(
    () =>
      isTextNetwork(channel.network)
        ? countText({
            network: channel.network,
            text: draft.text,
            ...(channel.limits.maxChars !== undefined ? { limit: channel.limits.maxChars } : {}),
          })
        : null,
    [channel, draft.text],
  );

  const media = useMediaItems(draft.mediaIds);
  // The same table the server checks attachments against on save (core/media/limits.ts).
  const mediaProblems = isMediaNetwork(channel.network)
    ? checkMediaForNetwork(channel.network, media)
    : [];
  const steps = publish?.steps ?? [];

  return (
    <section
      className="card variant"
      aria-labelledby={`${base}-heading`}
      data-channel={channel.handle}
    >
      <h3 id={`${base}-heading`}>
        {t('variant.heading', {
          network: tc(`networks.${channel.network}`),
          channel: channel.displayName,
        })}
      </h3>
      {publish && (
        <p className="muted small">
          {steps.length === 0
            ? t('noApprovalNeeded')
            : t('approvalNeeded', {
                steps: steps
                  .map(
                    (s) =>
                      tc(`pools.${s.pool}`) +
                      (s.unitId ? ` (${context.unitName(s.unitId) ?? ''})` : ''),
                  )
                  .join(' → '),
              })}
        </p>
      )}
      <div className="variant-grid">
        <div className="variant-inputs">
          <div className="field">
            <label htmlFor={`${base}-text`}>
              {t('variant.text', { channel: channel.displayName })}
            </label>
            <textarea
              id={`${base}-text`}
              rows={6}
              value={draft.text}
              readOnly={readOnly}
              aria-describedby={`${base}-count ${base}-findings`}
              onChange={(e) => patch({ text: e.target.value })}
            />
            <TextCounter count={count} id={`${base}-count`} />
          </div>
          <div className="field">
            <label htmlFor={`${base}-link`}>{t('variant.link')}</label>
            <input
              id={`${base}-link`}
              type="url"
              inputMode="url"
              value={draft.link}
              readOnly={readOnly}
              onChange={(e) => patch({ link: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${base}-comment`}>{t('variant.firstComment')}</label>
            <textarea
              id={`${base}-comment`}
              rows={2}
              value={draft.firstComment}
              readOnly={readOnly}
              onChange={(e) => patch({ firstComment: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${base}-due`}>
              {t('variant.dueAt', { timeZone: context.timeZone })}
            </label>
            <input
              id={`${base}-due`}
              type="datetime-local"
              value={draft.dueAt}
              readOnly={readOnly}
              aria-describedby={`${base}-due-hint`}
              onChange={(e) => patch({ dueAt: e.target.value })}
            />
            <p id={`${base}-due-hint`} className="muted small">
              {t('variant.dueAtHint')}
            </p>
          </div>
          {!readOnly && (
            <MediaPicker
              id={`${base}-media`}
              mediaIds={draft.mediaIds}
              media={media}
              onChange={(ids) => patch({ mediaIds: ids })}
            />
          )}
          {mediaProblems.length > 0 && (
            <ul className="plain-list" aria-live="polite">
              {mediaProblems.map((p, i) => (
                <li key={i} className="finding finding-block">
                  {tDynamic(`errors.detail.${p.code}`, {
                    ...p.params,
                    network: tc(`networks.${channel.network}`),
                  }) ?? p.code}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="variant-side">
          <NetworkPreview
            channel={channel}
            text={draft.text}
            link={draft.link}
            media={media}
            findings={findings}
          />
          <FindingsList findings={findings} unitName={context.unitName} id={`${base}-findings`} />
        </div>
      </div>
    </section>
  );
}

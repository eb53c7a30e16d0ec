import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { FindingView, Post } from '../../../contracts/posts.ts';
import { EDITABLE, SUBMITTABLE } from '../../../core/posts/status.ts';
import { createPost, submitPost, updatePost } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { registerMessages } from '../../i18n/setup.ts';
import { ApprovalSteps } from '../../posts/approval-steps.tsx';
import { fromOrgInput } from '../../posts/org-time.ts';
import { useDirectory } from '../../posts/use-directory.ts';
import { useMe } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { ChannelPicker } from './channel-picker.tsx';
import { composeReducer, stateOfPost, variantsInput, type ComposeState } from './compose-state.ts';
import './composer.css';
import { composerMessages } from './messages.ts';
import { PostMeta } from './post-meta.tsx';
import { liveFindings } from './live-checks.ts';
import { useComposerData } from './use-composer-data.ts';
import { VariantEditor, type VariantContext } from './variant-editor.tsx';

registerMessages('composer', composerMessages);

/** Minutes since `since`, for the cost accounting (`spentMinutes`; the API takes 0 to 1440). */
function minutesSince(since: number): number {
  return Math.min(24 * 60, Math.max(0, Math.round((Date.now() - since) / 60_000)));
}

export default function ComposerPage() {
  const { t } = useTranslation('composer');
  const { t: tc } = useTranslation();
  const { postId } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const { directory, error: directoryError } = useDirectory();

  const blank = (): ComposeState => {
    const channel = search.get('channel');
    return {
      title: '',
      language: me.organization.locale,
      variants: channel
        ? [{ channelId: channel, text: '', link: '', firstComment: '', mediaIds: [], dueAt: '' }]
        : [],
    };
  };
  const [state, dispatch] = useReducer(composeReducer, undefined, blank);
  const [saved, setSaved] = useState<Post | null>(null);
  const [result, setResult] = useState<{ kind: 'saved' | 'submitted'; post: Post } | null>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const loadedFor = useRef<string | null>(null);
  const workStarted = useRef(Date.now());

  const selected = state.variants.map((v) => v.channelId);
  const data = useComposerData({ postId, directory, selected });
  const timeZone = data.org.data?.timeZone ?? me.organization.timeZone;
  usePageTitle(postId ? t('editTitle') : t('title'));

  // Open an existing post once; a post this page just created is already in the form.
  useEffect(() => {
    if (!postId) {
      if (loadedFor.current !== null) {
        loadedFor.current = null;
        dispatch({ type: 'load', state: blank() });
        setSaved(null);
        setResult(null);
      }
      return;
    }
    if (loadedFor.current === postId || !data.post.data) return;
    loadedFor.current = postId;
    dispatch({ type: 'load', state: stateOfPost(data.post.data, timeZone) });
    setSaved(data.post.data);
  }, [postId, data.post.data]);

  const rootUnitId = directory?.units.find((u) => u.parentId === null)?.id;
  const context = useMemo<VariantContext | undefined>(
    () =>
      data.org.data && rootUnitId && directory
        ? {
            org: { model: data.org.data.model, rootUnitId },
            timeZone,
            language: state.language,
            unitName: directory.unitName,
          }
        : undefined,
    [data.org.data, rootUnitId, directory, timeZone, state.language],
  );

  const findings = useMemo(() => {
    const out = new Map<string, FindingView[]>();
    if (!context || !directory) return out;
    for (const v of state.variants) {
      const channel = directory.channel(v.channelId);
      const rules = data.rulesFor(v.channelId);
      if (!channel || !rules) continue;
      const scheduled = v.dueAt ? fromOrgInput(v.dueAt, context.timeZone) : null;
      out.set(
        v.channelId,
        liveFindings({
          rules,
          org: context.org,
          network: channel.network,
          language: context.language,
          timeZone: context.timeZone,
          scheduledAt: scheduled ? new Date(scheduled) : null,
          text: v.text,
          link: v.link,
          firstComment: v.firstComment,
        }),
      );
    }
    return out;
  }, [context, directory, state.variants, data]);

  if (directoryError || data.error) {
    return <ErrorAlert error={directoryError ?? data.error} />;
  }
  if (!directory || !context || (postId && !saved && !data.post.data)) return <Loading />;

  const status = saved?.status;
  const readOnly = status !== undefined && !EDITABLE.includes(status);
  const canSubmit = status === undefined || SUBMITTABLE.includes(status);
  const fieldLabel = (path: string) => {
    const m = /^body\.variants\.(\d+)\.(\w+)/.exec(path);
    if (!m) return undefined;
    const channel = directory.channel(state.variants[Number(m[1])]?.channelId ?? '');
    return `${channel?.displayName ?? ''}: ${tc(`fields.${m[2] as 'text'}`, m[2] ?? '')}`;
  };

  const save = async (): Promise<Post> => {
    const input = {
      title: state.title,
      language: state.language,
      variants: variantsInput(state, timeZone),
      spentMinutes: minutesSince(workStarted.current),
    };
    const post = saved
      ? await updatePost(saved.id, { ...input, version: saved.version })
      : await createPost(input);
    workStarted.current = Date.now();
    setSaved(post);
    queryClient.setQueryData(queryKeys.post(post.id), post);
    return post;
  };

  const run = async (kind: 'save' | 'submit') => {
    setBusy(kind);
    setError(null);
    setResult(null);
    try {
      let post = await save();
      if (kind === 'submit') {
        const submitted = await submitPost(post.id, { version: post.version });
        post = submitted.post;
        setSaved(post);
        queryClient.setQueryData(queryKeys.post(post.id), post);
      }
      setResult({ kind: kind === 'save' ? 'saved' : 'submitted', post });
      await queryClient.invalidateQueries({ queryKey: queryKeys.posts });
      if (!postId) {
        loadedFor.current = post.id;
        await navigate(`/compose/${post.id}`, { replace: true });
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const blocked = [...findings.values()].some((list) =>
    list.some((f) => f.effectiveSeverity === 'block'),
  );
  return (
    <>
      <h1>{postId ? t('editTitle') : t('title')}</h1>
      {status && readOnly && (
        <p className="alert">{t('notEditable', { status: tc(`status.${status}`) })}</p>
      )}
      {status && !readOnly && !canSubmit && (
        <p className="alert">{t('restartsRound', { status: tc(`status.${status}`) })}</p>
      )}
      <form
        className="composer"
        onSubmit={(e) => {
          e.preventDefault();
          void run(canSubmit ? 'submit' : 'save');
        }}
      >
        <PostMeta state={state} dispatch={dispatch} readOnly={readOnly} />
        <ChannelPicker
          channels={directory.channels}
          selected={new Set(selected)}
          draftDecision={data.draftDecision}
          unitName={directory.unitName}
          disabled={readOnly}
          onToggle={(channelId, on) => dispatch({ type: 'toggleChannel', channelId, on })}
        />
        {state.variants.length === 0 && <p>{t('noChannels')}</p>}
        {state.variants.map((v) => {
          const channel = directory.channel(v.channelId);
          if (!channel) return null;
          return (
            <VariantEditor
              key={v.channelId}
              draft={v}
              channel={channel}
              findings={findings.get(v.channelId) ?? []}
              publish={data.publishDecision(v.channelId)}
              context={context}
              dispatch={dispatch}
              readOnly={readOnly}
            />
          );
        })}
        {error !== null && (
          <ErrorAlert error={error} options={{ fieldLabel, unitName: directory.unitName }} />
        )}
        {blocked && <p className="alert">{t('blockedHint')}</p>}
        {!readOnly && (
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={busy !== null || state.variants.length === 0}
              onClick={() => void run('save')}
            >
              {busy === 'save'
                ? t('actions.saving')
                : status && !canSubmit
                  ? t('actions.saveChanges')
                  : t('actions.saveDraft')}
            </button>
            {canSubmit && (
              <button
                type="submit"
                className="button button-primary"
                disabled={busy !== null || state.variants.length === 0}
              >
                {busy === 'submit' ? t('actions.submitting') : t('actions.submit')}
              </button>
            )}
          </div>
        )}
      </form>
      <div role="status" className="composer-result">
        {result?.kind === 'saved' && <p>{t('saved', { version: result.post.version })}</p>}
        {result?.kind === 'submitted' && (
          <>
            <p className="alert alert-success">
              {result.post.status === 'scheduled'
                ? t('submitted.scheduled')
                : result.post.status === 'approved'
                  ? t('submitted.approved')
                  : t('submitted.inReview')}
            </p>
            <ApprovalSteps post={result.post} directory={directory} />
          </>
        )}
      </div>
      {saved && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => void navigate('/compose')}
        >
          {t('actions.newPost')}
        </button>
      )}
    </>
  );
}

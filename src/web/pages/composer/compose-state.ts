import type { Post, VariantInput } from '../../../contracts/posts.ts';
import { fromOrgInput, toOrgInput } from '../../posts/org-time.ts';

/** One variant as the form holds it: plain strings, the due time as the input's local value. */
export interface VariantDraft {
  channelId: string;
  text: string;
  link: string;
  firstComment: string;
  mediaIds: string[];
  /** `datetime-local` value in the organization's time zone; '' = none. */
  dueAt: string;
}

export interface ComposeState {
  title: string;
  language: string;
  variants: VariantDraft[];
}

export type ComposeAction =
  | { type: 'load'; state: ComposeState }
  | { type: 'title'; value: string }
  | { type: 'language'; value: string }
  | { type: 'toggleChannel'; channelId: string; on: boolean }
  | { type: 'variant'; channelId: string; patch: Partial<Omit<VariantDraft, 'channelId'>> };

export function emptyVariant(channelId: string, text = ''): VariantDraft {
  return { channelId, text, link: '', firstComment: '', mediaIds: [], dueAt: '' };
}

/**
 * The composer's state. A channel added later starts from the first variant's text and media,
 * since most posts say the same thing everywhere and are then trimmed per network.
 */
export function composeReducer(state: ComposeState, action: ComposeAction): ComposeState {
  switch (action.type) {
    case 'load':
      return action.state;
    case 'title':
      return { ...state, title: action.value };
    case 'language':
      return { ...state, language: action.value };
    case 'toggleChannel': {
      const has = state.variants.some((v) => v.channelId === action.channelId);
      if (action.on && !has) {
        const first = state.variants[0];
        const added = { ...emptyVariant(action.channelId, first?.text ?? '') };
        if (first) added.mediaIds = [...first.mediaIds];
        return { ...state, variants: [...state.variants, added] };
      }
      if (!action.on && has) {
        return {
          ...state,
          variants: state.variants.filter((v) => v.channelId !== action.channelId),
        };
      }
      return state;
    }
    case 'variant':
      return {
        ...state,
        variants: state.variants.map((v) =>
          v.channelId === action.channelId ? { ...v, ...action.patch } : v,
        ),
      };
  }
}

/** The state of a stored post, for editing it. */
export function stateOfPost(post: Post, timeZone: string): ComposeState {
  return {
    title: post.title,
    language: post.language,
    variants: post.variants.map((v) => ({
      channelId: v.channelId,
      text: v.text,
      link: v.link ?? '',
      firstComment: v.firstComment ?? '',
      mediaIds: v.mediaIds,
      dueAt: v.dueAt ? toOrgInput(v.dueAt, timeZone) : '',
    })),
  };
}

/** The variants as the API takes them (`variantInput` of the posts contract). */
export function variantsInput(state: ComposeState, timeZone: string): VariantInput[] {
  return state.variants.map((v) => ({
    channelId: v.channelId,
    text: v.text,
    link: v.link.trim() || null,
    firstComment: v.firstComment.trim() || null,
    mediaIds: v.mediaIds,
    dueAt: v.dueAt ? fromOrgInput(v.dueAt, timeZone) : null,
  }));
}

import { useQueries, useQuery } from '@tanstack/react-query';
import type { ExplainedDecision } from '../../../contracts/decisions.ts';
import type { EffectiveRule } from '../../../core/guidelines/inherit.ts';
import { decide, getEffectiveGuidelines, getOrganization } from '../../api/organization.ts';
import { getPost } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Directory } from '../../posts/use-directory.ts';

/**
 * What the composer reads besides the directory: the organization (model, time zone), the post
 * being edited, what the policy engine says per channel (may I draft; which approvals a post
 * would need) and the effective guidelines of the selected channels' units.
 */
export function useComposerData(opts: {
  postId: string | undefined;
  directory: Directory | undefined;
  selected: readonly string[];
}) {
  const { postId, directory, selected } = opts;
  const org = useQuery({ queryKey: queryKeys.organization, queryFn: getOrganization });
  const post = useQuery({
    queryKey: queryKeys.post(postId ?? ''),
    queryFn: () => getPost(postId!),
    enabled: postId !== undefined,
  });
  const channels = directory?.channels ?? [];
  const drafts = useQueries({
    queries: channels.map((c) => ({
      queryKey: queryKeys.decide('draft', c.id),
      queryFn: () => decide({ action: 'draft', channelId: c.id }),
    })),
  });
  const publishes = useQueries({
    queries: selected.map((id) => ({
      queryKey: queryKeys.decide('publish', id),
      queryFn: () => decide({ action: 'publish', channelId: id }),
    })),
  });
  const unitIds = [...new Set(selected.flatMap((id) => directory?.channel(id)?.unitId ?? []))];
  const guidelines = useQueries({
    queries: unitIds.map((unitId) => ({
      queryKey: queryKeys.guidelines(unitId),
      queryFn: () => getEffectiveGuidelines(unitId),
    })),
  });

  const draftById = new Map<string, ExplainedDecision | undefined>(
    channels.map((c, i) => [c.id, drafts[i]?.data]),
  );
  const publishById = new Map<string, ExplainedDecision | undefined>(
    selected.map((id, i) => [id, publishes[i]?.data]),
  );
  const rulesByUnit = new Map<string, EffectiveRule[] | undefined>(
    unitIds.map((u, i) => [
      u,
      guidelines[i]?.data?.rules.map((r) => ({
        unitId: r.unitId,
        rule: r.rule,
        tightenedBy: r.tightenedBy,
      })),
    ]),
  );
  return {
    org,
    post,
    draftDecision: (id: string) => draftById.get(id),
    publishDecision: (id: string) => publishById.get(id),
    rulesFor: (channelId: string) => {
      const unitId = directory?.channel(channelId)?.unitId;
      return unitId ? rulesByUnit.get(unitId) : undefined;
    },
    error: org.error ?? post.error ?? guidelines.find((g) => g.error)?.error ?? null,
  };
}

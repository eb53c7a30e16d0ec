import { useTranslation } from 'react-i18next';
import type { Post } from '../../contracts/posts.ts';
import { tDynamic } from '../i18n/dynamic.ts';
import type { Directory } from './use-directory.ts';

/** The approval chain of the current round: who has to approve, in order, and where it stands. */
export function ApprovalSteps({ post, directory }: { post: Post; directory: Directory }) {
  const { t } = useTranslation();
  const steps = [...post.approval.steps].sort((a, b) => a.position - b.position);
  if (steps.length === 0) return null;
  return (
    <ol className="approval-steps">
      {steps.map((s) => (
        <li key={s.id} className={`step step-${s.status}`}>
          <span>
            {t(`pools.${s.pool}`)}
            {s.unitId && ` (${directory.unitName(s.unitId) ?? ''})`} · {t(`rules.${s.rule}`)}
          </span>{' '}
          <span className="step-status">{tDynamic(`stepStatus.${s.status}`) ?? s.status}</span>
          {s.decisions.map((d) => (
            <p key={d.memberId + d.createdAt} className="step-decision">
              {directory.memberName(d.memberId)}: {t(`decisions.${d.decision}`)}
              {d.comment && ` — „${d.comment}“`}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}

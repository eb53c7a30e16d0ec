import { useTranslation } from 'react-i18next';
import type { ModelPreview } from '../../../contracts/model-switch.ts';
import { DUTY_ACTIONS } from '../../../contracts/i18n/duties.ts';
import { ACTIONS } from '../../../core/governance/types.ts';
import type { Directory } from '../../posts/use-directory.ts';
import { useChainText } from './approvers.tsx';
import { byChannel, rightWords, type RightWords } from './right-state.ts';

type MemberDiff = ModelPreview['members'][number];

/** Per member: the rights gained, lost or changed, channel by channel. */
export function MemberDiffs({
  members,
  directory,
}: {
  members: MemberDiff[];
  directory: Directory;
}) {
  const { t } = useTranslation('modelSwitch');
  return (
    <section aria-labelledby="switch-members">
      <h3 id="switch-members">{t('members.heading')}</h3>
      {members.length === 0 ? (
        <p>{t('members.none')}</p>
      ) : (
        <div className="member-diffs">
          {members.map((m) => (
            <MemberDiffView key={m.memberId} member={m} directory={directory} />
          ))}
        </div>
      )}
    </section>
  );
}

function MemberDiffView({ member, directory }: { member: MemberDiff; directory: Directory }) {
  const { t, i18n } = useTranslation('modelSwitch');
  const locale = i18n.language === 'de' ? 'de' : 'en';
  const chain = useChainText(directory);
  const channelName = (id: string) => directory.channel(id)?.displayName ?? id;
  const words = (w: RightWords) => {
    switch (w.kind) {
      case 'denied':
        return t('members.denied');
      case 'allowed':
        return t('members.allowed');
      case 'approval':
        return t('members.approval', { approvers: chain(w.steps) });
      case 'scope':
        return t(`members.scopes.${w.scope}`);
    }
  };
  const captionId = `switch-member-${member.memberId}`;
  return (
    <details className="member-diff" data-member={member.name}>
      <summary>
        <strong>{member.name}</strong>{' '}
        <span className="member-diff-counts">{t('members.counts', member.counts)}</span>
      </summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="table diff-table">
          <caption id={captionId} className="visually-hidden">
            {member.name}: {t('members.counts', member.counts)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('members.channel')}</th>
              <th scope="col">{t('members.action')}</th>
              <th scope="col">{t('members.change')}</th>
              <th scope="col">{t('members.before')}</th>
              <th scope="col">{t('members.after')}</th>
            </tr>
          </thead>
          <tbody>
            {byChannel(member.changes, channelName, ACTIONS).flatMap((group) =>
              group.changes.map((c, i) => (
                <tr key={`${c.channelId}:${c.action}`} data-change={c.change}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={group.changes.length}>
                      {channelName(group.channelId)}
                    </th>
                  )}
                  <td>{DUTY_ACTIONS[locale][c.action]}</td>
                  <td>
                    <span className={`badge badge-change-${c.change}`}>
                      {t(`members.changes.${c.change}`)}
                    </span>
                  </td>
                  <td>{words(rightWords(c.before))}</td>
                  <td>{words(rightWords(c.after))}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}

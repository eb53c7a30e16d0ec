import { useTranslation } from 'react-i18next';
import type { ModelPreview } from '../../../contracts/model-switch.ts';
import { REASON_MESSAGES, translateReason } from '../../../contracts/i18n/reasons.ts';
import { tDynamic } from '../../i18n/dynamic.ts';
import type { Directory } from '../../posts/use-directory.ts';
import { useChainText } from './approvers.tsx';

type PostChange = ModelPreview['posts'][number];

/** The posts in review: their chain now, their chain after the switch, and what they become. */
export function PostChains({ posts, directory }: { posts: PostChange[]; directory: Directory }) {
  const { t, i18n } = useTranslation('modelSwitch');
  const locale = i18n.language === 'de' ? 'de' : 'en';
  const chain = useChainText(directory);
  const reasonText = (r: PostChange['reasons'][number]) => {
    const words =
      r.code in REASON_MESSAGES[locale]
        ? translateReason({ code: r.code, params: {} }, locale, {
            unitName: directory.unitName,
          })
        : (tDynamic(`errors.detail.${r.code}`) ?? r.code);
    const channel = r.channelId ? directory.channel(r.channelId)?.displayName : undefined;
    return channel ? `${channel}: ${words}` : words;
  };
  return (
    <section aria-labelledby="switch-posts">
      <h3 id="switch-posts">{t('posts.heading')}</h3>
      {posts.length === 0 ? (
        <p>{t('posts.none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="switch-posts">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('posts.post')}</th>
                <th scope="col">{t('posts.before')}</th>
                <th scope="col">{t('posts.after')}</th>
                <th scope="col">{t('posts.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {posts.map((p) => (
                <tr key={p.postId} data-post={p.postId} data-changed={p.changed}>
                  <th scope="row">
                    {p.title.trim() || t('posts.untitled')}
                    <div className="muted small">{directory.memberName(p.authorId)}</div>
                  </th>
                  <td>{p.before.length ? chain(p.before) : t('posts.noApproval')}</td>
                  <td>{p.after.length ? chain(p.after) : t('posts.noApproval')}</td>
                  <td>
                    {p.changed ? t(`posts.outcomes.${p.outcome}`) : t('posts.unchanged')}
                    {p.reasons.length > 0 && (
                      <ul className="small">
                        {p.reasons.map((r, i) => (
                          <li key={i}>{reasonText(r)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

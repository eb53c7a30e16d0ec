import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Channel } from '../../../contracts/channels.ts';
import { isTextNetwork, TEXT_LIMITS } from '../../../core/text/limits.ts';
import { useFormat } from '../../i18n/format.ts';
import { registerMessages } from '../../i18n/setup.ts';
import { useDirectory } from '../../posts/use-directory.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { channelsMessages } from './messages.ts';

registerMessages('channels', channelsMessages);

/** The limit in force: the channel's own (a Mastodon instance's) or the network's default. */
function limitOf(c: Channel): number | null {
  if (c.limits.maxChars !== undefined) return c.limits.maxChars;
  return isTextNetwork(c.network) ? TEXT_LIMITS[c.network].maxLength : null;
}

export default function ChannelsPage() {
  const { t } = useTranslation('channels');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  usePageTitle(t('title'));
  const { directory, error } = useDirectory();
  if (error) return <ErrorAlert error={error} />;
  if (!directory) return <Loading />;
  const channels = [...directory.channels].sort((a, b) =>
    a.displayName.localeCompare(b.displayName),
  );
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {channels.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('title')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('network')}</th>
                <th scope="col">{t('handle')}</th>
                <th scope="col">{t('unit')}</th>
                <th scope="col">{t('limit')}</th>
                <th scope="col">{t('sensitive')}</th>
                <th scope="col">{t('connected')}</th>
                <th scope="col">
                  <span className="visually-hidden">{tc('nav.composer')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {channels.map((c) => {
                const limit = limitOf(c);
                return (
                  <tr key={c.id}>
                    <th scope="row">{c.displayName}</th>
                    <td>
                      <span className={`network-dot network-${c.network}`} aria-hidden="true" />
                      {tc(`networks.${c.network}`)}
                    </td>
                    <td>{c.handle}</td>
                    <td>{directory.unitName(c.unitId)}</td>
                    <td>
                      {limit === null
                        ? t('noLimit')
                        : t('limitValue', { limit: fmt.number(limit) })}
                    </td>
                    <td>
                      {c.sensitive ? (
                        <>
                          {tc('yes')} <span className="muted small">({t('sensitiveHint')})</span>
                        </>
                      ) : (
                        tc('no')
                      )}
                    </td>
                    <td>{c.hasCredentials ? tc('yes') : tc('no')}</td>
                    <td>
                      <Link to={`/compose?channel=${c.id}`}>
                        {t('compose', { channel: c.displayName })}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

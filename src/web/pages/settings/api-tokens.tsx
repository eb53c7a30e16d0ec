import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken, CreatedApiToken } from '../../../contracts/tokens.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { createToken, listTokens, revokeToken } from '../../api/tokens.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { tokenState } from './token-state.ts';

/** The lifetimes offered for a new token, in days; '' = no expiry. */
const EXPIRY_DAYS = ['', '30', '90', '365'] as const;

/** The secret of a token just created, shown this once with a way to copy it. */
function NewToken({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation('settings');
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied(true);
    } catch {
      // No clipboard (insecure origin, denied): select it for a manual copy.
      field.current?.select();
    }
  };
  return (
    <div className="alert alert-success new-token" role="status">
      <p className="alert-title">{t('tokens.shown.heading', { name: token.name })}</p>
      <p>{t('tokens.shown.body')}</p>
      <div className="field">
        <label htmlFor="new-token-value">{t('tokens.shown.label')}</label>
        <input
          id="new-token-value"
          ref={field}
          className="token-value"
          readOnly
          value={token.token}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('tokens.shown.copy')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('tokens.shown.done')}
        </button>
        {copied && <span>{t('tokens.shown.copied')}</span>}
      </div>
    </div>
  );
}

/** My personal API tokens: list, create (the secret shown once), revoke after a confirmation. */
export function ApiTokens() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: queryKeys.tokens, queryFn: listTokens });
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState<(typeof EXPIRY_DAYS)[number]>('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.tokens });

  const create = useMutation({
    mutationFn: () =>
      createToken({
        name: name.trim(),
        ...(expiry ? { expiresInDays: Number(expiry) } : {}),
      }),
    onSuccess: async () => {
      setName('');
      setNotice(null);
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => revokeToken(token.id),
    onSuccess: async (_, token) => {
      setConfirming(null);
      setNotice(t('tokens.revokedNotice', { name: token.name }));
      await refresh();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const fieldLabel = (path: string) =>
    path === 'body.name'
      ? t('tokens.create.name')
      : path === 'body.expiresInDays'
        ? t('tokens.create.expiry')
        : undefined;

  return (
    <section className="card" aria-labelledby="settings-tokens">
      <h2 id="settings-tokens">{t('tokens.heading')}</h2>
      <p>{t('tokens.intro')}</p>
      {create.data && <NewToken token={create.data} onDone={() => create.reset()} />}
      <p role="status" className={notice ? 'alert alert-success' : 'visually-hidden'}>
        {notice}
      </p>
      {tokens.error ? (
        <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : tokens.isPending ? (
        <Loading />
      ) : tokens.data.length === 0 ? (
        <p>{t('tokens.none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('tokens.caption')}>
          <table className="table tokens-table">
            <thead>
              <tr>
                <th scope="col">{t('tokens.name')}</th>
                <th scope="col">{t('tokens.prefix')}</th>
                <th scope="col">{t('tokens.created')}</th>
                <th scope="col">{t('tokens.lastUsed')}</th>
                <th scope="col">{t('tokens.expires')}</th>
                <th scope="col">{t('tokens.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('tokens.revoke')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((token) => {
                const state = tokenState(token);
                return (
                  <tr key={token.id} data-token={token.id} data-state={state}>
                    <th scope="row">{token.name}</th>
                    <td>
                      <code>{token.prefix}…</code>
                    </td>
                    <td>{fmt.dateTime(token.createdAt)}</td>
                    <td>{token.lastUsedAt ? fmt.dateTime(token.lastUsedAt) : t('tokens.never')}</td>
                    <td>{token.expiresAt ? fmt.dateTime(token.expiresAt) : t('tokens.never')}</td>
                    <td>
                      {state === 'revoked'
                        ? t('tokens.revokedAt', { time: fmt.dateTime(token.revokedAt!) })
                        : t(`tokens.${state}`)}
                    </td>
                    <td>
                      {state === 'active' &&
                        (confirming === token.id ? (
                          <div className="confirm" role="group" aria-label={t('tokens.revoke')}>
                            <p>{t('tokens.confirmRevoke', { name: token.name })}</p>
                            <div className="actions">
                              <button
                                type="button"
                                className="button button-danger"
                                disabled={revoke.isPending}
                                onClick={() => revoke.mutate(token)}
                              >
                                {revoke.isPending ? t('tokens.revoking') : t('tokens.confirm')}
                              </button>
                              <button
                                type="button"
                                className="button"
                                onClick={() => setConfirming(null)}
                              >
                                {tc('actions.cancel')}
                              </button>
                            </div>
                          </div>
                        ) : (
                          <button
                            type="button"
                            className="button button-danger"
                            aria-label={t('tokens.revokeNamed', { name: token.name })}
                            onClick={() => {
                              revoke.reset();
                              setNotice(null);
                              setConfirming(token.id);
                            }}
                          >
                            {t('tokens.revoke')}
                          </button>
                        ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {revoke.error && <ErrorAlert error={revoke.error} />}
      <form className="settings-form token-form" onSubmit={submit} noValidate>
        <h3>{t('tokens.create.heading')}</h3>
        <div className="field">
          <label htmlFor="token-name">{t('tokens.create.name')}</label>
          <input
            id="token-name"
            required
            maxLength={200}
            value={name}
            aria-describedby="token-name-hint"
            onChange={(e) => setName(e.target.value)}
          />
          <p id="token-name-hint" className="muted small">
            {t('tokens.create.nameHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="token-expiry">{t('tokens.create.expiry')}</label>
          <select
            id="token-expiry"
            value={expiry}
            onChange={(e) => setExpiry(e.target.value as (typeof EXPIRY_DAYS)[number])}
          >
            {EXPIRY_DAYS.map((d) => (
              <option key={d} value={d}>
                {d ? t('tokens.create.days', { count: Number(d) }) : t('tokens.create.noExpiry')}
              </option>
            ))}
          </select>
        </div>
        {create.error && <ErrorAlert error={create.error} options={{ fieldLabel }} />}
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('tokens.create.busy') : t('tokens.create.submit')}
        </button>
      </form>
    </section>
  );
}

import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeAction, ComposeState } from './compose-state.ts';

/** Languages offered for a post; a stored post in another language keeps its own. */
const LANGUAGES = ['de', 'en', 'fr', 'es', 'it', 'nl', 'pl', 'pt'];

/** Title (internal) and language of the post. */
export function PostMeta({
  state,
  dispatch,
  readOnly,
}: {
  state: ComposeState;
  dispatch: Dispatch<ComposeAction>;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation('composer');
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const languages = LANGUAGES.includes(state.language) ? LANGUAGES : [state.language, ...LANGUAGES];
  return (
    <div className="post-meta">
      <div className="field">
        <label htmlFor="post-title">{t('postTitle')}</label>
        <input
          id="post-title"
          value={state.title}
          maxLength={200}
          readOnly={readOnly}
          onChange={(e) => dispatch({ type: 'title', value: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="post-language">{t('language')}</label>
        <select
          id="post-language"
          value={state.language}
          disabled={readOnly}
          onChange={(e) => dispatch({ type: 'language', value: e.target.value })}
        >
          {languages.map((l) => (
            <option key={l} value={l}>
              {names.of(l) ?? l}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { describeError, type DescribeOptions } from '../api/error-message.ts';

/** An error in plain words, announced to screen readers as it appears. */
export function ErrorAlert({
  error,
  options,
  onRetry,
}: {
  error: unknown;
  options?: DescribeOptions;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const words = describeError(error, options);
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{words.summary}</p>
      {words.lines.length > 0 && (
        <ul>
          {words.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}

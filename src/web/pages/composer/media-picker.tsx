import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Media } from '../../../contracts/media.ts';
import { uploadMedia } from '../../api/media.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';

/** Uploads a file (`POST /media`) and attaches it; lists what is attached, each removable. */
export function MediaPicker({
  id,
  mediaIds,
  media,
  onChange,
}: {
  id: string;
  mediaIds: string[];
  /** The facts of `mediaIds` that have loaded. */
  media: Media[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation('composer');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ids = mediaIds;

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const uploaded = await uploadMedia(file);
      onChange([...ids, uploaded.id]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="field media-picker">
      <label htmlFor={id}>{t('media.label')}</label>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif,video/mp4,video/quicktime"
        disabled={busy}
        onChange={(e) => {
          void upload(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {busy && <p role="status">{t('media.uploading')}</p>}
      {error !== null && <ErrorAlert error={error} />}
      {media.length > 0 && (
        <ul className="plain-list media-list" aria-label={t('media.attached')}>
          {media.map((m) => (
            <li key={m.id}>
              {m.originalName}{' '}
              <button
                type="button"
                className="button button-quiet"
                onClick={() => onChange(ids.filter((x) => x !== m.id))}
              >
                {t('media.remove', { name: m.originalName })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

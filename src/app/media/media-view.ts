import type { Selectable } from 'kysely';
import type { Media } from '../../contracts/media.ts';
import type { MediaTable } from '../../db/schema.ts';

export type MediaRow = Selectable<MediaTable>;

export function toMedia(row: MediaRow): Media {
  return {
    id: row.id,
    mimeType: row.mime_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    originalName: row.original_name,
    width: row.width,
    height: row.height,
    durationMs: row.duration_ms,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at.toISOString(),
  };
}

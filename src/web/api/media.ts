import { mediaSchema } from '../../contracts/media.ts';
import { request } from './client.ts';

export function uploadMedia(file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return request(mediaSchema, 'POST', '/media', { form });
}

/** The bytes of a media item, for `<img src>` (the session cookie goes along). */
export function mediaContentUrl(id: string): string {
  return `/api/v1/media/${id}/content`;
}

export function getMedia(id: string) {
  return request(mediaSchema, 'GET', `/media/${id}`);
}

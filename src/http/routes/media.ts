import multipart from '@fastify/multipart';
import { getMedia, getMediaContent } from '../../app/media/get-media.ts';
import { uploadMedia } from '../../app/media/upload-media.ts';
import { badInput } from '../../app/errors.ts';
import { errorResponse, idParams } from '../../contracts/common.ts';
import { mediaSchema } from '../../contracts/media.ts';
import { MEDIA_UPLOAD_MAX_BYTES } from '../../core/media/limits.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export async function mediaRoutes({ api, deps }: RouteContext): Promise<void> {
  const tags = ['media'];
  // One file per request; the size cut is checked by the use case (`media.too_large`).
  await api.register(multipart, {
    limits: { fileSize: MEDIA_UPLOAD_MAX_BYTES + 1, files: 1, fields: 0, parts: 1 },
    throwFileSizeLimit: false,
  });
  api.post(
    '/media',
    {
      schema: {
        tags,
        summary:
          'Upload an image (JPEG, PNG, WebP, GIF) or a video (MP4, QuickTime) as multipart/form-data field `file`; the type is read from the content',
        consumes: ['multipart/form-data'],
        response: { 201: mediaSchema, 400: errorResponse },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart()) {
        throw badInput('body', 'media.multipart_required', 'Send the file as multipart/form-data.');
      }
      const part = await req.file();
      if (!part || part.fieldname !== 'file') {
        throw badInput('body.file', 'media.file_missing', 'Send the file in the field `file`.');
      }
      const media = await uploadMedia(deps, actorOf(req), {
        file: part.file,
        filename: part.filename,
        truncated: () => part.file.truncated,
      });
      return reply.status(201).send(media);
    },
  );
  api.get(
    '/media/:id',
    {
      schema: {
        tags,
        summary: 'A media item’s facts: type, size, dimensions, duration',
        params: idParams,
        response: { 200: mediaSchema, 404: errorResponse },
      },
    },
    async (req) => getMedia(deps, actorOf(req), req.params.id),
  );
  api.get(
    '/media/:id/content',
    {
      schema: {
        tags,
        summary: 'A media item’s bytes, with the sniffed content type',
        params: idParams,
      },
    },
    async (req, reply) => {
      const { media, body } = await getMediaContent(deps, actorOf(req), req.params.id);
      return reply
        .header('content-type', media.mimeType)
        .header('content-length', String(media.sizeBytes))
        .header('x-content-type-options', 'nosniff')
        .send(body);
    },
  );
}

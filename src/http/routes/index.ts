import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../app/deps.ts';
import type { ServerOptions } from '../server.ts';
import { unitRoutes } from './units.ts';
import { authRoutes } from './auth.ts';
import { memberRoutes } from './members.ts';
import { organizationRoutes } from './organization.ts';
import { tokenRoutes } from './tokens.ts';
import { activityRoutes } from './activity.ts';
import { channelRoutes } from './channels.ts';
import { campaignRoutes } from './campaigns.ts';
import { decideRoutes } from './decide.ts';
import { guidelineRoutes } from './guidelines.ts';
import { staffingRoutes } from './staffing.ts';
import { strategyRoutes } from './strategy.ts';
import { mediaRoutes } from './media.ts';
import { postRoutes } from './posts.ts';
import { commentRoutes } from './comments.ts';
import { notificationRoutes } from './notifications.ts';
import { calendarRoutes } from './calendar.ts';
import { textRoutes } from './text.ts';
import { modelSwitchRoutes } from './model-switch.ts';
import { dutyRoutes } from './duties.ts';
import { trainingRoutes } from './training.ts';
import { deliveryRoutes } from './deliveries.ts';
import { advisorRoutes } from './advisor.ts';
import { costRoutes } from './costs.ts';
import { timeRoutes } from './time.ts';
import { reportRoutes } from './reports.ts';

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface RouteContext {
  api: ZodApp;
  deps: Deps;
  opts: ServerOptions;
}

const groups: ((ctx: RouteContext) => void | Promise<void>)[] = [
  authRoutes,
  organizationRoutes,
  memberRoutes,
  tokenRoutes,
  unitRoutes,
  channelRoutes,
  guidelineRoutes,
  strategyRoutes,
  decideRoutes,
  activityRoutes,
  mediaRoutes,
  campaignRoutes,
  postRoutes,
  commentRoutes,
  notificationRoutes,
  calendarRoutes,
  textRoutes,
  modelSwitchRoutes,
  dutyRoutes,
  trainingRoutes,
  deliveryRoutes,
  advisorRoutes,
  costRoutes,
  timeRoutes,
  reportRoutes,
  staffingRoutes,
];

/** Every route group under /api/v1. Each group lives in `routes/<resource>.ts`. */
export async function registerRoutes(
  app: FastifyInstance,
  deps: Deps,
  opts: ServerOptions,
): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  for (const group of groups) await group({ api, deps, opts });
}

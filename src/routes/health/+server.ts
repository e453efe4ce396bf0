import { readinessResponse } from '#lib/server/health.ts';
import type { RequestHandler } from './$types';

/** Readiness, under the name it always had (the same as /health/ready). */
export const GET: RequestHandler = ({ locals }) => readinessResponse(locals.supabase);

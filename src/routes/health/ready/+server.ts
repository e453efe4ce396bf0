import { readinessResponse } from '#lib/server/health.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) => readinessResponse(locals.supabase);

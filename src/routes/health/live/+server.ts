import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** Liveness: the process answers. It asks nothing of the database, so a database outage never gets the portal restarted. */
export const GET: RequestHandler = () =>
	json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });

import { m } from '#lib/paraglide/messages.js';
import { feedResponse } from '#lib/server/feeds.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	feedResponse({ name: m.calendar_all_name(), path: '/events', filename: 'tilts-events.ics' });

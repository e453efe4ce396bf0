// The sharing card of the portal itself, for pages without one of their own.
import { m } from '#lib/paraglide/messages.js';
import { cardResponse } from '#lib/server/share-card.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => cardResponse(m.site_name(), m.site_tagline());

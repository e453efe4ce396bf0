// /open-data/v1/projects.json and its siblings: the public, read-only export (see /open-data).
// GET only (SvelteKit answers HEAD from it, and 405 to anything else).
import * as openData from '#lib/server/open-data.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => openData.respond(params.dataset, url);

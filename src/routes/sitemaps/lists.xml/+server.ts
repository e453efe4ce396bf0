// The pages every reader starts from (home, the lists, the portal's own pages), in every language.
import { locales } from '#lib/paraglide/runtime.js';
import { buildUrlSet, inEveryLocale } from '#lib/sitemap.ts';
import { serverConfig } from '#lib/server/config.ts';
import { xmlResponse } from '#lib/server/xml-response.ts';
import type { RequestHandler } from './$types';

const LIST_PAGES = [
	'/',
	'/projects',
	'/events',
	'/practices',
	'/collections',
	'/organisations',
	'/open-data',
	'/accessibility'
];

export const GET: RequestHandler = () => {
	const origin = serverConfig().publicOrigin;
	return xmlResponse(
		'application/xml',
		buildUrlSet(LIST_PAGES.flatMap((path) => inEveryLocale(origin, path, locales)))
	);
};

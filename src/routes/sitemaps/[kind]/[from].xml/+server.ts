// One page of a kind of public record, from the slug the index names onwards: every record in
// every interface language (a practice in the languages it is published in), each address naming
// the others as its alternates.
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { isLocale, locales } from '#lib/paraglide/runtime.js';
import { buildUrlSet, inEveryLocale } from '#lib/sitemap.ts';
import { serverConfig } from '#lib/server/config.ts';
import * as sitemap from '#lib/server/data/sitemap.ts';
import { createRequestClient } from '#lib/server/supabase.ts';
import { xmlResponse } from '#lib/server/xml-response.ts';
import type { RequestHandler } from './$types';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const GET: RequestHandler = async ({ params }) => {
	const kind = sitemap.SITEMAP_KINDS.find((k) => k === params.kind);
	if (!kind || !SLUG.test(params.from)) error(404, { message: m.error_not_found() });
	const records = await sitemap.page(createRequestClient(null), kind, params.from);
	// Only a page the index names starts at a record; any other slug is no page of the sitemap.
	if (records[0]?.slug !== params.from) error(404, { message: m.error_not_found() });
	const origin = serverConfig().publicOrigin;
	const urls = records.flatMap((record) =>
		inEveryLocale(
			origin,
			`/${kind}/${record.slug}`,
			record.locales?.filter(isLocale) ?? locales,
			new Date(record.updated_at)
		)
	);
	return xmlResponse('application/xml', buildUrlSet(urls));
};

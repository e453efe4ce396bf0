// An organisation's logo, ?size=thumb (400 px) or ?size=web (1600 px): WebP renditions only (the
// uploaded file is not kept). As readable as the organisation, row level security decides; an
// organisation without a logo, or a size that is not one of ours, answers 404.
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as organisations from '#lib/server/data/organisations.ts';
import * as files from '#lib/server/files.ts';
import type { RequestHandler } from './$types';

const isRendition = (size: string | null): size is files.RenditionName =>
	(files.RENDITION_NAMES as Array<string | null>).includes(size);

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const size = url.searchParams.get('size') ?? 'thumb';
	if (!isRendition(size)) error(404, { message: m.error_not_found() });
	const organisation = await organisations.getBySlug(locals.supabase, params.slug);
	const body = organisation?.logo.some((l) => l.name === size)
		? await files.openLogo(locals.user?.id ?? null, organisation.id, size)
		: null;
	if (!body) error(404, { message: m.error_not_found() });
	return new Response(body, {
		headers: {
			'content-type': 'image/webp',
			'x-content-type-options': 'nosniff',
			// The page's address of the logo names its version (?v=), so a new logo is a new address.
			'cache-control': 'public, max-age=3600',
			'content-security-policy': "default-src 'none'; sandbox"
		}
	});
};

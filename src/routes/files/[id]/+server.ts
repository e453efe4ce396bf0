// A document's file, as a download under its own name; with ?size=web or ?size=thumb, an image's
// web-sized rendition, shown in the page. Row level security decides who may fetch either: a file
// the reader may not read answers 404, exactly like one that does not exist (or a size that is not
// one of ours), so that its address says nothing about it.
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { contentDisposition } from '#lib/file-types.ts';
import * as files from '#lib/server/files.ts';
import type { Visibility } from '#lib/server/data/documents.ts';
import type { RequestHandler } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function headers(
	file: { content_type: string; byte_size: number; visibility: Visibility },
	disposition: string
): HeadersInit {
	return {
		'content-type': file.content_type.startsWith('text/')
			? `${file.content_type}; charset=utf-8`
			: file.content_type,
		'content-length': String(file.byte_size),
		'content-disposition': disposition,
		'x-content-type-options': 'nosniff',
		// A partner-only file stays out of shared caches and off the disk.
		'cache-control': file.visibility === 'public' ? 'public, max-age=300' : 'private, no-store',
		// Opened by mistake in a tab, it still cannot run anything.
		'content-security-policy': "default-src 'none'; sandbox"
	};
}

const isRendition = (size: string): size is files.RenditionName =>
	(files.RENDITION_NAMES as string[]).includes(size);

export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!UUID.test(params.id)) error(404, { message: m.error_not_found() });
	const size = url.searchParams.get('size');
	if (size !== null) {
		if (!isRendition(size)) error(404, { message: m.error_not_found() });
		const rendition = await files.renditionInfo(locals.supabase, params.id, size);
		const body = rendition ? await files.open(locals.user?.id ?? null, params.id, size) : null;
		if (!rendition || !body) error(404, { message: m.error_not_found() });
		const name = `${rendition.file_name.replace(/\.[^.]*$/, '')}-${size}.webp`;
		return new Response(body, { headers: headers(rendition, contentDisposition(name, 'inline')) });
	}
	const file = await files.info(locals.supabase, params.id);
	const body = file ? await files.open(locals.user?.id ?? null, file.id) : null;
	if (!file || !body) error(404, { message: m.error_not_found() });
	return new Response(body, { headers: headers(file, contentDisposition(file.file_name)) });
};

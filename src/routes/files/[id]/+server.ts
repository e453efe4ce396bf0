// A document's file, as a download under its own name. Row level security decides who may fetch
// it: a file the reader may not read answers 404, exactly like one that does not exist, so that
// its address says nothing about it.
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { contentDisposition } from '#lib/file-types.ts';
import * as files from '#lib/server/files.ts';
import type { RequestHandler } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const GET: RequestHandler = async ({ locals, params }) => {
	if (!UUID.test(params.id)) error(404, { message: m.error_not_found() });
	const file = await files.info(locals.supabase, params.id);
	const body = file ? await files.open(locals.user?.id ?? null, file.id) : null;
	if (!file || !body) error(404, { message: m.error_not_found() });
	return new Response(body, {
		headers: {
			'content-type': file.content_type.startsWith('text/') ? `${file.content_type}; charset=utf-8` : file.content_type,
			'content-length': String(file.byte_size),
			'content-disposition': contentDisposition(file.file_name),
			'x-content-type-options': 'nosniff',
			// A partner-only file stays out of shared caches and off the disk.
			'cache-control': file.visibility === 'public' ? 'public, max-age=300' : 'private, no-store',
			// Opened by mistake in a tab, it still cannot run anything.
			'content-security-policy': "default-src 'none'; sandbox"
		}
	});
};

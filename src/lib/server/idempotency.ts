// A form that creates a record acts once, however often it is sent: when the answer to the first
// sending was lost (PostgREST or the network failed after the database committed) and the person
// sends the form again, or reloads the page the POST answered, nothing is created twice, and the
// second sending gets the answer the first one would have had.
//
// Each page a signed-in person opens carries a random key (the root layout makes it; the FormKey
// component puts it in each form that creates something). The action writes the record through
// `once(event)`: a client that sends that key, narrowed to the action it was sent to, as the
// `Idempotency-Key` header. The database records the key in the same transaction as the row
// (supabase/migrations/20261207110000_idempotency_keys.sql); a second insert with it fails with
// SQLSTATE IDEMP, naming the row made the first time. This client turns that refusal into the
// answer the first request got: for an insert, the row as it would have been returned; for a
// function, the created row's id. The action then goes on as it did the first time.
import { createHash, randomBytes } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import { sentForm } from './forms.ts';
import { createRequestClient, fetchWithTimeout, type Supabase } from './supabase.ts';
import { unwrap } from './data/unwrap.ts';

/** The name of the hidden field (src/lib/components/FormKey.svelte). */
export const FORM_KEY_FIELD = 'form_key';
/** The SQLSTATE of a write whose form was acted on before. */
export const ALREADY_DONE = 'IDEMP';

const FORM_KEY = /^[A-Za-z0-9_-]{22}$/;

/** A new key for the forms of one page: 128 random bits. */
export function newFormKey(): string {
	return randomBytes(16).toString('base64url');
}

/**
 * The client through which an action creates its record: it carries the form's key (after
 * readForm() read the form). Without a key (a form from before keys, or no one signed in) it is
 * the request's own client.
 */
export function once(event: FormEvent): Supabase {
	const key = scopedKey(event);
	return key
		? createRequestClient(event.locals.user!.id, {
				headers: { 'Idempotency-Key': key },
				fetch: replaying
			})
		: event.locals.supabase;
}

/**
 * Whether this very form (its key) was acted on before: an edit sent twice finds the version it
 * named replaced, by itself, and is answered as saved rather than as a conflict.
 */
export async function actedOn(event: FormEvent): Promise<boolean> {
	const key = scopedKey(event);
	return !!key && unwrap(await event.locals.supabase.rpc('form_acted_on', { key })) === true;
}

type FormEvent = Pick<RequestEvent, 'locals' | 'request' | 'url'>;

/** The form's key, narrowed to the action it was sent to; null without one or without a person. */
function scopedKey(event: FormEvent): string | null {
	const key = sentForm(event.request)?.get(FORM_KEY_FIELD);
	if (!event.locals.user || typeof key !== 'string' || !FORM_KEY.test(key)) return null;
	// A page's key in another of its forms, or another page's action, is another key.
	return createHash('sha256')
		.update(`${event.url.pathname}${event.url.search}\n${key}`)
		.digest('base64url');
}

type Made = { table: string; id: string | null };

/** What the first sending made, when the database says this form was acted on before. */
async function madeBefore(answer: Response): Promise<Made | null> {
	if (answer.status !== 400) return null;
	const error = (await answer
		.clone()
		.json()
		.catch(() => null)) as { code?: string; details?: string } | null;
	return error?.code === ALREADY_DONE && error.details ? (JSON.parse(error.details) as Made) : null;
}

/** PostgREST's answer, or, for a form acted on before, the answer the first sending got (exported for its test). */
export async function replaying(
	input: RequestInfo | URL,
	init: RequestInit = {}
): Promise<Response> {
	const answer = await fetchWithTimeout(input, init);
	const made = await madeBefore(answer);
	if (!made) return answer;
	const url = new URL(input instanceof Request ? input.url : input);
	const headers = new Headers(init.headers);
	if (url.pathname.includes('/rpc/')) return Response.json(made.id);
	if (!headers.get('prefer')?.includes('return=representation') || !made.id)
		return new Response(null, { status: 201 });
	// The row, with the columns the insert asked for, as the person may read it now.
	const row = new URL(url.origin + url.pathname);
	const select = url.searchParams.get('select');
	if (select) row.searchParams.set('select', select);
	row.searchParams.set('id', `eq.${made.id}`);
	for (const name of ['prefer', 'content-type', 'idempotency-key']) headers.delete(name);
	const again = await fetchWithTimeout(row, { method: 'GET', headers, signal: init.signal });
	return again.ok ? new Response(again.body, { status: 201, headers: again.headers }) : again;
}

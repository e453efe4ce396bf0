// Integration tests act as each role through the real PostgREST: anon with the anon key only, a
// person with a freshly minted user token per request, as the portal's server does.
import { createClient, type PostgrestError, type SupabaseClient } from '@supabase/supabase-js';
import { expect } from 'vitest';
import { mintUserJwt } from '../../src/lib/server/jwt.ts';

type Stack = { SUPABASE_URL: string; SUPABASE_ANON_KEY: string; SUPABASE_JWT_SECRET: string };

/** `as(who)`: the API as anon or as one of the people named, one client each. */
export function actingAs<Person extends string>(
	stack: Stack,
	users: Record<Person, string>
): (who: Person | 'anon') => SupabaseClient {
	const clients = new Map<string, SupabaseClient>();
	return (who) => {
		let client = clients.get(who);
		if (!client) {
			client =
				who === 'anon'
					? createClient(stack.SUPABASE_URL, stack.SUPABASE_ANON_KEY, {
							auth: { persistSession: false }
						})
					: createClient(stack.SUPABASE_URL, stack.SUPABASE_ANON_KEY, {
							accessToken: async () => mintUserJwt(users[who as Person], stack.SUPABASE_JWT_SECRET)
						});
			clients.set(who, client);
		}
		return client;
	};
}

export type Outcome = number | string;
export type Answer = { data: unknown; error: PostgrestError | null; status: number };

/** Rows returned, or the SQLSTATE of the error (PostgREST passes it on as `code`). */
export function outcome({ data, error }: Answer): Outcome {
	if (error) return error.code;
	return Array.isArray(data) ? data.length : data === null ? 0 : 1;
}

/** A refusal with its SQLSTATE and the HTTP status PostgREST gives it. */
export function expectRefused(response: Answer, code: string, status: number): void {
	expect({ code: response.error?.code, status: response.status }).toEqual({ code, status });
	expect(response.data).toBeNull();
}

/**
 * `bytesAs(who, call)`: what a function that answers raw bytes (public.document_file_bytes and its
 * kind, called as `rpc/<call>`) gives anon or one of the people named, as the portal's server calls
 * it; empty where row level security finds nothing.
 */
export function rawBytesAs<Person extends string>(
	stack: Stack,
	users: Record<Person, string>
): (who: Person | 'anon', call: string) => Promise<Buffer> {
	return async (who, call) => {
		const bearer =
			who === 'anon'
				? stack.SUPABASE_ANON_KEY
				: mintUserJwt(users[who as Person], stack.SUPABASE_JWT_SECRET);
		const answer = await fetch(`${stack.SUPABASE_URL}/rest/v1/rpc/${call}`, {
			headers: {
				apikey: stack.SUPABASE_ANON_KEY,
				authorization: `Bearer ${bearer}`,
				accept: 'application/octet-stream'
			}
		});
		expect(answer.status).toBe(200);
		return Buffer.from(await answer.arrayBuffer());
	};
}

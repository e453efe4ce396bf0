import { createClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { keyOnlyAsApiKey } from '../../src/lib/server/supabase.ts';
import { mintApiKey } from '../../src/lib/server/jwt.ts';

/** The headers supabase-js sends through our fetch for an anonymous query with `key`. */
async function headersSent(key: string): Promise<Headers> {
	let sent = new Headers();
	const capture: typeof fetch = async (_, init) => {
		sent = new Headers(init?.headers);
		return new Response('[]', { headers: { 'content-type': 'application/json' } });
	};
	const client = createClient('http://127.0.0.1:9', key, {
		accessToken: async () => key,
		global: { fetch: keyOnlyAsApiKey(key, capture) }
	});
	await client.from('projects').select('slug');
	return sent;
}

describe('keyOnlyAsApiKey', () => {
	it('sends a publishable or secret key in `apikey` only, never as a bearer token', async () => {
		for (const key of ['sb_publishable_abc', 'sb_secret_def']) {
			const sent = await headersSent(key);
			expect(sent.get('apikey')).toBe(key);
			expect(sent.get('authorization')).toBeNull();
		}
	});

	it('keeps a legacy JWT key as the bearer, as the legacy gateway expects', async () => {
		const key = mintApiKey('anon', 'x'.repeat(32));
		const sent = await headersSent(key);
		expect(sent.get('apikey')).toBe(key);
		expect(sent.get('authorization')).toBe(`Bearer ${key}`);
	});
});

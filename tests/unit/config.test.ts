import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/lib/server/config.ts';

const complete = {
	SUPABASE_URL: 'https://abcd.supabase.co/',
	SUPABASE_ANON_KEY: 'anon',
	SUPABASE_SERVICE_ROLE_KEY: 'service',
	SUPABASE_JWT_SECRET: 'x'.repeat(32),
	PUBLIC_ORIGIN: 'https://tilts.example.org/',
	SMTP_URL: 'smtp://127.0.0.1:2525',
	ADDRESS_HEADER: 'x-forwarded-for'
};

describe('readConfig', () => {
	it('reads a complete configuration and drops the trailing slash of the URL', () => {
		expect(readConfig(complete)).toEqual({
			supabaseUrl: 'https://abcd.supabase.co',
			anonKey: 'anon',
			serviceRoleKey: 'service',
			jwtSecret: 'x'.repeat(32),
			publicOrigin: 'https://tilts.example.org',
			smtpUrl: 'smtp://127.0.0.1:2525',
			mailFrom: 'Tilts <noreply@tilts.example>'
		});
	});

	it('names every missing variable at once', () => {
		expect(() => readConfig({})).toThrow(
			/SUPABASE_URL is not set[\s\S]*SUPABASE_ANON_KEY is not set[\s\S]*SUPABASE_SERVICE_ROLE_KEY is not set[\s\S]*SUPABASE_JWT_SECRET is not set/
		);
	});

	it.each([
		[{ SUPABASE_URL: 'localhost:54321' }, /SUPABASE_URL must be an http\(s\) URL/],
		[{ SUPABASE_URL: 'ftp://example.org' }, /SUPABASE_URL must be an http\(s\) URL/],
		[{ SUPABASE_JWT_SECRET: 'too-short' }, /SUPABASE_JWT_SECRET must be at least 32 characters/],
		[{ SUPABASE_ANON_KEY: '   ' }, /SUPABASE_ANON_KEY is not set/],
		[{ PUBLIC_ORIGIN: undefined }, /PUBLIC_ORIGIN is not set/],
		[{ SMTP_URL: 'http://mail' }, /SMTP_URL must be an smtp/],
		[{ PUBLIC_ORIGIN: 'https://tilts.example.org/portal' }, /PUBLIC_ORIGIN must be an origin only/],
		[{ ADDRESS_HEADER: undefined }, /ADDRESS_HEADER is not set/]
	])('refuses %o', (change, message) => {
		expect(() => readConfig({ ...complete, ...change })).toThrow(message);
	});
});

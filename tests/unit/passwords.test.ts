import { describe, expect, it } from 'vitest';
import {
	hashPassword,
	passwordProblem,
	verifyPassword
} from '../../src/lib/server/auth/passwords.ts';
import { hashToken, looksLikeToken, newToken } from '../../src/lib/server/tokens.ts';
import { addressKey } from '../../src/lib/server/auth/sign-in-limits.ts';

describe('passwordProblem', () => {
	it.each([
		['short1!', 'too_short'],
		['password', 'common'],
		['Qwerty123', 'common'],
		['a long passphrase of my own', null],
		['ūdens un maize', null],
		['x'.repeat(1025), 'too_long']
	])('%s → %s', (password, expected) => {
		expect(passwordProblem(password)).toBe(expected);
	});
});

describe('argon2id', () => {
	it('hashes with OWASP parameters and verifies only the same password', async () => {
		const hashed = await hashPassword('a long passphrase of my own');
		expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(hashed, 'a long passphrase of my own')).toBe(true);
		expect(await verifyPassword(hashed, 'a long passphrase of my owN')).toBe(false);
		expect(await verifyPassword('not a hash', 'x')).toBe(false);
	});

	it('does not truncate long passwords', async () => {
		const long = 'p'.repeat(500);
		const hashed = await hashPassword(long);
		expect(await verifyPassword(hashed, long.slice(0, 499))).toBe(false);
		expect(await verifyPassword(hashed, long)).toBe(true);
	});
});

describe('tokens', () => {
	it('are 160 random bits in base32, stored only as SHA-256', () => {
		const tokens = new Set(Array.from({ length: 1000 }, newToken));
		expect(tokens.size).toBe(1000);
		const token = [...tokens][0];
		expect(looksLikeToken(token)).toBe(true);
		expect(token).toHaveLength(32);
		expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
		expect(hashToken(token)).not.toContain(token);
		expect(looksLikeToken('../../etc/passwd')).toBe(false);
	});
});

describe('addressKey', () => {
	it.each([
		['203.0.113.9', '203.0.113.9'],
		['::ffff:203.0.113.9', '203.0.113.9'],
		['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3:8d3::/64'],
		['2001:db8:85a3:8d3::1', '2001:db8:85a3:8d3::/64'],
		['2001:db8::1', '2001:db8:0:0::/64'],
		['::1', '0:0:0:0::/64']
	])('%s counts as %s', (address, key) => {
		expect(addressKey(address)).toBe(key);
	});
});

import { describe, expect, it } from 'vitest';
import { choice, email, parseForm, password, safeNextPath, text, timeZone } from '../../src/lib/server/forms.ts';

const form = (entries: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(entries)) data.set(key, value);
	return data;
};

describe('text', () => {
	it.each([
		['trims and stores NFC', '  Li\u0304ga  ', { value: 'Līga' }],
		['refuses NUL', 'a\u0000b', { error: expect.stringMatching(/cannot be used/) }],
		['refuses a right-to-left override', 'abc\u202edef', { error: expect.stringMatching(/cannot be used/) }],
		['refuses a line break in a one-line field', 'a\nb', { error: expect.stringMatching(/cannot be used/) }],
		['refuses a lone surrogate', 'a\ud800b', { error: expect.stringMatching(/cannot be used/) }],
		['counts characters, not UTF-16 units', '😀'.repeat(5), { value: '😀'.repeat(5) }]
	])('%s', (_, input, expected) => {
		expect(text({ max: 5 }).parse(input)).toEqual(expected);
	});

	it('refuses more than the maximum, naming it', () => {
		expect(text({ max: 200 }).parse('x'.repeat(100_000))).toEqual({ error: 'Please use at most 200 characters.' });
	});

	it('allows line breaks in multi-line text', () => {
		expect(text({ multiline: true }).parse('one\r\ntwo')).toEqual({ value: 'one\r\ntwo' });
	});

	it('requires a value only when asked to', () => {
		expect(text({ required: true }).parse('   ')).toEqual({ error: 'Please fill this in.' });
		expect(text().parse(null)).toEqual({ value: '' });
	});
});

describe('email', () => {
	it.each([
		['Partner@Faenza.Example', { value: 'partner@faenza.example' }],
		['no-at-sign', { error: expect.any(String) }],
		['two@@signs.example', { error: expect.any(String) }],
		['bob<eve@x.org>', { error: expect.any(String) }],
		['a@b.example,c@d.example', { error: expect.any(String) }]
	])('%s', (input, expected) => {
		expect(email().parse(input)).toEqual(expected);
	});
});

describe('password', () => {
	it('keeps spaces, and composes accents so any keyboard gives the same password', () => {
		expect(password().parse('  e\u0301 pass  ')).toEqual({ value: '  \u00e9 pass  ' });
	});
});

describe('choice and timeZone', () => {
	it('accept only listed values', () => {
		expect(choice(['en', 'lv']).parse('lv')).toEqual({ value: 'lv' });
		expect(choice(['en', 'lv']).parse('de')).toEqual({ error: expect.any(String) });
		expect(timeZone().parse('Europe/Riga')).toEqual({ value: 'Europe/Riga' });
		expect(timeZone().parse('Mars/Olympus_Mons')).toEqual({ error: expect.any(String) });
		expect(timeZone().parse('')).toEqual({ value: null });
	});
});

describe('parseForm', () => {
	it('returns every error at once and what was typed, without the password', () => {
		const result = parseForm(form({ email: 'nope', password: '', name: 'Anna' }), { email: email(), password: password(), name: text() });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual(['email', 'password']);
		expect(result.values).toEqual({ email: 'nope', name: 'Anna' });
	});

	it('refuses a file where text was expected', () => {
		const data = new FormData();
		data.set('name', new Blob(['x']), 'x.txt');
		const result = parseForm(data, { name: text() });
		expect(result.ok).toBe(false);
	});
});

describe('safeNextPath', () => {
	it.each([
		['/en/account', '/en/account'],
		['//evil.example/x', '/fallback'],
		['/\\evil.example', '/fallback'],
		['https://evil.example', '/fallback'],
		['/\t/evil.example', '/fallback'],
		['/\n/evil.example', '/fallback'],
		['/en/account?tab=1', '/en/account?tab=1'],
		[null, '/fallback']
	])('%s → %s', (next, expected) => {
		expect(safeNextPath(next, '/fallback')).toBe(expected);
	});
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import {
	checkbox,
	choice,
	country,
	date,
	email,
	euro,
	isForeignNext,
	parseForm,
	password,
	percentage,
	quantity,
	count,
	refuse,
	safeNextPath,
	type Field,
	text,
	timeZone,
	searchText,
	uuid
} from '../../src/lib/server/forms.ts';
import { localDateTime } from '../../src/lib/server/event-form.ts';
import { COUNTRY_CODES, countriesFor, isCountryCode } from '../../src/lib/countries.ts';
import { countryName } from '../../src/lib/places.ts';

const form = (entries: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(entries)) data.set(key, value);
	return data;
};

describe('text', () => {
	it.each([
		['trims and stores NFC', '  Li\u0304ga  ', { value: 'Līga' }],
		['refuses NUL', 'a\u0000b', { error: expect.stringMatching(/cannot be used/) }],
		[
			'refuses a right-to-left override',
			'abc\u202edef',
			{ error: expect.stringMatching(/cannot be used/) }
		],
		[
			'refuses a line break in a one-line field',
			'a\nb',
			{ error: expect.stringMatching(/cannot be used/) }
		],
		['refuses a lone surrogate', 'a\ud800b', { error: expect.stringMatching(/cannot be used/) }],
		['counts characters, not UTF-16 units', '😀'.repeat(5), { value: '😀'.repeat(5) }]
	])('%s', (_, input, expected) => {
		expect(text({ max: 5 }).parse(input)).toEqual(expected);
	});

	it('refuses more than the maximum, naming it', () => {
		expect(text({ max: 200 }).parse('x'.repeat(100_000))).toEqual({
			error: 'Please use at most 200 characters.'
		});
	});

	it('allows line breaks in multi-line text, as line feeds whatever the browser sent', () => {
		expect(text({ multiline: true }).parse('one\r\ntwo\rthree\nfour')).toEqual({
			value: 'one\ntwo\nthree\nfour'
		});
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

describe('uuid', () => {
	it('asks for a choice when none was made, and refuses what is no id', () => {
		const id = '0a000000-0000-4000-8000-000000000003';
		expect(uuid().parse(id)).toEqual({ value: id });
		expect(uuid().parse('')).toEqual({ error: 'Please choose one of the options.' });
		expect(uuid().parse(null)).toEqual({ error: 'Please choose one of the options.' });
		expect(uuid().parse('comune-di-faenza')).toEqual({ error: 'This value is not valid.' });
	});
});

describe('parseForm', () => {
	it('returns every error at once and what was typed, without the password', () => {
		const result = parseForm(form({ email: 'nope', password: '', name: 'Anna' }), {
			email: email(),
			password: password(),
			name: text()
		});
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
		[null, '/fallback'],
		// Paths that resolve or decode to `//host` or `/\host`, which a browser follows elsewhere.
		['/.//evil.example', '/fallback'],
		['/./\\evil.example', '/fallback'],
		['/%2e%2e//evil.example', '/fallback'],
		['/en/..//evil.example', '/fallback'],
		['/%2F%2Fevil.example', '/fallback'],
		['/%2f/evil.example', '/fallback'],
		['/%5Cevil.example', '/fallback'],
		['/%5c%5cevil.example', '/fallback'],
		['/\u0000/evil.example', '/fallback'],
		['/en/account\u007f', '/fallback'],
		['/en/%00account', '/fallback'],
		['/en/%E0%A4%A', '/fallback'],
		['/./en/account', '/en/account'],
		['/en/practices?q=a%2F%2Fb', '/en/practices?q=a%2F%2Fb']
	])('%j → %s', (next, expected) => {
		expect(safeNextPath(next, '/fallback')).toBe(expected);
		expect(isForeignNext(next)).toBe(next !== null && expected === '/fallback');
	});
});

describe('percentage', () => {
	it.each([
		['80', 80],
		['12,5', 12.5],
		['12.5 %', 12.5],
		['100%', 100],
		['0', 0]
	])('accepts %j', (input, value) => {
		expect(percentage().parse(input)).toEqual({ value });
	});

	it.each([
		['150', 'A share cannot be more than 100 %. Please enter a number from 0 to 100.'],
		['100.01', 'A share cannot be more than 100 %. Please enter a number from 0 to 100.'],
		['99999999999', 'A share cannot be more than 100 %. Please enter a number from 0 to 100.'],
		['-5', 'A share cannot be below 0 %. Please enter a number from 0 to 100.'],
		['12.345', 'Please use at most two decimals, such as 12.5.'],
		['eighty', 'Please enter a percentage as a number from 0 to 100, such as 80 or 12.5.']
	])('refuses %j saying what is wrong', (input, error) => {
		expect(percentage().parse(input)).toEqual({ error });
	});

	it('is optional unless required', () => {
		expect(percentage().parse('')).toEqual({ value: null });
		expect(percentage({ required: true }).parse(' ')).toEqual({ error: 'Please fill this in.' });
	});
});

describe('date', () => {
	it.each([
		'2025-02-29',
		'2026-02-30',
		'2026-04-31',
		'2026-13-01',
		'2026-00-10',
		'31.12.2026',
		'2026-1-5',
		'1989-12-31',
		'2101-01-01'
	])('refuses %j', (input) => {
		expect(date().parse(input)).toEqual({ error: 'Please enter a real date, such as 2026-03-31.' });
	});

	it.each(['2024-02-29', '1990-01-01', '2100-12-31', '2026-03-31'])('accepts %j', (input) => {
		expect(date().parse(input)).toEqual({ value: input });
	});

	it('takes a typed date without the spaces around it', () => {
		expect(date().parse(' 2025-03-14 ')).toEqual({ value: '2025-03-14' });
		expect(date({ required: true }).parse('   ')).toEqual({ error: 'Please fill this in.' });
	});

	it('is optional unless required', () => {
		expect(date().parse('')).toEqual({ value: null });
		expect(date().parse(null)).toEqual({ value: null });
		expect(date({ required: true }).parse('')).toEqual({ error: 'Please fill this in.' });
		expect(date({ required: true }).parse(null)).toEqual({ error: 'Please fill this in.' });
	});
});

describe('euro', () => {
	it.each([
		['14 600', 1460000],
		['14\u202f600,50 €', 1460050],
		['550,5', 55050]
	])('reads %j as %i cents', (input, cents) => {
		expect(euro().parse(input)).toEqual({ value: cents });
	});

	it.each([
		['abc', 'Please enter an amount in euro, such as 14 600 or 550,50.'],
		['-5', 'An amount cannot be negative.'],
		['0,005', 'Please use at most two decimals (cents).'],
		['1234567890123456', 'This amount is too large.'],
		['1'.repeat(41), 'Please enter an amount in euro, such as 14 600 or 550,50.']
	])('refuses %j with its own message', (input, message) => {
		expect(euro().parse(input)).toEqual({ error: message });
	});

	it('is optional unless required', () => {
		expect(euro().parse('')).toEqual({ value: null });
		expect(euro().parse('   ')).toEqual({ value: null });
		expect(euro().parse(null)).toEqual({ value: null });
		expect(euro({ required: true }).parse('')).toEqual({ error: 'Please fill this in.' });
	});
});

describe('country', () => {
	it('accepts a code in any case', () => {
		expect(country().parse('lv')).toEqual({ value: 'LV' });
		expect(country().parse(' it ')).toEqual({ value: 'IT' });
		expect(country().parse('XK')).toEqual({ value: 'XK' });
	});

	it.each(['XX', 'EU', 'LVA', 'UK', '', null])('refuses %j', (input) => {
		expect(country().parse(input)).toEqual({ error: 'Please choose a country from the list.' });
	});

	it('may be left empty when not required', () => {
		expect(country({ required: false }).parse('')).toEqual({ value: null });
		expect(country({ required: false }).parse('EU')).toEqual({ error: expect.any(String) });
	});
});

describe('quantity', () => {
	it.each([
		['120', 120],
		['3 700', 3700],
		['3\u00a0700', 3700],
		['12,5', 12.5],
		['12.25', 12.25],
		['0', 0]
	])('reads %j as %d', (input, value) => {
		expect(quantity().parse(input)).toEqual({ value });
	});

	it.each(['-1', 'abc', '1.234', '1,234', '1e3', '.5'])('refuses %j', (input) => {
		expect(quantity().parse(input)).toEqual({
			error: 'Please enter a number that is zero or more, such as 120.'
		});
	});

	it('refuses more than the maximum', () => {
		expect(quantity({ max: 100 }).parse('100')).toEqual({ value: 100 });
		expect(quantity({ max: 100 }).parse('100.01')).toEqual({ error: expect.any(String) });
		expect(quantity().parse('10000000000')).toEqual({ error: expect.any(String) });
	});

	it('is optional unless required', () => {
		expect(quantity().parse('')).toEqual({ value: null });
		expect(quantity({ required: true }).parse('')).toEqual({ error: 'Please fill this in.' });
	});
});

describe('checkbox', () => {
	it.each([
		['on', true],
		['true', true],
		[null, false],
		['', false],
		['off', false]
	])('%j is %s', (input, value) => {
		expect(checkbox().parse(input)).toEqual({ value });
	});
});

describe('COUNTRY_CODES', () => {
	it('holds the countries the portal works with, and Kosovo', () => {
		for (const code of ['LV', 'IT', 'PL', 'BE', 'SE', 'MT', 'XK'])
			expect(isCountryCode(code), code).toBe(true);
	});

	it('holds no groupings, placeholders or non-ISO codes', () => {
		for (const code of ['EU', 'UN', 'ZZ', 'UK', 'lv', 'LVA', ''])
			expect(isCountryCode(code), code).toBe(false);
	});

	it('has 250 codes, each once', () => {
		expect(COUNTRY_CODES).toHaveLength(250);
		expect(new Set(COUNTRY_CODES).size).toBe(250);
		for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
	});

	it.each(['en', 'lv'])('every code has a name in %s', (locale) => {
		for (const code of COUNTRY_CODES) {
			const name = countryName(code, locale);
			expect(name, code).not.toBe(code);
			expect(name, code).not.toMatch(/unknown/i);
		}
	});
});

describe('countriesFor', () => {
	it('names every country in the reader’s language', () => {
		const lv = countriesFor('lv');
		expect(lv).toHaveLength(250);
		expect(lv.find((c) => c.code === 'LV')?.name).toBe('Latvija');
		expect(countriesFor('en').find((c) => c.code === 'LV')?.name).toBe('Latvia');
	});

	it('sorts by Latvian collation in Latvian', () => {
		const names = countriesFor('lv').map((c) => c.name);
		const collator = new Intl.Collator('lv');
		for (let i = 1; i < names.length; i++)
			expect(
				collator.compare(names[i - 1], names[i]),
				`${names[i - 1]} / ${names[i]}`
			).toBeLessThanOrEqual(0);
		// Š is a letter of its own after S: Šveice comes after every name in S.
		const swiss = names.indexOf('Šveice');
		expect(swiss).toBeGreaterThan(names.indexOf('Svatini'));
		expect(swiss).toBeLessThan(names.indexOf('Tadžikistāna'));
		// Č after C: Čehija after Centrālāfrikas Republika, before D.
		expect(names.indexOf('Čehija')).toBeGreaterThan(names.indexOf('Centrālāfrikas Republika'));
		expect(names.indexOf('Čehija')).toBeLessThan(names.indexOf('Dānija'));
	});
});

describe('searchText', () => {
	it('keeps what a reader typed, trimmed and composed', () => {
		expect(searchText('  brīvprātīgie ')).toBe('brīvprātīgie');
		expect(searchText('bri\u0304vpra\u0304ti\u0304gie')).toBe('brīvprātīgie');
	});

	it('makes controls, line breaks and direction overrides into spaces, so the database never sees them', () => {
		expect(searchText('a\u0000b\nc\u202ed')).toBe('a b c d');
	});

	it('cuts at the limit without splitting a character in two, and mends a broken one', () => {
		expect(searchText('ab😀cd', 3)).toBe('ab😀');
		expect(searchText('a\ud83d')).toBe('a\ufffd');
	});

	it('is null when nothing is left', () => {
		expect(searchText(null)).toBeNull();
		expect(searchText(' \u0000 ')).toBeNull();
	});
});

describe('the type of a field', () => {
	// Checked by the type checker (npm run check): a required field is never null after parseForm.
	it('is never null when the field is required, and may be null when it is not', () => {
		expectTypeOf(date({ required: true })).toEqualTypeOf<Field<string>>();
		expectTypeOf(date()).toEqualTypeOf<Field<string | null>>();
		expectTypeOf(euro({ required: true })).toEqualTypeOf<Field<number>>();
		expectTypeOf(euro({ required: false })).toEqualTypeOf<Field<number | null>>();
		expectTypeOf(quantity({ required: true, max: 10 })).toEqualTypeOf<Field<number>>();
		expectTypeOf(quantity()).toEqualTypeOf<Field<number | null>>();
		expectTypeOf(count({ required: true })).toEqualTypeOf<Field<number>>();
		expectTypeOf(count()).toEqualTypeOf<Field<number | null>>();
		expectTypeOf(percentage({ required: true })).toEqualTypeOf<Field<number>>();
		expectTypeOf(percentage()).toEqualTypeOf<Field<number | null>>();
		expectTypeOf(localDateTime()).toEqualTypeOf<Field<string>>();
		expectTypeOf(localDateTime({ required: false })).toEqualTypeOf<Field<string | null>>();
		expect(date({ required: true }).parse('')).toEqual({ error: expect.any(String) });
		expect(localDateTime({ required: false }).parse('')).toEqual({ value: null });
	});
});

describe('refuse', () => {
	it('answers a refused form with what was typed and what is wrong, and nothing else', () => {
		const parsed = parseForm(form({ name: '', note: 'kept' }), {
			name: text({ required: true }),
			note: text()
		});
		if (parsed.ok) throw new Error('the form should be refused');
		const failure = refuse(400, { action: 'addNew', ...parsed });
		expect(failure.status).toBe(400);
		expect(failure.data).toEqual({
			action: 'addNew',
			values: { name: '', note: 'kept' },
			errors: { name: expect.any(String) }
		});
		expect(failure.data).not.toHaveProperty('ok');
	});
	it('answers with a message, and no key for what was not given', () => {
		expect(Object.keys(refuse(409, { message: 'Taken.' }).data)).toEqual(['message']);
	});
});

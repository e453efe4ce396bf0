// The editor's reading of the required sections: the same list, and the same idea of "empty", as
// the database's private.missing_practice_sections (tests/integration/practice-review.test.ts).
import { describe, expect, it } from 'vitest';
import { missingFields, REQUIRED_FIELDS } from '../../src/lib/practices.ts';

const complete = {
	title: 'Kawiarnia',
	summary: 'Skrót',
	context: 'Kontekst',
	actions: 'Działania',
	results: 'Wyniki'
};

describe('missingFields', () => {
	it('asks for the title, the summary, the problem, what was done and the results, in the template’s order', () => {
		expect(REQUIRED_FIELDS).toEqual(['title', 'summary', 'context', 'actions', 'results']);
		expect(missingFields(complete)).toEqual([]);
		expect(
			missingFields({ title: '', summary: '', context: '', actions: '', results: '' })
		).toEqual([...REQUIRED_FIELDS]);
	});

	it.each([
		['spaces', '   '],
		['line breaks and tabs', '\n\t\r\n'],
		['no-break and ideographic spaces', '\u00a0\u3000\u202f'],
		['a byte-order mark', '\ufeff']
	])('counts %s as empty', (_, blank) => {
		expect(missingFields({ ...complete, context: blank, results: blank })).toEqual([
			'context',
			'results'
		]);
	});

	it('counts any visible character as written', () => {
		expect(missingFields({ ...complete, summary: '—', actions: ' x ' })).toEqual([]);
	});
});

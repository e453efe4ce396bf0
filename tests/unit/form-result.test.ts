import { describe, expect, it } from 'vitest';
import { withResultInTitle } from '../../src/lib/form-result.ts';

const page = (body: string) => `<html><head><title>Edit · Tilts</title></head><body>${body}</body></html>`;
const titleOf = (html: string) => /<title>(.*)<\/title>/.exec(html)?.[1];

describe('the title of a page answering a form', () => {
	it('starts with a confirmation, still escaped', () => {
		expect(titleOf(withResultInTitle(page('<p id="a" data-form-result="success">Saved &amp; sent.</p>'), 'en'))).toBe('Saved &amp; sent. · Edit · Tilts');
	});
	it('counts the fields to fix, in the plural forms of the language', () => {
		const fields = (n: number) => page('<p data-form-result="error">Fix these.</p>' + '<input aria-invalid="true">'.repeat(n));
		expect(titleOf(withResultInTitle(fields(1), 'en'))).toBe('1 error · Edit · Tilts');
		expect(titleOf(withResultInTitle(fields(2), 'lv'))).toBe('2 kļūdas · Edit · Tilts');
		expect(titleOf(withResultInTitle(fields(10), 'lv'))).toBe('10 kļūdu · Edit · Tilts');
		expect(titleOf(withResultInTitle(page('<input aria-invalid="true">'), 'en'))).toBe('1 error · Edit · Tilts');
	});
	it('names an error without fields', () => {
		expect(titleOf(withResultInTitle(page('<p class="x" data-form-result="error" tabindex="-1">Someone else saved this.</p>'), 'en'))).toBe(
			'Error: Someone else saved this. · Edit · Tilts'
		);
	});
	it('leaves a page without a result as it is', () => {
		expect(withResultInTitle(page('<p>Nothing sent.</p>'), 'en')).toBe(page('<p>Nothing sent.</p>'));
	});
});

import { describe, expect, it } from 'vitest';
import { withFormResult } from '../../src/lib/form-result.ts';

const page = (body: string) =>
	`<html><head><title>Edit · Tilts</title></head><body>${body}</body></html>`;
const titleOf = (html: string) => /<title>(.*)<\/title>/.exec(html)?.[1];

describe('the title of a page answering a form', () => {
	it('starts with a confirmation, still escaped', () => {
		expect(
			titleOf(
				withFormResult(page('<p id="a" data-form-result="success">Saved &amp; sent.</p>'), 'en')
			)
		).toBe('Saved &amp; sent. · Edit · Tilts');
	});
	it('counts the fields to fix, in the plural forms of the language', () => {
		const fields = (n: number) =>
			page('<p data-form-result="error">Fix these.</p>' + '<input aria-invalid="true">'.repeat(n));
		expect(titleOf(withFormResult(fields(1), 'en'))).toBe('1 error · Edit · Tilts');
		expect(titleOf(withFormResult(fields(2), 'lv'))).toBe('2 kļūdas · Edit · Tilts');
		expect(titleOf(withFormResult(fields(10), 'lv'))).toBe('10 kļūdu · Edit · Tilts');
		expect(titleOf(withFormResult(page('<input aria-invalid="true">'), 'en'))).toBe(
			'1 error · Edit · Tilts'
		);
	});
	it('names an error without fields', () => {
		expect(
			titleOf(
				withFormResult(
					page('<p class="x" data-form-result="error" tabindex="-1">Someone else saved this.</p>'),
					'en'
				)
			)
		).toBe('Error: Someone else saved this. · Edit · Tilts');
	});
	it('leaves a page without a result as it is', () => {
		expect(withFormResult(page('<p>Nothing sent.</p>'), 'en')).toBe(page('<p>Nothing sent.</p>'));
	});
});

describe('where the focus starts on a page answering a form', () => {
	const body = (main: string) =>
		page(`<header><input aria-invalid="true" name="q"></header><main id="main">${main}</main>`);
	it('on the first field to fix in the main content', () => {
		const html = withFormResult(
			body(
				'<p data-form-result="error">Fix these.</p><label>A <input name="a" aria-invalid="true"></label><input name="b" aria-invalid="true">'
			),
			'en'
		);
		expect(html).toContain('<input autofocus name="a" aria-invalid="true">');
		expect(html.match(/autofocus/g)).toHaveLength(1);
	});
	it('on the message when no field is to fix', () => {
		expect(
			withFormResult(body('<p class="x" data-form-result="success" tabindex="-1">Saved.</p>'), 'en')
		).toContain('<p autofocus class="x" data-form-result="success" tabindex="-1">Saved.</p>');
	});
	it('where the page put it already', () => {
		const html = body(
			'<p data-form-result="error">No.</p><p role="alert" tabindex="-1" autofocus>Places are full.</p>'
		);
		expect(withFormResult(html, 'en').match(/autofocus/g)).toHaveLength(1);
	});
});

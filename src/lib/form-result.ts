// What a sent form came to, told where everyone meets it: at the start of the page's title (the
// first thing a screen reader says of a new page, and all that a tab shows), and on the element the
// focus starts on, which is read out. The result is the message FormMessage renders, else the fields
// marked invalid; the server finds it in the page's HTML, so that it works as the page arrives.
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/paraglide/runtime.js';

/** The attribute FormMessage puts on its message, with the kind of result as its value. */
export const RESULT_ATTRIBUTE = 'data-form-result';

export type FormResult = { kind: 'error' | 'success'; text: string; invalidFields: number };

/** The words the title starts with: "2 errors", "Error: …" or the confirmation itself. */
export function resultSummary(result: FormResult, locale?: Locale): string {
	if (result.kind === 'success') return result.text;
	if (result.invalidFields > 0)
		return m.form_result_errors({ count: result.invalidFields }, { locale });
	return m.form_result_error({ message: result.text }, { locale });
}

export function titleWithResult(title: string, summary: string): string {
	return title.startsWith(summary) ? title : `${summary} · ${title}`;
}

const MESSAGE = new RegExp(
	`<p\\b[^>]*\\b${RESULT_ATTRIBUTE}="(error|success)"[^>]*>([\\s\\S]*?)</p>`
);
const INVALID_FIELD = /\baria-invalid="true"/g;

/**
 * The server-rendered page with its title starting with the form's result, and the focus starting
 * on the first field to fix in the main content, else on the message (`autofocus`). The text stays
 * HTML-escaped, as the title needs it.
 */
export function withFormResult(html: string, locale: Locale): string {
	// Every page passes through here: most have no result, and a plain search says so cheaply.
	if (!html.includes(RESULT_ATTRIBUTE) && !html.includes('aria-invalid="true"')) return html;
	const found = MESSAGE.exec(html);
	const invalidFields = html.match(INVALID_FIELD)?.length ?? 0;
	if (!found && !invalidFields) return html;
	const result: FormResult = {
		kind: found?.[1] === 'success' && !invalidFields ? 'success' : 'error',
		text: found?.[2].replace(/<[^>]*>/g, '').trim() ?? '',
		invalidFields
	};
	const titled = html.replace(
		/<title>([\s\S]*?)<\/title>/,
		(_, title: string) => `<title>${titleWithResult(title, resultSummary(result, locale))}</title>`
	);
	return withAutofocus(titled);
}

/** The start of the tag to focus: the first invalid field after <main>, else the message. */
function withAutofocus(html: string): string {
	const main = html.indexOf('<main');
	const invalid = main < 0 ? -1 : html.indexOf('aria-invalid="true"', main);
	const at =
		invalid >= 0
			? html.lastIndexOf('<', invalid)
			: html.search(new RegExp(`<p\\b[^>]*\\b${RESULT_ATTRIBUTE}=`));
	if (at < 0 || html.includes(' autofocus', main)) return html;
	const nameEnd = at + 1 + /^[a-zA-Z0-9-]+/.exec(html.slice(at + 1))![0].length;
	return `${html.slice(0, nameEnd)} autofocus${html.slice(nameEnd)}`;
}

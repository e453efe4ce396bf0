// What a sent form came to, told where everyone meets it: at the start of the page's title (the
// first thing a screen reader says of a new page, and all that a tab shows), on the message the
// focus moves to, and in the layout's live region. The result is the message FormMessage renders,
// else the fields marked invalid; the server reads it from the page's HTML, the browser from the
// page itself.
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/paraglide/runtime.js';

/** The attribute FormMessage puts on its message, with the kind of result as its value. */
export const RESULT_ATTRIBUTE = 'data-form-result';

export type FormResult = { kind: 'error' | 'success'; text: string; invalidFields: number };

/** The words the title starts with: "2 errors", "Error: …" or the confirmation itself. */
export function resultSummary(result: FormResult, locale?: Locale): string {
	if (result.kind === 'success') return result.text;
	if (result.invalidFields > 0) return m.form_result_errors({ count: result.invalidFields }, { locale });
	return m.form_result_error({ message: result.text }, { locale });
}

/** What the live region says: the summary, and the message beside the count of errors. */
export function resultAnnouncement(result: FormResult, locale?: Locale): string {
	const summary = resultSummary(result, locale);
	return result.kind === 'error' && result.invalidFields > 0 && result.text ? `${summary}. ${result.text}` : summary;
}

export function titleWithResult(title: string, summary: string): string {
	return title.startsWith(summary) ? title : `${summary} · ${title}`;
}

const MESSAGE = new RegExp(`<p\\b[^>]*\\b${RESULT_ATTRIBUTE}="(error|success)"[^>]*>([\\s\\S]*?)</p>`);
const INVALID_FIELD = /\baria-invalid="true"/g;

/**
 * The server-rendered page with its title starting with the form's result, so that the result is
 * said first even without JavaScript. The text stays HTML-escaped, as the title needs it.
 */
export function withResultInTitle(html: string, locale: Locale): string {
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
	return html.replace(/<title>([\s\S]*?)<\/title>/, (_, title: string) => `<title>${titleWithResult(title, resultSummary(result, locale))}</title>`);
}

/** The result shown on the page in the browser, if a form sent just now left one. */
export function resultOnPage(document: Document): { result: FormResult; focus: HTMLElement } | null {
	const message = document.querySelector<HTMLElement>(`[${RESULT_ATTRIBUTE}]`);
	const invalid = [...document.querySelectorAll<HTMLElement>('main [aria-invalid="true"]')];
	const focus = invalid[0] ?? message;
	if (!focus) return null;
	return {
		result: {
			kind: message?.getAttribute(RESULT_ATTRIBUTE) === 'success' && !invalid.length ? 'success' : 'error',
			text: message?.textContent?.trim() ?? '',
			invalidFields: invalid.length
		},
		focus
	};
}

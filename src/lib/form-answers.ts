// What a refused form gives back to its page, in one shape for every form (built by refuse() in
// forms.ts). Pages with several forms: each action answers with its name, so that only the form
// that was sent shows what was typed and what needs fixing.

export type FormFailure = {
	/** Which of the page's forms was refused, on pages with several. */
	action?: string;
	/** Which item of a list the form was for, on pages with one form per item. */
	id?: string;
	/** What was typed, to be shown again (passwords excepted). */
	values?: Record<string, string>;
	/** What is wrong with each field, by the field's name. */
	errors?: Record<string, string>;
	/** What is wrong with the form as a whole. */
	message?: string;
	/**
	 * What stands in the way of the step asked, by the field it is in, listed above the form (a text
	 * that cannot go to review yet: sections left empty, pictures without a description).
	 */
	problems?: Record<string, string>;
	/** Someone saved since the form was opened: the page shows theirs, and what was typed to copy from. */
	conflict?: boolean;
};

type Answer = { values: Record<string, string>; errors: Record<string, string>; message?: string };

/** What was typed into the refused form and what is wrong with it; nothing when none was refused. */
export function answer(form: FormFailure | null | undefined): Answer {
	return { values: form?.values ?? {}, errors: form?.errors ?? {}, message: form?.message };
}

/** The same, on a page with several forms, for the form of `action`. */
export function answerTo(form: FormFailure | null | undefined, action: string): Answer {
	return answer(form?.action === action ? form : null);
}

// Pages with several forms: each action answers with its name, so that only the form that was
// sent shows what was typed and what needs fixing.
type Answer =
	| { action?: string; values?: Record<string, string>; errors?: Record<string, string> }
	| null
	| undefined;

export function answerTo(
	form: Answer,
	action: string
): { values: Record<string, string>; errors: Record<string, string> } {
	return form?.action === action
		? { values: form.values ?? {}, errors: form.errors ?? {} }
		: { values: {}, errors: {} };
}

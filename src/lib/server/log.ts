// What the server log says about an error: its kind, its code, the program's own words and where
// it happened, with the ids the reader needs to find it; never what a person typed or who they
// are. A database error's values ("Key (email)=(anna@example.com) already exists", "invalid input
// syntax for type uuid: \"…\""), an address in a mail server's answer stay out of it.

const EMAIL = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

/** A message with the values in it taken out: e-mail addresses, `=(values)`, `: "a quoted value"`. */
export function redact(message: string): string {
	return message
		.replace(EMAIL, '<e-mail>')
		.replace(/=\([^)]*\)/g, '=(…)')
		.replace(/: "[^"]*"/g, ': "…"');
}

/** An error as the log may keep it: name, code, redacted message, stack frames, and its cause. */
export function describeError(error: unknown): string {
	// Something thrown that is not an Error may be anything a person sent: only its type is said.
	if (!(error instanceof Error)) return `(thrown ${typeof error})`;
	const code =
		'code' in error && (typeof error.code === 'string' || typeof error.code === 'number')
			? ` [${error.code}]`
			: '';
	const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
	const lines = [`${error.name}${code}: ${redact(error.message)}`, ...frames];
	if (error.cause !== undefined) lines.push(`Caused by: ${describeError(error.cause)}`);
	return lines.join('\n');
}

/**
 * One line of the server log: a JSON object, so that a log collector keeps an event whole (its
 * stack frames are in `error`, not on lines of their own) and can search by `context`.
 */
export function logLine(context: string, error: unknown, time = new Date()): string {
	return JSON.stringify({
		time: time.toISOString(),
		level: 'error',
		context,
		error: describeError(error)
	});
}

/** Writes an error to the server log under `context` (the error id the visitor sees, or a job's name). */
export function logError(context: string, error: unknown): void {
	console.error(logLine(context, error));
}

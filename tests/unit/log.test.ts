// The server log keeps ids and codes, never who someone is or what they typed.
import { describe, expect, it } from 'vitest';
import { describeError, logLine, redact } from '../../src/lib/server/log.ts';
import { withoutQuery } from '../../stack/postgrest.ts';
import { DataError } from '../../src/lib/server/data/unwrap.ts';

describe('redact', () => {
	it.each([
		[
			'Key (event_id, lower(email))=(0d00, anna.berzina@example.com) already exists.',
			'Key (event_id, lower(email))=(…) already exists.'
		],
		[
			'invalid input syntax for type uuid: "Anna Bērziņa"',
			'invalid input syntax for type uuid: "…"'
		],
		[
			"Can't send mail - all recipients were rejected: 550 <anna.berzina@example.com>: no such user",
			"Can't send mail - all recipients were rejected: 550 <<e-mail>>: no such user"
		],
		[
			'duplicate key value violates unique constraint "event_registrations_email_key"',
			'duplicate key value violates unique constraint "event_registrations_email_key"'
		]
	])('%j → %j', (message, expected) => {
		expect(redact(message)).toBe(expected);
	});
});

describe('describeError', () => {
	it('keeps the kind, code, message and frames, without the values', () => {
		const error = new DataError(
			'invalid input syntax for type uuid: "anna.berzina@example.com"',
			'22P02',
			400
		);
		const described = describeError(error);
		expect(described).toMatch(/^Error \[22P02\]: invalid input syntax for type uuid: "…"\n\s+at /);
		expect(described).not.toContain('anna');
	});

	it('says nothing of what a thrown non-error held', () => {
		expect(describeError({ email: 'anna.berzina@example.com' })).toBe('(thrown object)');
	});

	it('follows the cause, redacted too', () => {
		const error = new Error('mail failed', {
			cause: new Error('550 rejected: anna.berzina@example.com')
		});
		expect(describeError(error)).toContain('Caused by: Error: 550 rejected: <e-mail>');
	});
});

describe('logLine', () => {
	it('is one line of JSON with the time, the context (the error id shown to the visitor) and the error, without the values', () => {
		const error = new DataError(
			'Key (email)=(anna.berzina@example.com) already exists.',
			'23505',
			409
		);
		const line = logLine('[k3x9q2] POST /events/[slug]', error, new Date('2026-12-06T10:00:00Z'));
		expect(line).not.toContain('\n');
		expect(line).not.toContain('anna');
		const event = JSON.parse(line);
		expect(event).toMatchObject({
			time: '2026-12-06T10:00:00.000Z',
			level: 'error',
			context: '[k3x9q2] POST /events/[slug]'
		});
		expect(event.error).toMatch(/^Error \[23505\]: Key \(email\)=\(…\) already exists\.\n\s+at /);
	});
});

describe('the local stack’s PostgREST log', () => {
	it('keeps the method, path and status of a request, not its filters', () => {
		const line =
			'127.0.0.1 - service_role [06/Dec/2026:15:22:56 +0000] "GET /users?email=eq.anna.secret%40example.com&id=eq.x HTTP/1.1" 400 - "" "node"';
		expect(withoutQuery(line)).toBe(
			'127.0.0.1 - service_role [06/Dec/2026:15:22:56 +0000] "GET /users HTTP/1.1" 400 - "" "node"'
		);
	});
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../../src/lib/server/data/refusal-messages.ts';
import { type Refusal, REFUSALS, refusalOf } from '../../src/lib/server/data/refusals.ts';

const MIGRATIONS = join(import.meta.dirname, '../../supabase/migrations');

/** Every code a migration raises a refusal with (a hint in words, advice to a person, is no code). */
function raisedHints(): Set<string> {
	const hints = new Set<string>();
	for (const file of readdirSync(MIGRATIONS).filter((name) => name.endsWith('.sql'))) {
		const sql = readFileSync(join(MIGRATIONS, file), 'utf8');
		for (const [, hint] of sql.matchAll(/\bhint\s*=\s*'([a-z_]+)'/gi)) hints.add(hint);
	}
	return hints;
}

describe('the refusals the database gives', () => {
	it('are all in the list, and the list holds no reason the database no longer gives', () => {
		const raised = raisedHints();
		expect(raised.size).toBeGreaterThan(0);
		expect([...raised].sort()).toEqual([...REFUSALS].sort());
	});
	it('are read from an error, and nothing else is', () => {
		expect(refusalOf({ hint: 'stale' })).toBe('stale');
		expect(refusalOf({ hint: 'something else' })).toBeNull();
		expect(refusalOf({ hint: null })).toBeNull();
		expect(refusalOf(null)).toBeNull();
	});
	it('are read among the reasons a caller asks about, and no others', () => {
		const among: Refusal[] = ['stale', 'under_review'];
		expect(refusalOf({ hint: 'under_review' }, among)).toBe('under_review');
		expect(refusalOf({ hint: 'own_practice' }, among)).toBeNull();
		expect(refusalOf({ hint: 'something else' }, among)).toBeNull();
	});
	it('each have a message, in words and not the code', () => {
		const words = { zone: 'Europe/Riga', organisation: 'Tilts', approvers: 'Anna' };
		for (const code of REFUSALS) {
			const message = (refusalMessage as (code: Refusal, named: typeof words) => string)(
				code,
				words
			);
			expect(message, code).toMatch(/\w+ \w+/);
			expect(message, code).not.toContain(code);
		}
		expect(refusalMessage('event_not_over', { zone: 'Europe/Riga' })).toContain('Europe/Riga');
	});
});

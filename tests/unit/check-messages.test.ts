import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMessageProblems } from '../../scripts/check-messages.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** A copy of our inlang project with its own message files, to break on purpose. */
function project(messages: Record<string, Record<string, unknown>>, modules?: string[]) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-inlang-'));
	const settings = JSON.parse(
		fs.readFileSync(path.join(root, 'project.inlang/settings.json'), 'utf8')
	);
	settings.locales = Object.keys(messages);
	settings.modules = modules ?? [
		path.join(root, 'node_modules/@inlang/plugin-message-format/dist/index.js')
	];
	settings['plugin.inlang.messageFormat'].pathPattern = path.join(dir, 'messages/{locale}.json');
	fs.mkdirSync(path.join(dir, 'project.inlang'));
	fs.mkdirSync(path.join(dir, 'messages'));
	fs.writeFileSync(path.join(dir, 'project.inlang/settings.json'), JSON.stringify(settings));
	for (const [locale, content] of Object.entries(messages)) {
		fs.writeFileSync(path.join(dir, `messages/${locale}.json`), JSON.stringify(content));
	}
	return path.join(dir, 'project.inlang');
}

// The project's own messages are checked by `npm run check` (scripts/compile-messages.ts), the first
// step of `npm test`: loading all 28 locales took up to 30 s here on a busy machine, a second time
// for the same answer. These tests check the checker, on small projects made to be wrong.
describe('findMessageProblems', () => {
	it('reports a key missing in one locale and an empty message', async () => {
		const problems = await findMessageProblems(
			project({ en: { hello: 'Hello', bye: 'Bye' }, lv: { hello: '' } })
		);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/"hello" is missing or empty in lv/),
				expect.stringMatching(/"bye" is missing or empty in lv/)
			])
		);
	});

	it('reports a placeholder that differs from English, and a message left in English', async () => {
		const problems = await findMessageProblems(
			project({
				en: { greet: 'Hello {name}', count: '{count} items', names: 'Tilts (EUR)', save: 'Save' },
				lv: { greet: 'Sveiki, {vards}', count: 'vienumi', names: 'Tilts (EUR)', save: 'Save' }
			})
		);
		expect(problems).toEqual(
			expect.arrayContaining([
				'"greet" in lv has placeholders the base locale lacks: {vards}',
				'"greet" in lv lacks the placeholders {name}',
				'"count" in lv lacks the placeholders {count}',
				expect.stringMatching(/^"save" in lv is the same as in the base locale/)
			])
		);
		expect(problems.filter((p) => p.startsWith('"names"'))).toEqual([]);
	});

	it('lets a message equal English where the language writes those words as English does', async () => {
		const problems = await findMessageProblems(
			project({
				en: { status: 'Status', sport: 'Sport', link: 'Link (https)' },
				da: { status: 'Status', sport: 'Sport', link: 'Link (https)' },
				pl: { status: 'Status', sport: 'Sport', link: 'Link (https)' }
			})
		);
		// Danish writes "Status" and "Link" as English does, but not "Sport"; Polish all three.
		expect(problems).toEqual([
			'"sport" in da is the same as in the base locale; translate it, or add its words to i18n/same-as-english.json'
		]);
	});

	it('reports a plural message without a form for each of the locale’s plural categories', async () => {
		const plural = (match: Record<string, string>) => [
			{
				declarations: ['input count', 'local countPlural = count: plural'],
				selectors: ['countPlural'],
				match
			}
		];
		const problems = await findMessageProblems(
			project({
				en: {
					places: plural({
						'countPlural=one': '{count} place',
						'countPlural=other': '{count} places'
					})
				},
				lv: {
					places: plural({
						'countPlural=one': '{count} vieta',
						'countPlural=other': '{count} vietas'
					})
				}
			})
		);
		expect(problems).toEqual(['"places" in lv has no plural form for zero']);
	});

	it('reports a count shown without plural forms, but not a figure after a label', async () => {
		const plural = (forms: Record<string, string>) => [
			{
				declarations: [
					'input count',
					'local countPlural = count: plural',
					'local countText = count: number'
				],
				selectors: ['countPlural'],
				match: forms
			}
		];
		const problems = await findMessageProblems(
			project({
				en: {
					event_participants: '{count} participants',
					found: 'Projects found: {count}',
					places: plural({
						'countPlural=one': '{countText} place',
						'countPlural=other': '{countText} places'
					}),
					pagination_page: 'Page {page} of {pages}'
				},
				lv: {
					event_participants: '{count} dalībnieki',
					found: 'Atrasti projekti: {count}',
					places: plural({
						'countPlural=zero': '{countText} vietu',
						'countPlural=one': '{countText} vieta',
						'countPlural=other': '{countText} vietas'
					}),
					pagination_page: '{page}. lapa no {pages}'
				}
			})
		);
		expect(problems).toEqual([
			'"event_participants" in en shows the count {count} without plural forms ("1 participants"): add a plural selector',
			'"event_participants" in lv shows the count {count} without plural forms ("1 participants"): add a plural selector'
		]);
	});

	it('reports a plugin that cannot be loaded (as offline with a CDN module) and the empty result', async () => {
		const problems = await findMessageProblems(
			project({ en: { hello: 'Hello' }, lv: { hello: 'Sveiki' } }, [
				path.join(root, 'node_modules/no-such-plugin/index.js')
			])
		);
		expect(problems.some((p) => p.startsWith('inlang:'))).toBe(true);
		expect(problems).toContain('the inlang project has no messages');
	});
});

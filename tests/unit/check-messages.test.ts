import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMessageProblems } from '../../scripts/check-messages.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** A copy of our inlang project with its own message files, to break on purpose. */
function project(messages: Record<string, Record<string, string>>, modules?: string[]) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-inlang-'));
	const settings = JSON.parse(fs.readFileSync(path.join(root, 'project.inlang/settings.json'), 'utf8'));
	settings.modules = modules ?? [path.join(root, 'node_modules/@inlang/plugin-message-format/dist/index.js')];
	settings['plugin.inlang.messageFormat'].pathPattern = path.join(dir, 'messages/{locale}.json');
	fs.mkdirSync(path.join(dir, 'project.inlang'));
	fs.mkdirSync(path.join(dir, 'messages'));
	fs.writeFileSync(path.join(dir, 'project.inlang/settings.json'), JSON.stringify(settings));
	for (const [locale, content] of Object.entries(messages)) {
		fs.writeFileSync(path.join(dir, `messages/${locale}.json`), JSON.stringify(content));
	}
	return path.join(dir, 'project.inlang');
}

describe('findMessageProblems', () => {
	// Loads the inlang project and its plugin: about 2 s, more on a busy machine.
	it('finds nothing wrong with the project itself', { timeout: 30_000 }, async () => {
		expect(await findMessageProblems(path.join(root, 'project.inlang'))).toEqual([]);
	});

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

	it('reports a plugin that cannot be loaded (as offline with a CDN module) and the empty result', async () => {
		const problems = await findMessageProblems(
			project({ en: { hello: 'Hello' }, lv: { hello: 'Sveiki' } }, [path.join(root, 'node_modules/no-such-plugin/index.js')])
		);
		expect(problems.some((p) => p.startsWith('inlang:'))).toBe(true);
		expect(problems).toContain('the inlang project has no messages');
	});
});

// Fails the build when the UI messages are not complete: an inlang error (such as a plugin that
// could not load offline), no messages at all, or a key missing or empty in any locale.
import fs from 'node:fs';
import path from 'node:path';
import { loadProjectFromDirectory } from '@inlang/sdk';

type Problem = string;

export async function checkMessages(projectPath = './project.inlang'): Promise<void> {
	const problems = await findMessageProblems(projectPath);
	if (problems.length > 0) {
		throw new Error(`The UI messages are incomplete:\n- ${problems.join('\n- ')}`);
	}
}

export async function findMessageProblems(projectPath: string): Promise<Problem[]> {
	const project = await loadProjectFromDirectory({ path: path.resolve(projectPath), fs });
	try {
		const problems: Problem[] = (await project.errors.get()).map((e) => `inlang: ${e.message}`);
		const { locales } = await project.settings.get();
		const bundles = await project.db.selectFrom('bundle').select('id').execute();
		if (bundles.length === 0) problems.push('the inlang project has no messages');

		const filled = await project.db
			.selectFrom('message')
			.innerJoin('variant', 'variant.messageId', 'message.id')
			.select(['message.bundleId', 'message.locale', 'variant.pattern'])
			.execute();
		const present = new Set(
			filled.filter((row) => patternText(row.pattern).trim() !== '').map((row) => `${row.bundleId}|${row.locale}`)
		);
		for (const { id } of bundles) {
			const missing = locales.filter((locale) => !present.has(`${id}|${locale}`));
			if (missing.length) problems.push(`"${id}" is missing or empty in ${missing.join(', ')}`);
		}
		return problems;
	} finally {
		await project.close();
	}
}

function patternText(pattern: unknown): string {
	if (!Array.isArray(pattern)) return '';
	return pattern.map((part) => (part?.type === 'text' ? part.value : '{}')).join('');
}

if (import.meta.main) {
	checkMessages(process.argv[2]).then(
		() => console.log('UI messages complete.'),
		(error) => {
			console.error(error.message);
			process.exit(1);
		}
	);
}

// Fails the build when the UI messages are not complete and consistent: an inlang error (such as
// a plugin that could not load offline), no messages at all, a key missing or empty in any locale,
// a placeholder that differs from the base locale's, a plural message without a form for each of
// the locale's plural categories, a count shown without plural forms ("1 participants"), or a
// message left identical to the base locale's text (apart from names that are the same in every
// language, and words a language writes as English does, listed per locale in
// i18n/same-as-english.json).
import fs from 'node:fs';
import path from 'node:path';
import { loadProjectFromDirectory } from '@inlang/sdk';

type Problem = string;

/** Words that stay the same in every language; a message made only of them may equal English. */
export const SAME_IN_EVERY_LANGUAGE = [
	'Tilts',
	'Erasmus+',
	'CERV',
	'Interreg',
	'NEETs',
	'EUR',
	'CSV',
	'XLSX',
	'JSON',
	'ICS',
	'Atom',
	'PDF',
	'URL',
	'https',
	'e-mail'
];

/**
 * Words a language writes as English does ("Status" in Danish, "Sport" in Polish), in lower case:
 * a message made only of them (and names) may equal English in that language.
 */
export const SAME_AS_ENGLISH: Record<string, string[]> = JSON.parse(
	fs.readFileSync(new URL('../i18n/same-as-english.json', import.meta.url), 'utf8')
);

/** Placeholders that stand for a number of things: a message showing one needs plural forms. */
export const COUNT_PLACEHOLDER =
	/^(count|n|total|max|min|minutes|days|pages|places|registered|people|partners|budgets|countries|withBudget|large|small|.+Count)$/;

/**
 * Messages whose count placeholder reads right without plural forms, and why. A count after a
 * colon ("Projects found: 3") needs no entry: a label followed by a figure reads right for any number.
 */
export const COUNTS_WITHOUT_PLURAL: Record<string, string> = {
	sign_in_too_many: 'an abbreviated unit (min) stays the same for any number',
	calendar_day_of: 'a position (day 2 of 3), not a number of things',
	pagination_page: 'a position (page 2 of 3), not a number of things',
	open_data_pages_text: 'page sizes fixed in code, never one',
	notify_event_when: '{days} is a formatted date range',
	notify_places_lowered_moved: '{people} is a list of names',
	notify_calendar_people: '{people} is a list of names',
	notify_places_lowered_body: 'a figure after "to": the places were changed to N',
	event_places_warning: 'figures after "to" and in parentheses',
	delegation_reported:
		'the verb agrees with any number in every locale ("3 took part", "piedalījās 3")',
	my_work_nav_waiting: 'a figure beside "waiting" reads right for any number',
	budget_conflict: '{total} is an amount of money',
	projects_count_more: 'a figure after a label ("Projects found: more than 50")',
	delegation_places:
		'"{registered} registered" reads right for any number; {places} has plural forms',
	overview_money_intro:
		'{withBudget} is "N of these M projects": the noun goes with {count}, which has plural forms',
	overview_budgets_of_partners:
		'{budgets} is "N of M partners": the noun goes with {partners}, which has plural forms'
};

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
		const { locales, baseLocale } = await project.settings.get();
		const bundles = await project.db.selectFrom('bundle').select(['id', 'declarations']).execute();
		if (bundles.length === 0) problems.push('the inlang project has no messages');

		const variants = (await project.db
			.selectFrom('message')
			.innerJoin('variant', 'variant.messageId', 'message.id')
			.select(['message.bundleId', 'message.locale', 'variant.matches', 'variant.pattern'])
			.execute()) as Variant[];
		const byMessage = Map.groupBy(variants, (v) => `${v.bundleId}|${v.locale}`);
		for (const { id, declarations } of bundles as Bundle[]) {
			const missing = locales.filter(
				(locale) =>
					!byMessage.get(`${id}|${locale}`)?.some((v) => patternText(v.pattern).trim() !== '')
			);
			if (missing.length) problems.push(`"${id}" is missing or empty in ${missing.join(', ')}`);
			const base = byMessage.get(`${id}|${baseLocale}`);
			if (!base) continue;
			for (const locale of locales.filter((l) => l !== baseLocale && !missing.includes(l))) {
				problems.push(
					...compareWithBase(
						id,
						locale,
						byMessage.get(`${id}|${locale}`)!,
						base,
						pluralSelectors(declarations)
					)
				);
			}
			for (const locale of locales) {
				problems.push(
					...countsWithoutPlural(id, locale, byMessage.get(`${id}|${locale}`) ?? [], declarations)
				);
				problems.push(
					...missingPluralForms(
						id,
						locale,
						byMessage.get(`${id}|${locale}`) ?? [],
						pluralSelectors(declarations)
					)
				);
			}
		}
		return problems;
	} finally {
		await project.close();
	}
}

type Part = { type: string; value?: string; arg?: { type: string; name?: string } };
type Match = { type: string; key: string; value?: string };
type Variant = { bundleId: string; locale: string; matches: Match[]; pattern: Part[] };
type Bundle = {
	id: string;
	declarations: Array<{
		type: string;
		name: string;
		value?: { arg?: { name?: string }; annotation?: { name?: string } };
	}>;
};

function patternText(pattern: Part[]): string {
	if (!Array.isArray(pattern)) return '';
	return pattern.map((part) => (part?.type === 'text' ? part.value : '{}')).join('');
}

function placeholders(variants: Variant[]): Set<string> {
	return new Set(
		variants.flatMap((v) =>
			v.pattern.filter((p) => p.type === 'expression' && p.arg?.name).map((p) => p.arg!.name!)
		)
	);
}

/** The local variables a message selects its plural form by. */
function pluralSelectors(declarations: Bundle['declarations']): string[] {
	return declarations
		.filter((d) => d.type === 'local-variable' && d.value?.annotation?.name === 'plural')
		.map((d) => d.name);
}

function compareWithBase(
	id: string,
	locale: string,
	variants: Variant[],
	base: Variant[],
	plurals: string[]
): Problem[] {
	const problems: Problem[] = [];
	const expected = placeholders(base);
	const found = placeholders(variants);
	const stray = [...found].filter((name) => !expected.has(name));
	const lacking = [...expected].filter((name) => !found.has(name));
	if (stray.length)
		problems.push(
			`"${id}" in ${locale} has placeholders the base locale lacks: ${stray.map((n) => `{${n}}`).join(', ')}`
		);
	if (lacking.length)
		problems.push(
			`"${id}" in ${locale} lacks the placeholders ${lacking.map((n) => `{${n}}`).join(', ')}`
		);
	const text = (v: Variant[]) => v.map((variant) => patternText(variant.pattern)).join('|');
	if (
		plurals.length === 0 &&
		text(variants) === text(base) &&
		hasWords(text(base), SAME_AS_ENGLISH[locale] ?? [])
	) {
		problems.push(
			`"${id}" in ${locale} is the same as in the base locale; translate it, or add its words to i18n/same-as-english.json`
		);
	}
	return problems;
}

/** Whether the text has a word other than the names and the locale's words shared with English. */
function hasWords(text: string, sharedWords: string[]): boolean {
	const rest = SAME_IN_EVERY_LANGUAGE.reduce((t, name) => t.replaceAll(name, ''), text);
	return (rest.match(/\p{L}+/gu) ?? []).some((word) => !sharedWords.includes(word.toLowerCase()));
}

/**
 * A count placeholder needs a plural selector on it (or a number formatted from it) unless it is a
 * figure after a colon in every variant, or the message is in COUNTS_WITHOUT_PLURAL.
 */
function countsWithoutPlural(
	id: string,
	locale: string,
	variants: Variant[],
	declarations: Bundle['declarations']
): Problem[] {
	if (id in COUNTS_WITHOUT_PLURAL) return [];
	const locals = new Map(
		declarations
			.filter((d) => d.type === 'local-variable')
			.map((d) => [d.name, d.value?.arg?.name ?? d.name])
	);
	const inputOf = (name: string) => locals.get(name) ?? name;
	const selected = new Set(pluralSelectors(declarations).map(inputOf));
	const bare = new Set<string>();
	for (const { pattern } of variants) {
		pattern.forEach((part, i) => {
			const name = part.type === 'expression' && part.arg?.name ? inputOf(part.arg.name) : null;
			if (!name || !COUNT_PLACEHOLDER.test(name) || selected.has(name)) return;
			const before = pattern[i - 1];
			if (!(before?.type === 'text' && /:\s*$/.test(before.value ?? ''))) bare.add(name);
		});
	}
	return [...bare].map(
		(name) =>
			`"${id}" in ${locale} shows the count {${name}} without plural forms ("1 participants"): add a plural selector`
	);
}

/** Each plural selector needs a form for every plural category of the locale, or a catch-all. */
function missingPluralForms(
	id: string,
	locale: string,
	variants: Variant[],
	plurals: string[]
): Problem[] {
	const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
	return plurals.flatMap((selector) => {
		const matches = variants.flatMap((v) => v.matches.filter((m) => m.key === selector));
		if (matches.some((m) => m.type === 'catchall-match')) return [];
		const given = new Set(matches.map((m) => m.value));
		const missing = categories.filter((category) => !given.has(category));
		return missing.length
			? [`"${id}" in ${locale} has no plural form for ${missing.join(', ')}`]
			: [];
	});
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

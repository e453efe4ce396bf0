// What a reader of a page in one locale must never meet: English left in place of a translation
// (a message shown in English although the locale translates it, or English written into the code),
// a placeholder that was never filled in ({name}), or a value that was never there (undefined).
// Works on the HTML as the server sends it, so that a crawl of many pages stays fast.
import fs from 'node:fs';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose text nobody reads, and machine text (code, field names, commands) in no language. */
const NOT_READ = new Set(['script', 'style', 'template', 'code', 'pre', 'samp', 'kbd']);
/** Attributes a person reads or hears. */
const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'alt', 'title', 'placeholder'];
const STRAY = [/\{[A-Za-z_]\w*\}/, /\bundefined\b/, /\bNaN\b/, /\[object Object\]/];

/**
 * Text a person reads, with the language it is marked as: text nodes and read attributes, each
 * taken in the language of its nearest `lang`.
 */
export function readableText(html: string): {
	lang: string | null;
	texts: Array<{ text: string; lang: string }>;
} {
	const document = parse(html);
	const texts: Array<{ text: string; lang: string }> = [];
	let pageLang: string | null = null;
	const walk = (node: Node, lang: string) => {
		if (node.nodeName === '#text') {
			const text = (node as DefaultTreeAdapterTypes.TextNode).value.replace(/\s+/g, ' ').trim();
			if (text) texts.push({ text, lang });
			return;
		}
		if (!('childNodes' in node)) return;
		const element = node as Element;
		if (NOT_READ.has(element.nodeName)) return;
		const own = element.attrs?.find((a) => a.name === 'lang')?.value;
		if (element.nodeName === 'html') pageLang = own ?? null;
		const here = own ?? lang;
		for (const attr of element.attrs ?? []) {
			const value = attr.value.replace(/\s+/g, ' ').trim();
			if (
				value &&
				(READ_ATTRIBUTES.includes(attr.name) ||
					(attr.name === 'value' && element.nodeName === 'button'))
			)
				texts.push({ text: value, lang: here });
		}
		for (const child of element.childNodes ?? []) walk(child, here);
	};
	walk(document, '');
	return { lang: pageLang, texts };
}

type Messages = Record<string, string | Array<{ match: Record<string, string> }>>;

function readMessages(locale: string): Messages {
	return JSON.parse(
		fs.readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')
	);
}

/** Each text a message can take (its plural variants), placeholders left in. */
function variants(value: Messages[string]): string[] {
	if (typeof value === 'string') return [value];
	return value.flatMap((v) => Object.values(v.match));
}

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * The messages' keys, and English texts that must not appear on a page in `locale`: each message the locale translates
 * differently, whole (when it has no placeholder), and its runs of three words or more between
 * placeholders (which the page shows with other text around them).
 */
export type EnglishTexts = {
	keys: Set<string>;
	whole: Map<string, string>;
	phrases: Map<string, Array<{ phrase: string; key: string }>>;
};

const firstWord = (text: string) =>
	text.slice(0, text.indexOf(' ') === -1 ? undefined : text.indexOf(' ')).toLowerCase();

export function englishTexts(
	locale: string,
	en: Messages = readMessages('en'),
	translated: Messages = readMessages(locale)
): EnglishTexts {
	const whole = new Map<string, string>();
	const phrases = new Map<string, Array<{ phrase: string; key: string }>>();
	// A word the locale itself uses for another message ("Status" in German) is not English there.
	const theirTexts = new Set(
		Object.values(translated).flatMap((value) =>
			variants(value).map((v) => v.replace(/\s+/g, ' ').trim())
		)
	);
	for (const [key, value] of Object.entries(en)) {
		if (key.startsWith('$') || !(key in translated)) continue;
		const english = variants(value).map((v) => v.replace(/\s+/g, ' ').trim());
		const theirs = variants(translated[key]).join('\n');
		if (english.join('\n') === theirs) continue;
		for (const text of english) {
			const parts = text.split(/\{[^}]*\}/).map((p) => p.trim());
			if (
				parts.length === 1 &&
				text.length >= 4 &&
				/\p{L}{2}/u.test(text) &&
				!theirs.includes(text) &&
				!theirTexts.has(text)
			)
				whole.set(text, key);
			for (const phrase of parts.filter((p) => words(p) >= 3 && !theirs.includes(p))) {
				const list = phrases.get(firstWord(phrase)) ?? [];
				list.push({ phrase, key });
				phrases.set(firstWord(phrase), list);
			}
		}
	}
	return { keys: new Set(Object.keys(en)), whole, phrases };
}

/**
 * English written into the code rather than into messages: a text with two or more of these
 * words, which no other interface language uses as words.
 */
const ENGLISH_WORDS = new Set(
	'the and you your our with this that which what when where been were there from should would could please cannot click before after below above about into than they their these those only also read write'.split(
		' '
	)
);

function looksEnglish(text: string): boolean {
	const found = new Set(
		text
			.toLowerCase()
			.match(/\p{L}+/gu)
			?.filter((w) => ENGLISH_WORDS.has(w))
	);
	return found.size >= 2;
}

/** What is wrong with the text of one page in `locale`, one line per finding. */
export function translationProblems(
	texts: Array<{ text: string; lang: string }>,
	locale: string,
	english: EnglishTexts
): string[] {
	const found = new Set<string>();
	for (const { text, lang } of texts) {
		for (const pattern of STRAY)
			if (pattern.test(text)) found.add(`stray placeholder or value: "${text.slice(0, 80)}"`);
		// What a message shows when none of its plural forms fits the number.
		if (english.keys.has(text)) found.add(`a message's key instead of its text: "${text}"`);
		// Text marked as another language (content shown in its original, a language's own name) is not the interface's.
		if (locale === 'en' || (lang && lang !== locale)) continue;
		const key = english.whole.get(text);
		if (key) {
			found.add(`English "${text.slice(0, 80)}" (${key})`);
			continue;
		}
		for (const match of text.matchAll(/(?:^|\s)(\S+)/g)) {
			const start = match.index + match[0].length - match[1].length;
			const hit = english.phrases
				.get(match[1].toLowerCase())
				?.find(({ phrase }) => text.startsWith(phrase, start));
			if (hit)
				found.add(`English "${hit.phrase.slice(0, 80)}" (${hit.key}) in "${text.slice(0, 80)}"`);
		}
		if (locale !== 'en' && looksEnglish(text))
			found.add(`English in the code: "${text.slice(0, 80)}"`);
	}
	return [...found];
}

// Atom 1.0 (RFC 4287) feeds. Every value comes from people (titles, summaries, names), so every
// value goes through one escape that also drops what XML 1.0 cannot carry: a feed that does not
// parse is thrown away whole by feed readers, so no single entry's text may be able to break it.
import { escapeXml as escape, xmlTimestamp as timestamp } from '#lib/xml.ts';

export type AtomCategory = {
	/** What the category is, for machines, e.g. a slug. */
	term: string;
	/** What readers show. */
	label?: string;
};

export type AtomEntry = {
	/** Permanent and unique (a URL or a tag: URI): readers recognise entries they already have by it. */
	id: string;
	title: string;
	updated: Date;
	published?: Date;
	/** The entry's page on the site. */
	alternateUrl: string;
	/** Plain text. */
	summary?: string;
	/** HTML, sent escaped as type="html"; make it safe (sanitize) before it gets here. */
	content?: string;
	/** A language tag such as 'en', when the entry is not in the feed's language. */
	language?: string;
	/** Names; without any, the feed's author stands for the entry's. */
	authors?: string[];
	categories?: AtomCategory[];
};

export type AtomFeed = {
	/** Permanent and unique (a URL or a tag: URI). */
	id: string;
	title: string;
	subtitle?: string;
	updated: Date;
	/** A language tag such as 'lv', for the feed and every entry that does not name its own. */
	language: string;
	/** Where the feed itself is (rel="self"). */
	selfUrl: string;
	/** The page the feed follows (rel="alternate"). */
	alternateUrl: string;
	/** A name. Atom needs an author on each entry or on the feed; here it is always on the feed. */
	author: string;
	/** In the order given. */
	entries: AtomEntry[];
};

const ATOM_NS = 'http://www.w3.org/2005/Atom';
// RFC 4287's atomLanguageTag: RFC 3066 tags, the shape BCP 47 tags still have.
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/**
 * A whole Atom feed document, UTF-8 XML. Refuses (RangeError) what would make it invalid whatever
 * the escaping: a date that is not a date or lies outside the years 0000–9999, a language that is
 * not a language tag.
 */
export function buildAtomFeed(feed: AtomFeed): string {
	const language = languageTag(feed.language, 'Feed');
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="${ATOM_NS}" xml:lang="${language}">`,
		`\t<id>${escape(feed.id)}</id>`,
		`\t<title>${escape(feed.title)}</title>`,
		...(feed.subtitle !== undefined ? [`\t<subtitle>${escape(feed.subtitle)}</subtitle>`] : []),
		`\t<updated>${timestamp(feed.updated, 'Feed')}</updated>`,
		`\t<link rel="self" type="application/atom+xml" href="${escape(feed.selfUrl)}"/>`,
		`\t<link rel="alternate" type="text/html" href="${escape(feed.alternateUrl)}"/>`,
		`\t<author><name>${escape(feed.author)}</name></author>`,
		'\t<generator>Tilts</generator>',
		...feed.entries.flatMap((entry) => entryLines(entry, language)),
		'</feed>'
	];
	return lines.join('\n') + '\n';
}

function entryLines(entry: AtomEntry, feedLanguage: string): string[] {
	const what = `Entry ${entry.id}`;
	const language = entry.language === undefined ? undefined : languageTag(entry.language, what);
	// Language tags are case-insensitive: 'LV' is the feed's 'lv'.
	const ownLanguage =
		language !== undefined && language.toLowerCase() !== feedLanguage.toLowerCase();
	return [
		ownLanguage ? `\t<entry xml:lang="${language}">` : '\t<entry>',
		`\t\t<id>${escape(entry.id)}</id>`,
		`\t\t<title>${escape(entry.title)}</title>`,
		`\t\t<updated>${timestamp(entry.updated, what)}</updated>`,
		...(entry.published ? [`\t\t<published>${timestamp(entry.published, what)}</published>`] : []),
		`\t\t<link rel="alternate" type="text/html" href="${escape(entry.alternateUrl)}"/>`,
		...(entry.authors ?? []).map((name) => `\t\t<author><name>${escape(name)}</name></author>`),
		...(entry.categories ?? []).map(category),
		...(entry.summary !== undefined ? [`\t\t<summary>${escape(entry.summary)}</summary>`] : []),
		// Escaped HTML rather than CDATA: a CDATA section ends at the first ']]>' in the text.
		...(entry.content !== undefined
			? [`\t\t<content type="html">${escape(entry.content)}</content>`]
			: []),
		'\t</entry>'
	];
}

function category({ term, label }: AtomCategory): string {
	return `\t\t<category term="${escape(term)}"${label !== undefined ? ` label="${escape(label)}"` : ''}/>`;
}

function languageTag(value: string, what: string): string {
	if (!LANGUAGE_TAG.test(value))
		throw new RangeError(`${what}: ${JSON.stringify(value)} is not a language tag`);
	return value;
}

import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { buildAtomFeed, type AtomEntry, type AtomFeed } from '../../src/lib/atom.ts';
import { validate } from '../support/atom.ts';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
// libxml2 compiled to WebAssembly, one worker per call: slower than the default 5 s allows for
// the tests that read many values.
const SLOW = 30_000;

const UPDATED = new Date('2024-10-01T12:00:00Z');

function feedOf(entries: AtomEntry[], overrides: Partial<AtomFeed> = {}): AtomFeed {
	return {
		id: 'https://tilts.example/lv/news',
		title: 'Tilts: jaunumi',
		updated: UPDATED,
		language: 'lv',
		selfUrl: 'https://tilts.example/lv/news.atom',
		alternateUrl: 'https://tilts.example/lv/news',
		author: 'Tilts',
		entries,
		...overrides
	};
}

function entry(overrides: Partial<AtomEntry> = {}): AtomEntry {
	return {
		id: 'tag:tilts.example,2024:news/1',
		title: 'Partneru tikšanās Daugavpilī',
		updated: new Date('2024-09-20T08:15:30Z'),
		alternateUrl: 'https://tilts.example/lv/news/1',
		...overrides
	};
}

/** XPath 1.0 on the parsed document, `a:` standing for the Atom namespace (xmllint has no prefixes). */
async function read(xml: string, expression: string): Promise<string> {
	const path = expression.replace(
		/\ba:([\w-]+)/g,
		`*[namespace-uri()='${ATOM_NS}' and local-name()='$1']`
	);
	const result = await validateXML({
		xml: { fileName: 'feed.xml', contents: xml },
		normalization: 'format',
		modifyArguments: () => ['--xpath', path, 'feed.xml']
	});
	// xmllint ends what it prints with a line feed.
	return result.normalized.replace(/\n$/, '');
}

/** Several expressions at once: { key: XPath } → { key: value }. */
async function readAll<K extends string>(
	xml: string,
	expressions: Record<K, string>
): Promise<Record<K, string>> {
	const keys = Object.keys(expressions) as K[];
	const values = await Promise.all(keys.map((key) => read(xml, expressions[key])));
	return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as Record<K, string>;
}

// RFC 4287's two Schematron rules, which RELAX NG validators skip (see atom.rng), as XPath.
const FEED_HAS_AUTHORS = 'boolean(/a:feed/a:author or not(/a:feed/a:entry[not(a:author)]))';
const ENTRIES_HAVE_LINKS =
	"not(/a:feed/a:entry[not(a:link[@rel='alternate'] or a:link[not(@rel)] or a:content)])";

describe('the validator', () => {
	// Without these, a schema that accepted everything would let every other test pass.
	it('passes a valid feed', async () => {
		expect(await validate(buildAtomFeed(feedOf([entry()])))).toEqual({ valid: true, errors: [] });
	});

	it.each([
		[
			'without an id',
			(xml: string) => xml.replace(/\t<id>[^<]*<\/id>\n/, ''),
			/Expecting an element id/
		],
		[
			'without updated',
			(xml: string) => xml.replace(/\t<updated>[^<]*<\/updated>\n/, ''),
			/Expecting an element updated/
		],
		[
			'with an entry without a title',
			(xml: string) => xml.replace(/\t\t<title>[^<]*<\/title>\n/, ''),
			/Element entry failed to validate content/
		],
		[
			'with an updated that is not a date',
			(xml: string) => xml.replace(/<updated>[^<]*</, '<updated>2024-10-01 12:00<'),
			/dateTime/
		],
		[
			'with a language that is not a language tag',
			(xml: string) => xml.replace('xml:lang="lv"', 'xml:lang="lv_LV"'),
			/Invalid attribute lang for element feed/
		],
		[
			'with an element Atom does not have',
			(xml: string) => xml.replace('<generator>', '<script>alert(1)</script><generator>'),
			/extra content: script/
		]
	])('fails a feed %s', async (_, breakIt, error) => {
		const xml = buildAtomFeed(feedOf([entry()]));
		const broken = breakIt(xml);
		expect(broken).not.toBe(xml);
		const result = await validate(broken);
		expect(result.valid).toBe(false);
		expect(result.errors.join('\n')).toMatch(error);
	});

	it('fails a document that is not XML, such as one with a raw control character', async () => {
		const xml = buildAtomFeed(feedOf([entry()])).replace('<title>', '<title>\u0001');
		const result = await validate(xml);
		expect(result.valid).toBe(false);
		expect(result.errors.join('\n')).toMatch(/invalid Char value 1/);
	});
});

describe('buildAtomFeed: the feed', () => {
	it(
		'is valid Atom with no entries, and says what, whose and where it is',
		{ timeout: SLOW },
		async () => {
			const xml = buildAtomFeed(feedOf([], { subtitle: 'Projekta ziņas' }));
			expect(await validate(xml)).toEqual({ valid: true, errors: [] });
			expect(
				xml.startsWith(
					'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="lv">'
				)
			).toBe(true);
			expect(
				await readAll(xml, {
					lang: 'string(/a:feed/@xml:lang)',
					id: 'string(/a:feed/a:id)',
					title: 'string(/a:feed/a:title)',
					subtitle: 'string(/a:feed/a:subtitle)',
					updated: 'string(/a:feed/a:updated)',
					self: "concat(/a:feed/a:link[@rel='self']/@href, ' ', /a:feed/a:link[@rel='self']/@type)",
					alternate:
						"concat(/a:feed/a:link[@rel='alternate']/@href, ' ', /a:feed/a:link[@rel='alternate']/@type)",
					author: 'string(/a:feed/a:author/a:name)',
					generator: 'string(/a:feed/a:generator)',
					entries: 'count(/a:feed/a:entry)'
				})
			).toEqual({
				lang: 'lv',
				id: 'https://tilts.example/lv/news',
				title: 'Tilts: jaunumi',
				subtitle: 'Projekta ziņas',
				updated: '2024-10-01T12:00:00Z',
				self: 'https://tilts.example/lv/news.atom application/atom+xml',
				alternate: 'https://tilts.example/lv/news text/html',
				author: 'Tilts',
				generator: 'Tilts',
				entries: '0'
			});
		}
	);

	it('leaves out the subtitle when there is none', () => {
		expect(buildAtomFeed(feedOf([]))).not.toContain('<subtitle');
	});

	it('writes dates as RFC 3339 in UTC, to the second', () => {
		const xml = buildAtomFeed(
			feedOf(
				[
					entry({
						updated: new Date('2024-10-15T12:34:56.789+03:00'),
						published: new Date('2024-03-31T01:00:00.001+02:00')
					})
				],
				{
					updated: new Date('2024-12-31T23:59:59.999Z')
				}
			)
		);
		expect([...xml.matchAll(/<(updated|published)>([^<]*)</g)].map((match) => match[2])).toEqual([
			'2024-12-31T23:59:59Z',
			'2024-10-15T09:34:56Z',
			'2024-03-30T23:00:00Z'
		]);
	});

	it.each([
		['an invalid date', feedOf([], { updated: new Date('no date') }), /Feed: Invalid Date/],
		[
			'a year past 9999',
			feedOf([], { updated: new Date(Date.UTC(10_000, 0, 1)) }),
			/Feed: .* not a date/
		],
		[
			'an entry date before year 0',
			feedOf([entry({ published: new Date(Date.UTC(-1, 0, 1)) })]),
			/Entry tag:tilts\.example,2024:news\/1: .* not a date/
		],
		[
			'a language that is not a tag',
			feedOf([], { language: 'lv_LV' }),
			/Feed: "lv_LV" is not a language tag/
		],
		[
			'an entry language that is not a tag',
			feedOf([entry({ language: 'en GB' })]),
			/Entry .*: "en GB" is not a language tag/
		]
	])('refuses %s', (_, feed, message) => {
		expect(() => buildAtomFeed(feed)).toThrow(RangeError);
		expect(() => buildAtomFeed(feed)).toThrow(message);
	});
});

describe('buildAtomFeed: entries', () => {
	it('writes an entry with everything it has', { timeout: SLOW }, async () => {
		const xml = buildAtomFeed(
			feedOf([
				entry({
					published: new Date('2024-09-18T10:00:00Z'),
					summary: 'Partneri no Latvijas un Lietuvas tikās Daugavpilī.',
					content: '<p>Partneri <strong>tikās</strong> &amp; vienojās.</p>',
					language: 'en',
					authors: ['Anna Bērziņa', 'Jonas Petraitis'],
					categories: [{ term: 'meetings', label: 'Tikšanās' }, { term: 'latgale' }]
				})
			])
		);
		expect(await validate(xml)).toEqual({ valid: true, errors: [] });
		const at = '/a:feed/a:entry';
		expect(
			await readAll(xml, {
				lang: `string(${at}/@xml:lang)`,
				id: `string(${at}/a:id)`,
				title: `string(${at}/a:title)`,
				updated: `string(${at}/a:updated)`,
				published: `string(${at}/a:published)`,
				alternate: `concat(${at}/a:link[@rel='alternate']/@href, ' ', ${at}/a:link[@rel='alternate']/@type)`,
				authors: `concat(${at}/a:author[1]/a:name, ' | ', ${at}/a:author[2]/a:name, ' | ', count(${at}/a:author))`,
				categories: `concat(${at}/a:category[1]/@term, '=', ${at}/a:category[1]/@label, ' | ', ${at}/a:category[2]/@term, ' ', count(${at}/a:category[2]/@label))`,
				summary: `concat(${at}/a:summary, ' ', count(${at}/a:summary/@type))`,
				contentType: `string(${at}/a:content/@type)`,
				content: `string(${at}/a:content)`,
				contentElements: `count(${at}/a:content/*)`
			})
		).toEqual({
			lang: 'en',
			id: 'tag:tilts.example,2024:news/1',
			title: 'Partneru tikšanās Daugavpilī',
			updated: '2024-09-20T08:15:30Z',
			published: '2024-09-18T10:00:00Z',
			alternate: 'https://tilts.example/lv/news/1 text/html',
			authors: 'Anna Bērziņa | Jonas Petraitis | 2',
			categories: 'meetings=Tikšanās | latgale 0',
			summary: 'Partneri no Latvijas un Lietuvas tikās Daugavpilī. 0',
			contentType: 'html',
			// The HTML arrives as text, for the reader to render: not as elements of the feed.
			content: '<p>Partneri <strong>tikās</strong> &amp; vienojās.</p>',
			contentElements: '0'
		});
	});

	it('leaves out what an entry does not have', () => {
		const xml = buildAtomFeed(feedOf([entry()]));
		const written = xml.slice(xml.indexOf('<entry>'), xml.indexOf('</entry>'));
		expect(written.match(/<\w+/g)).toEqual(['<entry', '<id', '<title', '<updated', '<link']);
	});

	it('names the entry language only when it is not the feed’s', () => {
		const xml = buildAtomFeed(
			feedOf([
				entry({ language: 'lv' }),
				entry({ language: 'LV' }),
				entry({ language: 'ru' }),
				entry()
			])
		);
		expect(xml.match(/<entry[^>]*>/g)).toEqual([
			'<entry>',
			'<entry>',
			'<entry xml:lang="ru">',
			'<entry>'
		]);
	});

	it(
		'keeps many entries in the order given, valid and each with a way to be read',
		{ timeout: SLOW },
		async () => {
			// Not in date order: the caller decides the order.
			const entries = Array.from({ length: 60 }, (_, i) =>
				entry({
					id: `tag:tilts.example,2024:news/${(i * 37) % 60}`,
					title: `Ziņa ${i}`,
					updated: new Date(Date.UTC(2024, 0, 1 + ((i * 11) % 60))),
					...(i % 2 ? { authors: [`Autors ${i}`] } : {}),
					...(i % 3 ? { summary: `Kopsavilkums ${i}` } : { content: `<p>Saturs ${i}</p>` })
				})
			);
			const xml = buildAtomFeed(feedOf(entries));
			expect(await validate(xml)).toEqual({ valid: true, errors: [] });
			expect([...xml.matchAll(/\t\t<id>([^<]*)<\/id>/g)].map((match) => match[1])).toEqual(
				entries.map(({ id }) => id)
			);
			expect(
				await readAll(xml, {
					count: 'count(/a:feed/a:entry)',
					last: 'string(/a:feed/a:entry[last()]/a:title)',
					authors: FEED_HAS_AUTHORS,
					links: ENTRIES_HAVE_LINKS
				})
			).toEqual({
				count: '60',
				last: 'Ziņa 59',
				authors: 'true',
				links: 'true'
			});
		}
	);
});

describe('buildAtomFeed: text from people', () => {
	// Hostile or merely unusual text, and what a reader must find after parsing: the same text,
	// less only what XML cannot carry.
	const ATTACKS = [
		'</title></entry><entry><title>Injected',
		'<script>alert("x" && \'y\')</script>',
		'<![CDATA[ and ]]> and ]]&gt;',
		'&amp; &nbsp; &#0; &#x1; <!DOCTYPE x> <?xml-stylesheet href="x"?> <!-- x -->'
	].join(' · ');
	const CONTROLS_IN =
		'a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\u007fh\u0085i\u009fj\ud800k\udfffl\ufffem\uffffn';
	const CONTROLS_OUT = 'abcdefghijklmn';
	const KEPT = 'tab\there, line\nthere, CR\rthere, CRLF\r\nthere';
	const SCRIPTS = 'Ķegums, Ģirts, Šķēle, Žūžņi; Καλημέρα κόσμε; Привет, мир; 🚀 👩🏽‍💻 𝄞 ☃︎';
	const HOSTILE_IN = [ATTACKS, CONTROLS_IN, KEPT, SCRIPTS].join(' | ');
	const HOSTILE_OUT = [ATTACKS, CONTROLS_OUT, KEPT, SCRIPTS].join(' | ');

	const hostile = feedOf(
		[
			entry({
				id: `tag:tilts.example,2024:${HOSTILE_IN}`,
				title: HOSTILE_IN,
				alternateUrl: `https://tilts.example/lv/news/1?q="${HOSTILE_IN}"&x='1'`,
				summary: HOSTILE_IN,
				content: `<p>${HOSTILE_IN}</p>`,
				authors: [HOSTILE_IN],
				categories: [{ term: HOSTILE_IN, label: HOSTILE_IN }]
			})
		],
		{
			id: `https://tilts.example/?${HOSTILE_IN}`,
			title: HOSTILE_IN,
			subtitle: HOSTILE_IN,
			author: HOSTILE_IN,
			selfUrl: `https://tilts.example/"${HOSTILE_IN}`
		}
	);

	it(
		'stays valid Atom, one feed with one entry and only the elements written',
		{ timeout: SLOW },
		async () => {
			const xml = buildAtomFeed(hostile);
			expect(await validate(xml)).toEqual({ valid: true, errors: [] });
			expect(
				await readAll(xml, {
					entries: 'count(/a:feed/a:entry)',
					elements: 'count(//*)',
					scripts: "count(//*[local-name()='script'])",
					comments: 'count(//comment())',
					instructions: 'count(//processing-instruction())',
					withChildren:
						'count(//a:title/* | //a:summary/* | //a:content/* | //a:subtitle/* | //a:name/*)'
				})
			).toEqual({
				entries: '1',
				// feed, id, title, subtitle, updated, 2 links, author, name, generator; entry, id, title,
				// updated, link, author, name, category, summary, content.
				elements: '20',
				scripts: '0',
				comments: '0',
				instructions: '0',
				withChildren: '0'
			});
		}
	);

	it(
		'reads back as the same text, not markup, less what XML cannot carry',
		{ timeout: SLOW },
		async () => {
			const xml = buildAtomFeed(hostile);
			const at = '/a:feed/a:entry';
			expect(
				await readAll(xml, {
					feedId: 'string(/a:feed/a:id)',
					feedTitle: 'string(/a:feed/a:title)',
					subtitle: 'string(/a:feed/a:subtitle)',
					feedAuthor: 'string(/a:feed/a:author/a:name)',
					self: "string(/a:feed/a:link[@rel='self']/@href)",
					id: `string(${at}/a:id)`,
					title: `string(${at}/a:title)`,
					alternate: `string(${at}/a:link/@href)`,
					summary: `string(${at}/a:summary)`,
					content: `string(${at}/a:content)`,
					author: `string(${at}/a:author/a:name)`,
					term: `string(${at}/a:category/@term)`,
					label: `string(${at}/a:category/@label)`
				})
			).toEqual({
				feedId: `https://tilts.example/?${HOSTILE_OUT}`,
				feedTitle: HOSTILE_OUT,
				subtitle: HOSTILE_OUT,
				feedAuthor: HOSTILE_OUT,
				self: `https://tilts.example/"${HOSTILE_OUT}`,
				id: `tag:tilts.example,2024:${HOSTILE_OUT}`,
				title: HOSTILE_OUT,
				alternate: `https://tilts.example/lv/news/1?q="${HOSTILE_OUT}"&x='1'`,
				summary: HOSTILE_OUT,
				content: `<p>${HOSTILE_OUT}</p>`,
				author: HOSTILE_OUT,
				term: HOSTILE_OUT,
				label: HOSTILE_OUT
			});
		}
	);

	it('is well-formed UTF-8 with no raw markup characters inside the text', () => {
		const xml = buildAtomFeed(hostile);
		expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(xml))).toBe(
			xml
		);
		expect(xml).not.toMatch(/[[\p{Cc}--[\t\n\r]]\ufffe\uffff]|[\ud800-\udfff]/v);
		expect(xml).not.toContain('<script');
		expect(xml).not.toContain(']]>');
		expect(xml).toContain('&lt;/title&gt;&lt;/entry&gt;&lt;entry&gt;');
		expect(xml).toContain('👩🏽‍💻');
	});
});

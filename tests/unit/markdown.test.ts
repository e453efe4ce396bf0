import { parse, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
	markdownProblems,
	markdownToText,
	renderMarkdown,
	sanitizeRendered
} from '../../src/lib/server/markdown.ts';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

// The allowlist, restated here rather than imported: the tests check the module against the
// requirement, not against itself.
const ALLOWED: Record<string, string[]> = {
	h2: [],
	h3: [],
	h4: [],
	p: [],
	ul: [],
	ol: ['start'],
	li: [],
	strong: [],
	em: [],
	code: [],
	pre: [],
	blockquote: [],
	a: ['href', 'rel', 'title'],
	img: ['src', 'alt', 'title'],
	hr: [],
	br: [],
	table: [],
	thead: [],
	tbody: [],
	tr: [],
	th: [],
	td: []
};
const FORBIDDEN_TAGS = [
	'script',
	'style',
	'iframe',
	'object',
	'embed',
	'svg',
	'math',
	'form',
	'button',
	'input',
	'meta',
	'link',
	'base',
	'noscript',
	'template'
];
const HTML_NS = 'http://www.w3.org/1999/xhtml';

function isElement(node: Node): node is Element {
	return 'tagName' in node;
}

/** The scheme a browser would see in an address, or '' for a relative one. */
function scheme(url: string): string {
	return URL.parse(url)?.protocol ?? '';
}

/**
 * Everything wrong with a piece of HTML as a page would take it: parsed by parse5, which follows
 * the HTML standard's tree building as browsers do, inside the element the page puts it in.
 */
function violations(html: string): string[] {
	const found: string[] = [];
	if (/<script/i.test(html)) found.push('"<script" in the text');
	const document = parse(
		`<!doctype html><html><head></head><body><article>${html}</article></body></html>`
	);
	const root = document.childNodes.find(isElement)!;
	const [head, body] = root.childNodes.filter(isElement);
	if (head.childNodes.length > 0) found.push('something moved into <head>');
	const outside = body.childNodes.filter(
		(node) => !(isElement(node) && node.tagName === 'article')
	);
	if (outside.length > 0 || body.childNodes.length !== 1)
		found.push('content outside its container');

	const visit = (node: Node): void => {
		if (node.nodeName === '#comment') found.push('a comment');
		if (isElement(node)) {
			const tag = node.tagName;
			if (node.namespaceURI !== HTML_NS) found.push(`<${tag}> in namespace ${node.namespaceURI}`);
			if (FORBIDDEN_TAGS.includes(tag)) found.push(`<${tag}>`);
			if (!(tag in ALLOWED)) found.push(`<${tag}> is not allowed`);
			for (const { name, value } of node.attrs) {
				if (/^on/i.test(name)) found.push(`${name} on <${tag}>`);
				if (name === 'style') found.push(`style on <${tag}>`);
				if (!(ALLOWED[tag] ?? []).includes(name)) found.push(`${name} on <${tag}> is not allowed`);
				if (
					/^\s*(javascript|data|vbscript):/i.test(
						value.replace(/[[\p{Cc}&&\p{ASCII}]--[\x7f]]/gv, '')
					)
				)
					found.push(`${name}="${value}" on <${tag}>`);
			}
			const attribute = (name: string) => node.attrs.find((a) => a.name === name)?.value;
			if (tag === 'a') {
				const href = attribute('href') ?? '';
				if (!['http:', 'https:', 'mailto:'].includes(scheme(href)))
					found.push(`<a href="${href}">`);
				if (attribute('rel') !== 'nofollow noopener') found.push(`<a rel="${attribute('rel')}">`);
			}
			if (tag === 'img') {
				if (scheme(attribute('src') ?? '') !== 'https:')
					found.push(`<img src="${attribute('src')}">`);
				if (!attribute('alt')?.trim()) found.push('<img> without alt');
			}
		}
		if ('childNodes' in node) node.childNodes.forEach(visit);
		if ('content' in node) visit(node.content);
	};
	body.childNodes.filter(isElement).forEach((container) => container.childNodes.forEach(visit));
	return found;
}

/** Safe as it is, and still safe after a browser reads it and writes it out again (mutation XSS). */
function expectSafe(html: string): void {
	expect(violations(html), html).toEqual([]);
	const reserialised = serialize(parse(`<!doctype html><body>${html}`));
	expect(violations(reserialised.replace(/^.*<body>|<\/body>.*$/gs, '')), reserialised).toEqual([]);
}

describe('renderMarkdown: what it keeps', () => {
	it.each([
		['a paragraph', 'Hello, world.', '<p>Hello, world.</p>\n'],
		[
			'emphasis, strong and code',
			'A *b* **c** `d < e`',
			'<p>A <em>b</em> <strong>c</strong> <code>d &lt; e</code></p>\n'
		],
		[
			'a fenced code block, without its language class',
			'```js\nlet a = 1 < 2;\n```',
			'<pre><code>let a = 1 &lt; 2;\n</code></pre>\n'
		],
		['an indented code block', '    indented', '<pre><code>indented\n</code></pre>\n'],
		['a quotation', '> quoted', '<blockquote>\n<p>quoted</p>\n</blockquote>\n'],
		['a bulleted list', '- one\n- two', '<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n'],
		['a numbered list', '1. one\n2. two', '<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n'],
		['a numbered list that starts later', '3. three', '<ol start="3">\n<li>three</li>\n</ol>\n'],
		['a rule', 'above\n\n---\n\nbelow', '<p>above</p>\n<hr />\n<p>below</p>\n'],
		['a hard line break', 'line  \nbreak', '<p>line<br />\nbreak</p>\n'],
		[
			'a table, without its alignment styles',
			'| a | b |\n|:--|--:|\n| 1 | 2 |',
			'<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n'
		],
		['# as an h2: the page has its own h1', '# Title', '<h2>Title</h2>\n'],
		['## as an h3', '## Part', '<h3>Part</h3>\n'],
		['### as an h4', '### Point', '<h4>Point</h4>\n'],
		['#### and deeper as an h4 too', '#### Four\n\n###### Six', '<h4>Four</h4>\n<h4>Six</h4>\n'],
		['an underlined title as an h2', 'Title\n=====', '<h2>Title</h2>\n'],
		[
			'a link, with rel and no target',
			'[site](https://example.org/a?b=1&c=2)',
			'<p><a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener">site</a></p>\n'
		],
		[
			'a link title',
			'[site](https://example.org "The site")',
			'<p><a href="https://example.org" rel="nofollow noopener" title="The site">site</a></p>\n'
		],
		[
			'an http link',
			'[site](http://example.org)',
			'<p><a href="http://example.org" rel="nofollow noopener">site</a></p>\n'
		],
		[
			'a mailto link',
			'[write](mailto:info@example.org)',
			'<p><a href="mailto:info@example.org" rel="nofollow noopener">write</a></p>\n'
		],
		[
			'an autolink',
			'<https://example.org>',
			'<p><a href="https://example.org" rel="nofollow noopener">https://example.org</a></p>\n'
		],
		[
			'a bare address (linkify)',
			'See https://example.org now',
			'<p>See <a href="https://example.org" rel="nofollow noopener">https://example.org</a> now</p>\n'
		],
		[
			'a bare e-mail address (linkify)',
			'Write to info@example.org',
			'<p>Write to <a href="mailto:info@example.org" rel="nofollow noopener">info@example.org</a></p>\n'
		],
		// Pictures from other sites are links to them (pages load nothing from elsewhere).
		[
			'an image with alt text',
			'![Bridge at dusk](https://example.org/b.jpg)',
			'<p><a href="https://example.org/b.jpg" rel="nofollow noopener">Bridge at dusk</a></p>\n'
		],
		[
			'an image with a title',
			'![Bridge](https://example.org/b.jpg "At dusk")',
			'<p><a href="https://example.org/b.jpg" rel="nofollow noopener">Bridge</a></p>\n'
		],
		[
			'an image in a link',
			'[![Logo](https://example.org/l.png)](https://example.org)',
			'<p><a href="https://example.org" rel="nofollow noopener">Logo</a></p>\n'
		],
		[
			'a description that looks like markup',
			'![<b>"x"</b> & y](https://example.org/b.jpg)',
			'<p><a href="https://example.org/b.jpg" rel="nofollow noopener">&lt;b&gt;"x"&lt;/b&gt; &amp; y</a></p>\n'
		],
		['non-Latin text', 'Daugavpils — Даугавпилс, Łódź', '<p>Daugavpils — Даугавпилс, Łódź</p>\n'],
		['nothing', '', '']
	])('%s', (_, source, html) => {
		expect(renderMarkdown(source)).toBe(html);
	});
});

describe('renderMarkdown: what it refuses', () => {
	it.each([
		[
			'an image without alt text is dropped',
			'Before ![](https://example.org/b.jpg) after',
			'<p>Before  after</p>\n'
		],
		['an image with blank alt text is dropped', '![   ](https://example.org/b.jpg)', '<p></p>\n'],
		['an image over http is dropped', '![Bridge](http://example.org/b.jpg)', '<p></p>\n'],
		['an image at a relative address is dropped', '![Bridge](/b.jpg)', '<p></p>\n'],
		['a relative link keeps only its words', '[about](/about)', '<p>about</p>\n'],
		['an anchor link keeps only its words', '[below](#below)', '<p>below</p>\n'],
		['a protocol-relative link keeps only its words', '[x](//example.org)', '<p>x</p>\n'],
		['an ftp link keeps only its words', '[x](ftp://example.org)', '<p>x</p>\n'],
		[
			'a bare ftp or protocol-relative address stays text',
			'ftp://example.org //example.org',
			'<p>ftp://example.org //example.org</p>\n'
		],
		['raw HTML is shown as text', 'Say <b>hi</b>', '<p>Say &lt;b&gt;hi&lt;/b&gt;</p>\n'],
		[
			'a raw HTML block is shown as text',
			'<div class="x">\nhi\n</div>',
			'<p>&lt;div class="x"&gt;\nhi\n&lt;/div&gt;</p>\n'
		],
		['strikethrough is not HTML of ours: the tildes stay', '~~old~~', '<p>~~old~~</p>\n']
	])('%s', (_, source, html) => {
		expect(renderMarkdown(source)).toBe(html);
	});
});

// Each vector goes through renderMarkdown (the real path), and straight through the sanitiser, as
// if markdown-it had let it through: the second line of defence must hold on its own.
const XSS: string[] = [
	'<script>alert(1)</script>',
	'<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
	'<scr<script>ipt>alert(1)</scr</script>ipt>',
	'<img src=x onerror=alert(1)>',
	'<img src="https://example.org/a.png" alt="a" onerror="alert(1)">',
	'<img src=x:alert(alt) onerror=eval(src) alt=0>',
	'<img src="x` `<script>alert(1)</script>"` `>',
	'<svg onload=alert(1)>',
	'<svg><script>alert(1)</script></svg>',
	'<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'<body onload=alert(1)>',
	'<details open ontoggle=alert(1)>',
	'<input autofocus onfocus=alert(1)>',
	'<x onclick=alert(1)>x</x>',
	'<video><source onerror=alert(1)></video>',
	'<iframe src="javascript:alert(1)"></iframe>',
	'<iframe srcdoc="<script>alert(1)</script>"></iframe>',
	'<object data="javascript:alert(1)"></object>',
	'<embed src="data:text/html,<script>alert(1)</script>">',
	'<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
	'<base href="javascript:alert(1)//">',
	'<link rel=stylesheet href="https://evil.example/x.css">',
	'<div style="background:url(javascript:alert(1))">x</div>',
	'<p style="width: expression(alert(1))">x</p>',
	'<style>@import "https://evil.example/x.css";</style>',
	'<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
	'<a href="javascript:alert(1)">x</a>',
	'<a href="java\nscript:alert(1)">x</a>',
	'<a href="jav&#x0A;ascript:alert(1)">x</a>',
	'<a href="&#x6A;avascript:alert(1)">x</a>',
	'<a href=" &#14; javascript:alert(1)">x</a>',
	'<a href="https://example.org" target="_blank" onclick="alert(1)">x</a>',
	'<a href="/relative">x</a>',
	'<!-- <script>alert(1)</script> -->',
	'<!--[if IE]><script>alert(1)</script><![endif]-->',
	'<![CDATA[<script>alert(1)</script>]]>',
	'<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
	'<template><script>alert(1)</script></template>',
	'<xmp><img src=x onerror=alert(1)></xmp>',
	'<textarea><img src=x onerror=alert(1)></textarea>',
	'[click](javascript:alert(1))',
	'[click](JaVaScRiPt:alert(1))',
	'[click](  javascript:alert(1))',
	'[click](<javascript:alert(1)>)',
	'[click](jav&#x09;ascript:alert(1))',
	'[click](jav&#9;ascript:alert(1))',
	'[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
	'[click](javascript&colon;alert(1))',
	'[click](java\u0000script:alert(1))',
	'[click](\u0001javascript:alert(1))',
	'[click](java%0ascript:alert(1))',
	'[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'[click](vbscript:msgbox(1))',
	'<javascript:alert(1)>',
	'<JAVASCRIPT:alert(1)>',
	'<data:text/html,alert(1)>',
	'<vbscript:msgbox(1)>',
	'[click][x]\n\n[x]: javascript:alert(1)',
	'[x]\n\n[x]: data:text/html,hi "title"',
	'[click][x]\n\n[x]: <vbscript:msgbox(1)>',
	'![a](javascript:alert(1))',
	'![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
	'![a](https://example.org/a.png"onerror="alert(1))',
	'![a" onerror="alert(1)](https://example.org/a.png)',
	'[a](https://example.org "title\\" onmouseover=\\"alert(1)")',
	'[a](https://example.org \'a" onclick="alert(1)\')',
	'[a](https://example.org (x" onfocus="alert(1)" autofocus x))',
	'[a](https://example.org/"><script>alert(1)</script>)',
	'[[a](javascript:alert(1))](https://example.org)',
	'[a](https://example.org)[b](javascript:alert(1))',
	'[![a](https://example.org/i.png)](javascript:alert(1))',
	'[a]([b](javascript:alert(1)))',
	'https://example.org/"onmouseover="alert(1)',
	'info@example.org"onmouseover="alert(1)',
	'`<script>alert(1)</script>`',
	'```html\n<script>alert(1)</script>\n```',
	'```"><script>alert(1)</script>\ncode\n```',
	'# <img src=x onerror=alert(1)>',
	'| <script>alert(1)</script> | b |\n|---|---|\n| [c](javascript:alert(1)) | d |',
	'> <iframe src=javascript:alert(1)>',
	'- [x](javascript:alert(1))\n- ![y](javascript:alert(1))',
	'<a href="https://example.org">ok</a><a href="javascript:alert(1)">bad</a>'
];

describe('renderMarkdown: XSS vectors', () => {
	it(`has a set of ${XSS.length} vectors`, () => {
		expect(XSS.length).toBeGreaterThanOrEqual(40);
	});

	it.each(XSS)('rendered: %j', (source) => {
		expectSafe(renderMarkdown(source));
	});

	it.each(XSS)('sanitised as HTML: %j', (html) => {
		expectSafe(sanitizeRendered(html));
	});

	it('shows the text of a refused link, not the link', () => {
		expect(renderMarkdown('[click](javascript:alert(1))')).toBe('<p>click</p>\n');
		expect(renderMarkdown('<javascript:alert(1)>')).toBe('<p>javascript:alert(1)</p>\n');
		// A link cannot hold a link: the inner one is the link, refused; the outer is text, linkified.
		expect(renderMarkdown('[[a](javascript:alert(1))](https://example.org)')).toBe(
			'<p>[a](<a href="https://example.org" rel="nofollow noopener">https://example.org</a>)</p>\n'
		);
	});

	it('keeps the safe part of raw HTML only as far as the allowlist goes', () => {
		expect(
			sanitizeRendered('<a href="https://example.org" target="_blank" onclick="alert(1)">x</a>')
		).toBe('<a href="https://example.org" rel="nofollow noopener">x</a>');
		expect(sanitizeRendered('<a href="/relative">x</a>')).toBe('x');
		expect(
			sanitizeRendered('<img src="https://example.org/a.png" alt="a" onerror="alert(1)">')
		).toBe('<img src="https://example.org/a.png" alt="a" />');
		expect(sanitizeRendered('<img src="https://example.org/a.png">')).toBe('');
		expect(sanitizeRendered('<h1 id="x" class="y">Title</h1><h5>Small</h5>')).toBe('TitleSmall');
	});

	it('the checks themselves catch what they look for', () => {
		expect(violations('<script>alert(1)</script>')).not.toEqual([]);
		expect(
			violations('<img src="https://example.org/a.png" alt="a" onerror="alert(1)">')
		).not.toEqual([]);
		expect(
			violations('<a href="jav&#x09;ascript:alert(1)" rel="nofollow noopener">x</a>')
		).not.toEqual([]);
		expect(violations('<a href="/about" rel="nofollow noopener">x</a>')).not.toEqual([]);
		expect(violations('<p style="color:red">x</p>')).not.toEqual([]);
		expect(violations('<svg></svg>')).not.toEqual([]);
		expect(violations('</article><p>escaped</p>')).not.toEqual([]);
		expect(
			violations('<p><a href="https://example.org" rel="nofollow noopener">x</a></p>')
		).toEqual([]);
	});
});

describe('markdownProblems', () => {
	it('finds nothing in clean text', () => {
		expect(
			markdownProblems(
				'# Title\n\nSee [the site](https://example.org), ![Logo](https://example.org/l.png) and `<br>`.'
			)
		).toEqual([]);
	});

	it.each([
		[
			'an image without alt text',
			'![](https://example.org/b.jpg)',
			[{ kind: 'image_without_alt', detail: 'https://example.org/b.jpg' }]
		],
		[
			'an image over http',
			'![Bridge](http://example.org/b.jpg)',
			[{ kind: 'unsafe_link', detail: 'http://example.org/b.jpg' }]
		],
		[
			'a javascript: link',
			'[x](javascript:alert(1))',
			[{ kind: 'unsafe_link', detail: 'javascript:alert(1)' }]
		],
		[
			'a data: link',
			'[x](data:text/html,hi)',
			[{ kind: 'unsafe_link', detail: 'data:text/html,hi' }]
		],
		[
			'a file: link',
			'[x](file:///etc/passwd)',
			[{ kind: 'unsafe_link', detail: 'file:///etc/passwd' }]
		],
		['a relative link', '[x](/about)', [{ kind: 'unsafe_link', detail: '/about' }]],
		[
			'a javascript: autolink',
			'<javascript:alert(1)>',
			[{ kind: 'unsafe_link', detail: 'javascript:alert(1)' }]
		],
		[
			'a reference link',
			'[x][r]\n\n[r]: javascript:alert(1)',
			[{ kind: 'unsafe_link', detail: 'javascript:alert(1)' }]
		],
		[
			'an address as written, not percent-encoded',
			'[x](/a%20b/ü)',
			[{ kind: 'unsafe_link', detail: '/a b/ü' }]
		],
		[
			'raw HTML tags',
			'Say <b>hi</b>',
			[
				{ kind: 'raw_html', detail: '<b>' },
				{ kind: 'raw_html', detail: '</b>' }
			]
		],
		[
			'a raw HTML block, by its first line',
			'<script>\nalert(1)\n</script>',
			[{ kind: 'raw_html', detail: '<script>' }]
		],
		['an HTML comment', 'a <!-- note --> b', [{ kind: 'raw_html', detail: '<!-- note -->' }]],
		[
			'an image with neither alt nor a safe address',
			'![](javascript:alert(1))',
			[
				{ kind: 'image_without_alt', detail: 'javascript:alert(1)' },
				{ kind: 'unsafe_link', detail: 'javascript:alert(1)' }
			]
		]
	])('finds %s', (_, source, problems) => {
		expect(markdownProblems(source)).toEqual(problems);
	});

	it('does not take "<" in code, escaped or in a comparison for HTML', () => {
		expect(markdownProblems('`<div>`\n\n    <div>\n\n\\<div> and 1 < 2 &lt;b&gt;')).toEqual([]);
	});

	it('gives each problem once, paragraph by paragraph', () => {
		const source = [
			'<b>x</b> and <b>y</b>',
			'',
			'![](https://example.org/a.png)',
			'',
			'[a](/one) [b](/one) [c](javascript:x)'
		].join('\n');
		expect(markdownProblems(source)).toEqual([
			{ kind: 'raw_html', detail: '<b>' },
			{ kind: 'raw_html', detail: '</b>' },
			{ kind: 'image_without_alt', detail: 'https://example.org/a.png' },
			{ kind: 'unsafe_link', detail: '/one' },
			{ kind: 'unsafe_link', detail: 'javascript:x' }
		]);
	});

	it('shortens a long detail', () => {
		const [problem] = markdownProblems(`[x](/${'a'.repeat(500)})`);
		expect(problem.detail.length).toBeLessThanOrEqual(80);
		expect(problem.detail.endsWith('…')).toBe(true);
	});
});

describe('markdownToText', () => {
	it.each([
		[
			'headings, paragraphs and lists, one space between blocks',
			'# Title\n\nFirst  paragraph\nwraps.\n\n- one\n- two',
			'Title First paragraph wraps. one two'
		],
		[
			'the words of links and emphasis, not the addresses',
			'See **[the site](https://example.org)** and *more*.',
			'See the site and more.'
		],
		['code as written', 'Run `npm ci`:\n\n```\nnpm   test\n```', 'Run npm ci: npm test'],
		['entities decoded: plain text, not HTML', 'Salt &amp; pepper &lt;3', 'Salt & pepper <3'],
		['raw HTML as the text it is shown as', 'Say <b>hi</b>', 'Say <b>hi</b>'],
		['the words of a refused link', '[click](javascript:alert(1))', 'click'],
		['no images', 'Look: ![Bridge](https://example.org/b.jpg)', 'Look:'],
		['a table', '| a | b |\n|---|---|\n| 1 | 2 |', 'a b 1 2'],
		['nothing', '  \n\n ', '']
	])('%s', (_, source, text) => {
		expect(markdownToText(source)).toBe(text);
	});
});

describe('stable output for server rendering', () => {
	const source =
		'# Title\n\nText with [a link](https://example.org), ![Bridge](https://example.org/b.jpg), <b>html</b> and [bad](javascript:x).\n\n| a |\n|---|\n| 1 |';

	it('gives the same HTML, text and problems every time, whatever came between', () => {
		const first = [
			renderMarkdown(source),
			markdownToText(source),
			JSON.stringify(markdownProblems(source))
		];
		for (const other of XSS) {
			renderMarkdown(other);
			markdownProblems(other);
		}
		expect([
			renderMarkdown(source),
			markdownToText(source),
			JSON.stringify(markdownProblems(source))
		]).toEqual(first);
	});
});

describe('over-long input', () => {
	const MEGABYTE = 1 << 20;
	const fill = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE);

	it('renders a megabyte of mixed text with attacks in it, sanitised', { timeout: 120_000 }, () => {
		const source = fill(
			`## Part\n\nSome **bold** text, a [link](https://example.org) and \`code\`.\n\n${XSS.slice(0, 10).join('\n\n')}\n\n- item\n- [bad](javascript:alert(1))\n\n`
		);
		const html = renderMarkdown(source);
		expect(html.length).toBeGreaterThan(MEGABYTE);
		expectSafe(html);
		expect(markdownToText(source).length).toBeGreaterThan(0);
		expect(markdownProblems(source).length).toBeGreaterThan(0);
	});

	it('renders a megabyte of unclosed brackets and emphasis', { timeout: 120_000 }, () => {
		const source = fill('[![*_`<');
		const html = renderMarkdown(source);
		expect(html.startsWith('<p>')).toBe(true);
		expectSafe(html);
	});
});

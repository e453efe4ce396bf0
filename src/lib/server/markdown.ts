import MarkdownIt from 'markdown-it';
import type { RendererRule, StateCore, Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Partners write Markdown; readers get HTML that the page puts in with {@html}. Two lines of
// defence: markdown-it never passes raw HTML through and our rule below keeps only the links and
// images we allow; sanitize-html then keeps only the tags and attributes listed here, whatever
// markdown-it (or a future plugin) produced.

const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];
const IMAGE_SCHEMES = ['https:'];

export type MarkdownProblem = {
	kind: 'image_without_alt' | 'unsafe_link' | 'raw_html';
	detail: string;
};
// Where in the text, to give the problems in its order.
type Found = MarkdownProblem & { line: number };

/**
 * Whether an address is absolute with one of the schemes. Read the way a browser reads it (the
 * WHATWG URL parser): tabs and newlines anywhere and control characters or spaces at the ends are
 * dropped, so "java\nscript:" is javascript: and refused like it. A relative address has no
 * scheme: it does not parse without a base and is refused too.
 */
function hasScheme(url: string, schemes: readonly string[]): boolean {
	const parsed = URL.parse(url);
	return parsed !== null && schemes.includes(parsed.protocol);
}

function createParser(html: boolean) {
	const md = new MarkdownIt({ html, linkify: true, typographer: false });
	// markdown-it leaves a link it deems unsafe as literal text, which would hide it from
	// markdownProblems; keepAllowedLinks decides instead, with a stricter rule.
	md.validateLink = () => true;
	// Only http(s) addresses and e-mail addresses become links of themselves: ftp:// and //host
	// would only be refused afterwards, and are not links the author chose to make.
	md.linkify.add('ftp:', null).add('//', null);
	// ~~struck~~ text would lose its line in the allowlist and say the opposite: keep the tildes.
	md.disable('strikethrough');
	md.core.ruler.push('tilts_headings', shiftHeadings);
	md.core.ruler.push('tilts_links', keepAllowedLinks);
	md.renderer.rules.image = pictureAsLink;
	return md;
}

/**
 * A picture is shown as a link to it, named by its description: pages load nothing from other
 * sites (the Content Security Policy allows images from this site only), and pictures kept here
 * come with file uploads. Inside a link, only the description.
 */
const pictureAsLink: RendererRule = (tokens, idx, options, env, self) => {
	const token = tokens[idx];
	const description = self.renderInlineAsText(token.children ?? [], options, env);
	const depth = tokens
		.slice(0, idx)
		.reduce((open, t) => open + (t.type === 'link_open' ? 1 : t.type === 'link_close' ? -1 : 0), 0);
	const text = escapeHtml(description);
	return depth > 0 ? text : `<a href="${escapeHtml(attribute(token, 'src'))}">${text}</a>`;
};

function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** The page has its own h1: an author's # is an h2, ## an h3, and anything deeper an h4. */
function shiftHeadings(state: StateCore): void {
	for (const token of state.tokens) {
		if (token.type === 'heading_open' || token.type === 'heading_close') {
			token.tag = `h${Math.min(Number(token.tag.slice(1)) + 1, 4)}`;
		}
	}
}

function attribute(token: Token, name: string): string {
	return String(token.attrGet(name) ?? '');
}

function imageAlt(token: Token): string {
	return (token.children ?? [])
		.map((child) => child.content)
		.join('')
		.trim();
}

// Long enough to recognise, short enough for a message.
function shorten(text: string): string {
	const oneLine = text.replace(/\s+/g, ' ').trim();
	return oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
}

/** An address as the author wrote it, not percent-encoded as it went into the link. */
function shownUrl(md: StateCore['md'], url: string): string {
	return shorten(md.normalizeLinkText(url));
}

// What keepAllowedLinks refused, where markdownProblems asks for it.
type Env = { refused?: Found[] };

/**
 * A link to a refused address loses its link but keeps its words; a refused image goes. markdown-it
 * has no notion of alt text being required, nor of our schemes: this is the first line of defence.
 */
function keepAllowedLinks(state: StateCore): void {
	const env = state.env as Env;
	const refused = env.refused ?? [];
	for (const block of state.tokens) {
		if (block.type !== 'inline' || !block.children) continue;
		const line = block.map?.[0] ?? 0;
		const kept: boolean[] = [];
		block.children = block.children.filter((token) => {
			if (token.type === 'link_open') {
				const href = attribute(token, 'href');
				const allowed = hasScheme(href, LINK_SCHEMES);
				if (!allowed) refused.push({ line, kind: 'unsafe_link', detail: shownUrl(state.md, href) });
				kept.push(allowed);
				return allowed;
			}
			if (token.type === 'link_close') return kept.pop() ?? false;
			if (token.type === 'image') {
				const src = attribute(token, 'src');
				const described = imageAlt(token) !== '';
				const allowed = hasScheme(src, IMAGE_SCHEMES);
				if (!described)
					refused.push({ line, kind: 'image_without_alt', detail: shownUrl(state.md, src) });
				if (!allowed) refused.push({ line, kind: 'unsafe_link', detail: shownUrl(state.md, src) });
				return described && allowed;
			}
			return true;
		});
	}
}

const markdown = createParser(false);
// Only to find what an author meant as HTML: the same text read with HTML on.
const markdownWithHtml = createParser(true);

const REL = 'nofollow noopener';

const sanitizeOptions: sanitizeHtml.IOptions = {
	allowedTags: [
		'h2',
		'h3',
		'h4',
		'p',
		'ul',
		'ol',
		'li',
		'strong',
		'em',
		'code',
		'pre',
		'blockquote',
		'a',
		'img',
		'hr',
		'br',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td'
	],
	// Table alignment comes as a style attribute and is lost: no style at all is worth more.
	allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt', 'title'], ol: ['start'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesByTag: { img: ['https'] },
	allowedSchemesAppliedToAttributes: ['href', 'src'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	transformTags: {
		// sanitize-html lets any relative address through: refuse those here. A span is not allowed,
		// so a refused link is unwrapped and its words stay. No target: the reader decides.
		a: (tagName, attribs) => {
			if (!hasScheme(attribs.href ?? '', LINK_SCHEMES)) return { tagName: 'span', attribs: {} };
			const kept: sanitizeHtml.Attributes = { href: attribs.href, rel: REL };
			if (attribs.title) kept.title = attribs.title;
			return { tagName, attribs: kept };
		}
	},
	// Runs after the attributes were filtered: an image whose src or alt did not survive goes.
	exclusiveFilter: (frame) =>
		frame.tag === 'img' &&
		!(hasScheme(frame.attribs.src ?? '', IMAGE_SCHEMES) && (frame.attribs.alt ?? '').trim() !== '')
};

/**
 * The second line of defence on its own: any HTML cut down to what renderMarkdown may give. Exported
 * so that the tests can hand it the HTML that markdown-it never should.
 */
export function sanitizeRendered(html: string): string {
	return sanitizeHtml(html, sanitizeOptions);
}

/** Markdown as HTML that is safe to put in a page with {@html}. The same text gives the same HTML. */
export function renderMarkdown(source: string): string {
	return sanitizeRendered(markdown.render(source));
}

/**
 * The words a reader sees, as plain text on one line, for search, summaries and feeds. Plain text,
 * not HTML: whoever puts it in a page or a feed escapes it.
 */
export function markdownToText(source: string): string {
	const parts: string[] = [];
	for (const token of markdown.parse(source, {})) {
		if (token.type === 'inline') {
			for (const child of token.children ?? []) {
				if (child.type === 'text' || child.type === 'code_inline') parts.push(child.content);
				else if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
			}
		} else if (token.type === 'code_block' || token.type === 'fence') {
			parts.push(' ', token.content, ' ');
		} else {
			// Block boundaries: "<p>one</p><p>two</p>" is "one two", not "onetwo".
			parts.push(' ');
		}
	}
	return parts.join('').replace(/\s+/g, ' ').trim();
}

// What would have been HTML, had HTML been on: tags, comments, CDATA, declarations. A "<" in
// code or an escaped one is not.
function htmlProblems(tokens: Token[]): Found[] {
	const found: Found[] = [];
	for (const block of tokens) {
		const line = block.map?.[0] ?? 0;
		if (block.type === 'html_block')
			found.push({ line, kind: 'raw_html', detail: shorten(block.content.split('\n')[0]) });
		for (const token of block.children ?? []) {
			if (token.type === 'html_inline')
				found.push({ line, kind: 'raw_html', detail: shorten(token.content) });
		}
	}
	return found;
}

/**
 * What an author should fix before publishing, paragraph by paragraph, each once: images without
 * alt text, links and images to addresses that are refused (and so shown as plain words or left
 * out), and HTML, which is shown as text.
 */
export function markdownProblems(source: string): MarkdownProblem[] {
	const env: Env = { refused: [] };
	markdown.parse(source, env);
	const found = [...(env.refused ?? []), ...htmlProblems(markdownWithHtml.parse(source, {}))];
	const seen = new Set<string>();
	return found
		.sort((a, b) => a.line - b.line)
		.filter(({ kind, detail }) => {
			const key = `${kind}\n${detail}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.map(({ kind, detail }) => ({ kind, detail }));
}

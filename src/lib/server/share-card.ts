// The picture a link to the portal shows where it is shared (Open Graph, Twitter cards) when its
// record has none of its own: the portal's colours and mark, the page's title and a caption,
// rendered here with sharp (no outside service sees the title). The text is laid out by Pango,
// which measures each line in the font it draws with, so a title in any alphabet is wrapped
// where it really ends, and a title too long for the card's box is set smaller until it fits.
import { createHash } from 'node:crypto';
import { error } from '@sveltejs/kit';
import sharp from 'sharp';
import { m } from '#lib/paraglide/messages.js';
import { CARD_SIZE as CARD } from '#lib/sharing.ts';

/** A card's margins and the boxes its texts must stay inside. */
const MARGIN = 80;
const TEXT_WIDTH = CARD.width - 2 * MARGIN;
const TITLE_BOX = { top: 170, height: 320 };
const CAPTION_BOX = { top: 520, height: 48 };
/** The title's size when it fits (points at 72 dpi, so pixels). */
const TITLE_SIZE = 64;
/** Longer titles are cut at a word and end with "…": past this, the text would be too small to read. */
const TITLE_MAX_CHARACTERS = 160;
const FONT = 'DejaVu Sans, Noto Sans, Liberation Sans, sans-serif';
const COLOURS = { background: '#1b3a5c', band: '#9e2b33', text: '#ffffff' };
/** Changes when the drawing does, so that caches do not keep cards drawn the old way. */
const DESIGN = '2';

const escapeMarkup = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** At most `max` characters (not UTF-16 units), cut at a word where there is one, with "…". */
export function shorten(text: string, max = TITLE_MAX_CHARACTERS): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	const characters = [...clean];
	if (characters.length <= max) return clean;
	const cut = characters.slice(0, max - 1).join('');
	const atWord = cut.replace(/\s+\S*$/, '');
	return `${atWord.length > max / 2 ? atWord : cut}…`;
}

type TextImage = { data: Buffer; info: { width: number; height: number } };

/** White text laid out in `width`: at `size` px if that fits in `height`, else as large as fits; null for no text. */
async function textImage(
	text: string,
	{ size, width, height, bold }: { size: number; width: number; height: number; bold: boolean }
): Promise<TextImage | null> {
	if (!text.trim()) return null;
	const markup = `<span foreground="${COLOURS.text}"${bold ? ' weight="bold"' : ''}>${escapeMarkup(text)}</span>`;
	const options = {
		text: markup,
		font: `${FONT} ${size}`,
		width,
		rgba: true,
		wrap: 'word-char' as const
	};
	const natural = await sharp({ text: { ...options, dpi: 72 } })
		.png()
		.toBuffer({ resolveWithObject: true });
	if (natural.info.height <= height && natural.info.width <= width) return natural;
	// Too long for the box: Pango chooses the largest size at which it fits.
	return sharp({ text: { ...options, font: FONT, height } })
		.png()
		.toBuffer({ resolveWithObject: true });
}

/** A PNG card: the portal's mark and name, `title` large and `caption` below it. */
export async function renderCard(
	title: string,
	caption: string,
	siteName: string
): Promise<Buffer> {
	const [heading, below, name] = await Promise.all([
		textImage(shorten(title), {
			size: TITLE_SIZE,
			width: TEXT_WIDTH,
			height: TITLE_BOX.height,
			bold: true
		}),
		textImage(shorten(caption, 90), {
			size: 34,
			width: TEXT_WIDTH,
			height: CAPTION_BOX.height,
			bold: false
		}),
		textImage(shorten(siteName, 30), { size: 44, width: TEXT_WIDTH - 130, height: 60, bold: true })
	]);
	const background = `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
	<rect width="100%" height="100%" fill="${COLOURS.background}"/>
	<rect y="${CARD.height - 24}" width="100%" height="24" fill="${COLOURS.band}"/>
	<g transform="translate(${MARGIN} 40) scale(3)" fill="none" stroke="${COLOURS.text}">
		<path d="M3 22c4-9 22-9 26 0" stroke-width="3"/><path d="M3 22h26M10 16v6M16 14v8M22 16v6" stroke-width="2"/>
	</g>
</svg>`;
	const placed = (image: TextImage | null, left: number, top: (height: number) => number) =>
		image ? [{ input: image.data, left, top: top(image.info.height) }] : [];
	return sharp(Buffer.from(background))
		.composite([
			// The name beside the mark, on its middle line.
			...placed(name, MARGIN + 120, (height) => 102 - Math.round(height / 2)),
			// The title in the middle of its box, whatever its number of lines.
			...placed(
				heading,
				MARGIN,
				(height) => TITLE_BOX.top + Math.round((TITLE_BOX.height - height) / 2)
			),
			...placed(below, MARGIN, () => CAPTION_BOX.top)
		])
		.png({ compressionLevel: 9, palette: true })
		.toBuffer();
}

/** Cards drawn lately, by what they show: the same texts are drawn once per process. */
const drawn = new Map<string, Promise<Buffer>>();
const KEPT_CARDS = 200;

function cardOf(key: string, draw: () => Promise<Buffer>): Promise<Buffer> {
	let card = drawn.get(key);
	if (card) drawn.delete(key);
	else {
		card = draw();
		card.catch(() => drawn.delete(key));
	}
	// Most recently used last; the least recently used go first.
	drawn.set(key, card);
	for (const oldest of drawn.keys()) {
		if (drawn.size <= KEPT_CARDS) break;
		drawn.delete(oldest);
	}
	return card;
}

/**
 * Browsers, CDNs and sharing services may keep a card for an hour and show it a day longer while
 * they ask again; a card is named by what it shows (its ETag), so asking again costs a 304.
 */
export const CARD_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

/** The answer with a card: from this process's copies when the same texts were drawn before. */
export async function cardResponse(
	request: Request,
	card: { title: string; caption: string; siteName: string }
): Promise<Response> {
	const key = createHash('sha256')
		.update(JSON.stringify([DESIGN, card.title, card.caption, card.siteName]))
		.digest('base64url')
		.slice(0, 32);
	const headers = new Headers({
		'content-type': 'image/png',
		'cache-control': CARD_CACHE_CONTROL,
		etag: `"${key}"`
	});
	const asked = request.headers.get('if-none-match');
	if (asked && asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === `"${key}"`))
		return new Response(null, { status: 304, headers });
	const png = await cardOf(key, () => renderCard(card.title, card.caption, card.siteName));
	headers.set('content-length', String(png.byteLength));
	return new Response(new Uint8Array(png), { headers });
}

/**
 * The card of a record (`title` in the reader's language) or of a page, or 404 when there is no
 * record the reader may see: each route reads its record as the reader, under row level security.
 */
export function cardFor(
	request: Request,
	title: string | null | undefined,
	caption: string = m.site_tagline()
): Promise<Response> {
	if (!title) error(404, { message: m.error_not_found() });
	return cardResponse(request, { title, caption, siteName: m.site_name() });
}

// The picture a link to the portal shows where it is shared (Open Graph, Twitter cards) when its
// record has none of its own: the portal's colours and mark, the record's title and a caption,
// drawn as SVG and rendered to PNG here with sharp (no outside service sees the title).
import sharp from 'sharp';
import { CARD_SIZE as CARD } from '#lib/sharing.ts';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The title in at most three lines of about `width` characters, the last one shortened with "…". */
function wrap(text: string, width = 24, maxLines = 3): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = '';
		}
		line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	const kept = lines.slice(0, maxLines).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
	if (lines.length > maxLines) kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, width - 1)}…`;
	return kept;
}

/** A PNG card with `title` large and `caption` (the portal's name) below it. */
export async function renderCard(title: string, caption: string): Promise<Buffer> {
	const lines = wrap(title);
	const text = lines.map((l, i) => `<tspan x="80" dy="${i === 0 ? 0 : 78}">${escapeXml(l)}</tspan>`).join('');
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
	<rect width="100%" height="100%" fill="#1b3a5c"/>
	<rect y="${CARD.height - 24}" width="100%" height="24" fill="#9e2b33"/>
	<g transform="translate(80 70) scale(3)" fill="none" stroke="#ffffff">
		<path d="M3 22c4-9 22-9 26 0" stroke-width="3"/><path d="M3 22h26M10 16v6M16 14v8M22 16v6" stroke-width="2"/>
	</g>
	<text x="80" y="${300 - (lines.length - 1) * 30}" font-family="DejaVu Sans, Noto Sans, Liberation Sans, sans-serif" font-size="62" font-weight="bold" fill="#ffffff">${text}</text>
	<text x="80" y="${CARD.height - 70}" font-family="DejaVu Sans, Noto Sans, Liberation Sans, sans-serif" font-size="36" fill="#ffffff">${escapeXml(caption)}</text>
</svg>`;
	return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The answer with a card: shared caches may keep it for a day. */
export async function cardResponse(title: string, caption: string): Promise<Response> {
	const png = await renderCard(title, caption);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' } });
}

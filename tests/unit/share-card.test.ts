// The sharing cards the portal draws (src/lib/server/share-card.ts): whatever the title's alphabet
// or length, its text stays inside the card's margins and above the caption. The cards are kept in
// test-results/cards for a look by eye.
import { mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardResponse, renderCard, shorten } from '../../src/lib/server/share-card.ts';

const TITLES = {
	latin: [
		'Young NEETs shaping EXpectations for The future of Europe',
		'Joint EU projects of partner towns'
	],
	greek: [
		'Ευρωπαϊκό δίκτυο πόλεων για την κοινωνική ένταξη των νέων και την ενεργό συμμετοχή',
		'Κοινά ευρωπαϊκά έργα των αδελφοποιημένων πόλεων'
	],
	cyrillic: [
		'Молодёжный обмен: Даугавпилс — Пловдив — Шяуляй, солидарность без границ',
		'12–14 марта 2024 · Даугавпилс, Латвия'
	],
	long: [
		'Demokrātiskās iesaistīšanās un sabiedriskās līdzdalības veicināšana pašvaldībās un nevalstiskajās organizācijās visā Eiropas Savienībā, ar īpašu uzmanību jauniešiem, senioriem un cilvēkiem ar invaliditāti, kā arī mazākumtautībām',
		'W'.repeat(140)
	],
	unbroken: ['W'.repeat(90), 'Tilts'],
	short: ['HOP!', '']
} as const;

const BACKGROUND = [0x1b, 0x3a, 0x5c];
const MARGIN = 80;
/** Where the caption begins: the title stays above it. */
const CAPTION_TOP = 520;

/** The rows and columns, outside the margins and between title and caption, that must hold background only. */
async function inkOutside(png: Buffer): Promise<string[]> {
	const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	const ink = (x: number, y: number) => {
		const i = (y * info.width + x) * 3;
		return BACKGROUND.some((value, c) => Math.abs(data[i + c] - value) > 8);
	};
	const found: string[] = [];
	for (let y = 0; y < info.height - 24; y++) {
		for (const x of [MARGIN - 6, info.width - MARGIN + 6, info.width - 1])
			if (ink(x, y)) found.push(`x=${x} y=${y}`);
	}
	// Between the title's box and the caption, no line of the title runs into the caption.
	for (let y = 492; y < CAPTION_TOP - 2; y++)
		for (let x = 0; x < info.width; x += 3) if (ink(x, y)) found.push(`x=${x} y=${y}`);
	return found.slice(0, 5);
}

describe('renderCard', () => {
	mkdirSync('test-results/cards', { recursive: true });
	for (const [name, [title, caption]] of Object.entries(TITLES)) {
		it(`keeps a ${name} title inside the card`, async () => {
			const png = await renderCard(title, caption, 'Tilts');
			writeFileSync(`test-results/cards/${name}.png`, png);
			const { width, height, format } = await sharp(png).metadata();
			expect([format, width, height]).toEqual(['png', 1200, 630]);
			expect(await inkOutside(png)).toEqual([]);
		});
	}

	it('draws the title: a card with a title differs from one without', async () => {
		const [titled, empty] = await Promise.all([
			renderCard('Young NEETs', 'Tilts', 'Tilts'),
			renderCard(' ', 'Tilts', 'Tilts')
		]);
		const stats = async (png: Buffer) => (await sharp(png).stats()).channels[0].mean;
		expect(await stats(titled)).toBeGreaterThan((await stats(empty)) + 1);
	});
});

describe('shorten', () => {
	it('keeps a short title, and cuts a long one at a word with an ellipsis', () => {
		expect(shorten('  Young   NEETs ')).toBe('Young NEETs');
		const cut = shorten('word '.repeat(100), 40);
		expect([...cut].length).toBeLessThanOrEqual(40);
		expect(cut).toMatch(/word…$/);
	});

	it('counts characters, not UTF-16 units, and cuts a word only when it has to', () => {
		expect(shorten('𝔸'.repeat(10), 10)).toBe('𝔸'.repeat(10));
		expect(shorten('W'.repeat(100), 10)).toBe(`${'W'.repeat(9)}…`);
	});
});

describe('cardResponse', () => {
	it('names a card by what it shows, answers 304 to that name, and lets caches keep it for an hour', async () => {
		const card = { title: 'Young NEETs', caption: 'Tilts', siteName: 'Tilts' };
		const first = await cardResponse(new Request('http://portal/en/card.png'), card);
		expect(first.status).toBe(200);
		expect(first.headers.get('content-type')).toBe('image/png');
		expect(first.headers.get('cache-control')).toMatch(/^public, max-age=3600\b/);
		const tag = first.headers.get('etag')!;
		const again = await cardResponse(
			new Request('http://portal/en/card.png', { headers: { 'if-none-match': tag } }),
			card
		);
		expect(again.status).toBe(304);
		const renamed = await cardResponse(
			new Request('http://portal/en/card.png', { headers: { 'if-none-match': tag } }),
			{ ...card, title: 'HOP!' }
		);
		expect(renamed.status).toBe(200);
		expect(renamed.headers.get('etag')).not.toBe(tag);
	});
});

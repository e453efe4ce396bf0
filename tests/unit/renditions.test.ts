// Web-sized renditions of uploaded images (src/lib/server/files.ts): their sizes, their orientation,
// and that nothing of the original's metadata survives. Real images, made with sharp here.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeRenditions, MAX_IMAGE_PIXELS, type Rendition } from '../../src/lib/server/files.ts';

const image = (width: number, height: number, channels: 3 | 4 = 3) =>
	sharp({
		create: {
			width,
			height,
			channels,
			background: channels === 4 ? { r: 200, g: 30, b: 30, alpha: 0.5 } : { r: 200, g: 30, b: 30 }
		}
	});

async function renditions(bytes: Uint8Array): Promise<Rendition[]> {
	const made = await makeRenditions(bytes);
	if (typeof made === 'string') throw new Error(`no renditions: ${made}`);
	return made;
}

const sizes = (made: Rendition[]) =>
	Object.fromEntries(made.map((r) => [r.name, [r.width, r.height]]));

describe('makeRenditions', () => {
	it('fits a 3000 × 2000 PNG into 1600 × 1600 and 400 × 400, keeping its proportions', async () => {
		const made = await renditions(await image(3000, 2000).png().toBuffer());
		expect(sizes(made)).toEqual({ web: [1600, 1067], thumb: [400, 267] });
		for (const rendition of made) {
			const meta = await sharp(rendition.bytes).metadata();
			expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
				format: 'webp',
				width: rendition.width,
				height: rendition.height
			});
			expect(rendition.contentType).toBe('image/webp');
		}
	});

	it('never enlarges a small image, and keeps a portrait one upright-sized', async () => {
		expect(sizes(await renditions(await image(300, 200).png().toBuffer()))).toEqual({
			web: [300, 200],
			thumb: [300, 200]
		});
		expect(sizes(await renditions(await image(1000, 4000).jpeg().toBuffer()))).toEqual({
			web: [400, 1600],
			thumb: [100, 400]
		});
	});

	it('turns a photo upright as its EXIF orientation says', async () => {
		// Stored 1200 × 800, shown turned a quarter (orientation 6): upright it is 800 × 1200.
		const sideways = await image(1200, 800).jpeg().withMetadata({ orientation: 6 }).toBuffer();
		expect(sizes(await renditions(sideways))).toEqual({ web: [800, 1200], thumb: [267, 400] });
	});

	it('keeps nothing of the original metadata: no EXIF (no GPS position), no ICC profile, no XMP', async () => {
		const photo = await image(2000, 1500)
			.jpeg()
			.withExif({
				IFD0: { Make: 'Test camera', Copyright: 'Someone' },
				IFD3: {
					GPSLatitudeRef: 'N',
					GPSLatitude: '55/1 52/1 30/1',
					GPSLongitudeRef: 'E',
					GPSLongitude: '26/1 31/1 0/1'
				}
			})
			.withIccProfile('p3')
			.toBuffer();
		const original = await sharp(photo).metadata();
		// The test image really carries what must go.
		expect(original.exif?.toString('latin1')).toContain('Test camera');
		expect(original.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD tag (0x8825, little-endian)
		expect(original.icc).toBeDefined();
		for (const rendition of await renditions(photo)) {
			const meta = await sharp(rendition.bytes).metadata();
			expect({ exif: meta.exif, icc: meta.icc, xmp: meta.xmp, iptc: meta.iptc }).toEqual({
				exif: undefined,
				icc: undefined,
				xmp: undefined,
				iptc: undefined
			});
			expect(rendition.bytes.includes(Buffer.from('Test camera'))).toBe(false);
			expect(rendition.bytes.includes(Buffer.from('EXIF'))).toBe(false);
			expect(rendition.bytes.includes(Buffer.from('Exif'))).toBe(false);
		}
	});

	it('takes the first frame of an animated GIF, and keeps transparency', async () => {
		const frame = (r: number, g: number, b: number) =>
			sharp({ create: { width: 64, height: 48, channels: 3, background: { r, g, b } } })
				.png()
				.toBuffer();
		const animated = await sharp(
			[await frame(255, 0, 0), await frame(0, 255, 0), await frame(0, 0, 255)],
			{ join: { animated: true } }
		)
			.gif()
			.toBuffer();
		expect((await sharp(animated).metadata()).pages).toBe(3);
		const made = await renditions(animated);
		expect(sizes(made)).toEqual({ web: [64, 48], thumb: [64, 48] });
		const { dominant } = await sharp(made[0].bytes).stats();
		expect(dominant.r).toBeGreaterThan(200);
		expect(dominant.g + dominant.b).toBeLessThan(60);
		const [web] = await renditions(await image(100, 100, 4).png().toBuffer());
		expect((await sharp(web.bytes).metadata()).hasAlpha).toBe(true);
	});

	it('keeps the colours of a 16-bit PNG and of a CMYK JPEG (converted to sRGB)', async () => {
		const deep = await image(200, 100).png().toColourspace('rgb16').toBuffer();
		expect((await sharp(deep).metadata()).depth).toBe('ushort');
		const cmyk = await image(200, 100).jpeg().toColourspace('cmyk').toBuffer();
		expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
		for (const original of [deep, cmyk]) {
			const { dominant } = await sharp((await renditions(original))[1].bytes).stats();
			expect(
				Math.abs(dominant.r - 200) + Math.abs(dominant.g - 30) + Math.abs(dominant.b - 30)
			).toBeLessThan(60);
		}
	});

	it('refuses what is not an image, though it starts like one', async () => {
		const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(
			await makeRenditions(
				Buffer.concat([
					signature,
					Buffer.from('not really a picture, just text after the signature')
				])
			)
		).toBe('image-unreadable');
		const png = await image(40, 40).png().toBuffer();
		expect(await makeRenditions(png.subarray(0, 60))).toBe('image-unreadable');
		expect(await makeRenditions(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe(
			'image-unreadable'
		);
	});

	it(`makes no renditions of an image of more than ${MAX_IMAGE_PIXELS / 1e6} megapixels, and never decodes it (a decompression bomb)`, async () => {
		// 10,000 × 6,000 of one colour: a PNG of a few hundred kilobytes that would take 240 MB to decode.
		const bomb = await sharp({
			create: { width: 10_000, height: 6_000, channels: 3, background: '#fff' }
		})
			.png({ compressionLevel: 9 })
			.toBuffer();
		expect(bomb.length).toBeLessThan(1_000_000);
		expect(await makeRenditions(bomb)).toBe('image-too-large');
	}, 30_000);
});

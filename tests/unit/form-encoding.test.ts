// Form bodies whose text is not UTF-8 (or holds a NUL) are refused as a whole, before any route
// reads them: every form of the portal goes through readForm.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUtf8Form } from '../../src/lib/server/form-encoding.ts';
import { readForm } from '../../src/lib/server/forms.ts';

const URLENCODED = 'application/x-www-form-urlencoded';
const ascii = (text: string) => new TextEncoder().encode(text);

function multipart(parts: Array<{ headers: string; body: Uint8Array }>, boundary = 'XyZ') {
	const chunks: Uint8Array[] = [];
	for (const part of parts)
		chunks.push(
			ascii(`--${boundary}\r\n`),
			part.headers === '' ? new Uint8Array() : Buffer.from(part.headers + '\r\n\r\n', 'utf8'),
			part.body,
			ascii('\r\n')
		);
	chunks.push(ascii(`--${boundary}--\r\n`));
	return {
		body: new Uint8Array(Buffer.concat(chunks)),
		type: `multipart/form-data; boundary=${boundary}`
	};
}

const field = (name: string, value: Uint8Array) => ({
	headers: `Content-Disposition: form-data; name="${name}"`,
	body: value
});
const file = (name: string, value: Uint8Array) => ({
	headers: `Content-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf`,
	body: value
});

describe('isUtf8Form', () => {
	it.each([
		['plain ASCII', 'title=Hello+world&b=1'],
		['escaped UTF-8', 'title=Daugavpils+%C4%BCaudis&b=%F0%9F%98%80'],
		['raw UTF-8', 'title=Daugavpils ļaudis'],
		['a % that is no escape', 'title=100%+sure&b=%zz'],
		['an escaped U+FFFD typed on purpose', 'title=%EF%BF%BD']
	])('accepts a urlencoded form with %s', (_, body) => {
		expect(isUtf8Form(ascii(body), URLENCODED)).toBe(true);
	});

	it.each([
		['a lone high surrogate (CESU-8)', 'title=x%ED%A0%80y'],
		['a lone low surrogate', 'title=x%ED%B0%80y'],
		['a stray continuation byte', 'title=x%80y'],
		['a sequence cut by the next field', 'title=x%C4&b=%BC'],
		['an overlong slash', 'title=%C0%AF'],
		['a NUL', 'title=a%00b'],
		['a NUL in a name', 'ti%00tle=a']
	])('refuses a urlencoded form with %s', (_, body) => {
		expect(isUtf8Form(ascii(body), URLENCODED)).toBe(false);
	});

	it('refuses raw bytes that are not UTF-8', () => {
		expect(isUtf8Form(new Uint8Array([0x61, 0x3d, 0xff]), `${URLENCODED}; charset=utf-8`)).toBe(
			false
		);
		expect(isUtf8Form(new Uint8Array([0x61, 0x3d, 0xff]), 'text/plain')).toBe(false);
	});

	it('checks the text fields and file names of a multipart form, never the files’ bytes', () => {
		const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xed, 0xa0, 0x80]);
		const good = multipart([field('title', Buffer.from('Līga')), file('gala rezultāts.pdf', pdf)]);
		expect(isUtf8Form(good.body, good.type)).toBe(true);
		const badField = multipart([
			field('title', new Uint8Array([0x78, 0xed, 0xa0, 0x80])),
			file('a.pdf', pdf)
		]);
		expect(isUtf8Form(badField.body, badField.type)).toBe(false);
		const nulField = multipart([field('title', ascii('a\u0000b'))]);
		expect(isUtf8Form(nulField.body, nulField.type)).toBe(false);
		const badName = {
			headers: 'Content-Disposition: form-data; name="file"; filename="a\xff.pdf"',
			body: pdf
		};
		const latin1 = multipart([]);
		const withBadName = new Uint8Array(
			Buffer.concat([
				Buffer.from(`--XyZ\r\n${badName.headers}\r\n\r\n`, 'latin1'),
				pdf,
				ascii('\r\n'),
				latin1.body
			])
		);
		expect(isUtf8Form(withBadName, latin1.type)).toBe(false);
		const quoted = multipart([field('title', Buffer.from('ok'))], 'a b');
		expect(isUtf8Form(quoted.body, 'multipart/form-data; boundary="a b"')).toBe(true);
	});
});

describe('readForm', () => {
	const post = (body: BodyInit, type = URLENCODED) =>
		new Request('http://tilts.invalid/en/projects/new', {
			method: 'POST',
			body,
			headers: { 'content-type': type }
		});

	it('reads a clean form as FormData', async () => {
		const form = await readForm(post('title=Daugavpils+%C4%BCaudis'));
		expect(form.get('title')).toBe('Daugavpils ļaudis');
	});

	it('refuses invalid UTF-8 with a 400 that says why, instead of storing U+FFFD', async () => {
		await expect(readForm(post('title=x%ED%A0%80y'))).rejects.toMatchObject({
			status: 400,
			body: { message: expect.stringContaining('not valid UTF-8') }
		});
	});

	it('still reads a body that is no form as an empty form', async () => {
		expect([
			...(await readForm(post('--nothing', 'multipart/form-data; boundary=XyZ'))).keys()
		]).toEqual([]);
	});
});

// Every form is read by readForm: code that read a request's body itself would take whatever
// bytes it is sent.
it('nothing but readForm reads a request body', () => {
	const files = fs
		.readdirSync('src', { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(ts|svelte)$/.test(file));
	const readers = files.filter((file) =>
		/request\.(formData|text|arrayBuffer|json|blob|body)\b/.test(
			fs.readFileSync(path.join('src', file), 'utf8')
		)
	);
	expect(readers).toEqual([path.join('lib', 'server', 'forms.ts')]);
});

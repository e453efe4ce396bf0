import { describe, expect, it } from 'vitest';
import {
	checkFile,
	cleanFileName,
	contentDisposition,
	MAX_FILE_BYTES,
	sniff
} from '../../src/lib/file-types.ts';

const bytes = (...parts: Array<string | number[]>) =>
	Buffer.concat(
		parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))
	);

/** A ZIP archive of stored (uncompressed) entries, as Office and LibreOffice write them. */
function zip(entries: Array<[name: string, content: string]>): Uint8Array {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const [name, content] of entries) {
		const nameBytes = Buffer.from(name);
		const data = Buffer.from(content);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(nameBytes.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(data.length, 24);
		central.writeUInt16LE(nameBytes.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, nameBytes, data);
		centrals.push(central, nameBytes);
		offset += 30 + nameBytes.length + data.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

const PDF = bytes('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF');
const GIF = bytes('GIF89a', [1, 0, 1, 0]);
const WEBP = bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ');
const DOCX = zip([
	['[Content_Types].xml', '<Types/>'],
	['word/document.xml', '<w:document/>']
]);
const XLSX = zip([
	['[Content_Types].xml', '<Types/>'],
	['xl/workbook.xml', '<workbook/>']
]);
const PPTX = zip([
	['[Content_Types].xml', '<Types/>'],
	['ppt/presentation.xml', '<p/>']
]);
const ODT = zip([
	['mimetype', 'application/vnd.oasis.opendocument.text'],
	['content.xml', '<office/>']
]);
const ODS = zip([
	['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
	['content.xml', '<office/>']
]);
const PLAIN_ZIP = zip([['notes.txt', 'hello']]);
const TEXT = Buffer.from('Gala rezultāts; Daugavpils\nŠķērslis,ūdens\n');

describe('sniff', () => {
	it.each([
		['PDF', PDF, 'application/pdf'],
		['PNG', PNG, 'image/png'],
		['JPEG', JPEG, 'image/jpeg'],
		['GIF', GIF, 'image/gif'],
		['WebP', WEBP, 'image/webp'],
		['DOCX', DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
		['XLSX', XLSX, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
		['PPTX', PPTX, 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
		['ODT', ODT, 'application/vnd.oasis.opendocument.text'],
		['ODS', ODS, 'application/vnd.oasis.opendocument.spreadsheet'],
		['UTF-8 text', TEXT, 'text/plain'],
		['a plain ZIP archive', PLAIN_ZIP, null],
		['an executable', bytes([0x7f], 'ELF', [2, 1, 1, 0]), null],
		['text with NUL', Buffer.from('a\u0000b'), null],
		['Latin-1, not UTF-8', bytes('caf', [0xe9]), null],
		// Not a PNG, and not UTF-8 text either.
		['a truncated PNG signature', bytes([0x89, 0x50, 0x4e]), null]
	])('%s', (_name, input, expected) => {
		expect(sniff(input)).toBe(expected);
	});
});

describe('checkFile', () => {
	it('takes what the bytes say when the claims agree or are missing', () => {
		expect(checkFile(PDF, 'application/pdf', 'gala-rezultats.pdf')).toEqual({
			ok: true,
			contentType: 'application/pdf'
		});
		expect(checkFile(PDF, 'application/octet-stream', 'result')).toEqual({
			ok: true,
			contentType: 'application/pdf'
		});
		expect(checkFile(PDF, '', 'RESULT.PDF')).toEqual({ ok: true, contentType: 'application/pdf' });
		expect(checkFile(JPEG, 'image/jpeg', 'photo.jpg')).toEqual({
			ok: true,
			contentType: 'image/jpeg'
		});
		expect(checkFile(JPEG, 'image/jpeg', 'photo.JPEG')).toEqual({
			ok: true,
			contentType: 'image/jpeg'
		});
	});

	it('refuses a forged type or extension', () => {
		expect(checkFile(PNG, 'application/pdf', 'result.pdf')).toEqual({
			ok: false,
			reason: 'mismatch'
		});
		expect(checkFile(PNG, 'image/png', 'result.pdf')).toEqual({ ok: false, reason: 'mismatch' });
		expect(checkFile(TEXT, 'application/pdf', 'result.pdf')).toEqual({
			ok: false,
			reason: 'mismatch'
		});
		expect(checkFile(TEXT, 'text/plain', 'result.docx')).toEqual({ ok: false, reason: 'mismatch' });
		expect(checkFile(DOCX, 'application/pdf', 'x.pdf')).toEqual({ ok: false, reason: 'mismatch' });
	});

	it('tells plain text from CSV by its name or declared type', () => {
		expect(checkFile(TEXT, 'text/plain', 'notes.txt')).toEqual({
			ok: true,
			contentType: 'text/plain'
		});
		expect(checkFile(TEXT, 'text/csv', 'list.csv')).toEqual({ ok: true, contentType: 'text/csv' });
		expect(checkFile(TEXT, 'application/vnd.ms-excel', 'list.csv')).toEqual({
			ok: true,
			contentType: 'text/csv'
		});
		expect(checkFile(TEXT, '', 'README')).toEqual({ ok: true, contentType: 'text/plain' });
	});

	it('refuses empty, unknown and oversized files', () => {
		expect(checkFile(new Uint8Array(), 'application/pdf', 'a.pdf')).toEqual({
			ok: false,
			reason: 'empty'
		});
		expect(checkFile(bytes([0x7f], 'ELF', [0]), 'application/octet-stream', 'tool')).toEqual({
			ok: false,
			reason: 'unknown'
		});
		expect(checkFile(PLAIN_ZIP, 'application/zip', 'a.zip')).toEqual({
			ok: false,
			reason: 'unknown'
		});
		const big = new Uint8Array(MAX_FILE_BYTES + 1);
		big.set(PDF);
		expect(checkFile(big, 'application/pdf', 'big.pdf')).toEqual({
			ok: false,
			reason: 'too-large'
		});
		expect(checkFile(big.subarray(0, MAX_FILE_BYTES), 'application/pdf', 'big.pdf').ok).toBe(true);
	});
});

describe('cleanFileName', () => {
	it.each([
		['C:\\Users\\x\\gala rezultāts.pdf', 'gala rezultāts.pdf'],
		['../../etc/passwd', 'passwd'],
		['a\u0000b\u202e.pdf', 'ab.pdf'],
		// Every bidirectional control: overrides, embeddings, isolates and marks.
		['invoice\u202Efdp.exe', 'invoicefdp.exe'],
		['\u202a\u202b\u202c\u202d\u202eplan.pdf', 'plan.pdf'],
		['\u2066\u2067\u2068\u2069plan.pdf', 'plan.pdf'],
		['plan\u200e\u200f\u061c.pdf', 'plan.pdf'],
		['re\u0301sume\u0301.pdf', 'résumé.pdf'],
		['', 'file'],
		[`${'ā'.repeat(300)}.pdf`, `${'ā'.repeat(251)}.pdf`]
	])('%j → %j', (raw, expected) => {
		expect(cleanFileName(raw)).toBe(expected);
	});
});

describe('contentDisposition', () => {
	it.each([
		[
			'WIR final result.pdf',
			`attachment; filename="WIR final result.pdf"; filename*=UTF-8''WIR%20final%20result.pdf`
		],
		[
			'WIR gala rezultāts.pdf',
			`attachment; filename="WIR gala rezultats.pdf"; filename*=UTF-8''WIR%20gala%20rezult%C4%81ts.pdf`
		],
		// Ł has no decomposition: it becomes _ in the ASCII name, ó and ź lose their accents.
		[
			'Łódź "quoted" 100%;.pdf',
			`attachment; filename="_odz _quoted_ 100__.pdf"; filename*=UTF-8''%C5%81%C3%B3d%C5%BA%20%22quoted%22%20100%25%3B.pdf`
		],
		[
			'Ελληνικά.txt',
			`attachment; filename="________.txt"; filename*=UTF-8''%CE%95%CE%BB%CE%BB%CE%B7%CE%BD%CE%B9%CE%BA%CE%AC.txt`
		],
		["it's (1).pdf", `attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`]
	])('%s', (name, expected) => {
		expect(contentDisposition(name)).toBe(expected);
	});

	it('round-trips every name through decodeURIComponent', () => {
		for (const name of ['WIR gala rezultāts.pdf', 'Ελληνικά.txt', 'emoji 🎉.pdf', "a'b*c(d).pdf"]) {
			const star = contentDisposition(name).split("filename*=UTF-8''")[1];
			expect(decodeURIComponent(star)).toBe(name);
		}
	});
});

// What an uploaded file really is, read from its bytes: a browser's declared type and a file name's
// extension are claims, the first bytes are evidence. A file is accepted when its bytes are one of
// the types below and no claim contradicts them (a PNG called report.pdf is refused).
import { numberFormat } from '#lib/intl.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const FILE_TYPES = {
	'application/pdf': { extensions: ['pdf'], label: 'PDF' },
	'image/png': { extensions: ['png'], label: 'PNG' },
	'image/jpeg': { extensions: ['jpg', 'jpeg'], label: 'JPEG' },
	'image/gif': { extensions: ['gif'], label: 'GIF' },
	'image/webp': { extensions: ['webp'], label: 'WebP' },
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
		extensions: ['docx'],
		label: 'Word'
	},
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
		extensions: ['xlsx'],
		label: 'Excel'
	},
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
		extensions: ['pptx'],
		label: 'PowerPoint'
	},
	'application/vnd.oasis.opendocument.text': { extensions: ['odt'], label: 'ODT' },
	'application/vnd.oasis.opendocument.spreadsheet': { extensions: ['ods'], label: 'ODS' },
	'application/vnd.oasis.opendocument.presentation': { extensions: ['odp'], label: 'ODP' },
	'text/plain': { extensions: ['txt'], label: 'TXT' },
	'text/csv': { extensions: ['csv'], label: 'CSV' }
} as const;

export type FileType = keyof typeof FILE_TYPES;

const TEXT_TYPES: readonly string[] = ['text/plain', 'text/csv'];
/** What browsers send for a file they have no type for: no claim at all. */
const NO_CLAIM: readonly string[] = ['', 'application/octet-stream'];
/** Spreadsheet programs register .csv under these on some systems. */
const CSV_ALIASES: readonly string[] = [
	'text/csv',
	'application/csv',
	'application/vnd.ms-excel',
	'text/comma-separated-values'
];

export type FileCheck =
	| { ok: true; contentType: FileType }
	| { ok: false; reason: 'empty' | 'too-large' | 'unknown' | 'mismatch' };

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
	if (bytes.length < offset + prefix.length) return false;
	return prefix.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const latin1 = (bytes: Uint8Array, from: number, to: number) =>
	String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/** The names in a ZIP archive's central directory; null when it is not a readable archive. */
function zipEntryNames(bytes: Uint8Array): string[] | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end-of-central-directory record is in the last 22 + 65535 bytes (it may carry a comment).
	const stop = Math.max(0, bytes.length - 22 - 0xffff);
	for (let at = bytes.length - 22; at >= stop; at--) {
		if (view.getUint32(at, true) !== 0x06054b50) continue;
		const count = view.getUint16(at + 10, true);
		let entry = view.getUint32(at + 16, true);
		const names: string[] = [];
		for (let i = 0; i < count; i++) {
			if (entry + 46 > bytes.length || view.getUint32(entry, true) !== 0x02014b50) return null;
			const nameLength = view.getUint16(entry + 28, true);
			const extraLength = view.getUint16(entry + 30, true);
			const commentLength = view.getUint16(entry + 32, true);
			names.push(new TextDecoder().decode(bytes.subarray(entry + 46, entry + 46 + nameLength)));
			entry += 46 + nameLength + extraLength + commentLength;
		}
		return names;
	}
	return null;
}

function sniffZip(bytes: Uint8Array): FileType | null {
	// OpenDocument: the first entry is "mimetype", stored uncompressed, holding the type itself.
	if (latin1(bytes, 30, 38) === 'mimetype') {
		const type = latin1(bytes, 38, 38 + 80);
		for (const odf of [
			'application/vnd.oasis.opendocument.text',
			'application/vnd.oasis.opendocument.spreadsheet',
			'application/vnd.oasis.opendocument.presentation'
		] as const) {
			if (type.startsWith(odf) && !type.startsWith(`${odf}-`)) return odf;
		}
		return null;
	}
	const names = zipEntryNames(bytes);
	if (!names?.includes('[Content_Types].xml')) return null;
	if (names.some((n) => n.startsWith('word/')))
		return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
	if (names.some((n) => n.startsWith('xl/')))
		return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
	if (names.some((n) => n.startsWith('ppt/')))
		return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
	return null;
}

/** UTF-8 text without NUL or other control characters (tabs, line breaks and form feeds allowed). */
function isText(bytes: Uint8Array): boolean {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return false;
	}
	return !/[[\p{Cc}&&\p{ASCII}]--[\t\n\f\r]]/v.test(text);
}

/** The type the bytes say, or null for anything the portal does not take. */
export function sniff(bytes: Uint8Array): FileType | null {
	if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
	if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
	if (isText(bytes)) return 'text/plain';
	return null;
}

function extensionOf(fileName: string): string {
	const match = /\.([a-z0-9]{1,8})$/i.exec(fileName);
	return match ? match[1].toLowerCase() : '';
}

/** The type whose extensions include this one, if any. */
function typeOfExtension(extension: string): FileType | null {
	for (const [type, { extensions }] of Object.entries(FILE_TYPES)) {
		if ((extensions as readonly string[]).includes(extension)) return type as FileType;
	}
	return null;
}

/**
 * Checks an upload: not empty, not over the limit, bytes of a type the portal takes, and neither the
 * declared type nor the extension claiming another. Plain text named .csv (or declared as CSV) is CSV.
 */
export function checkFile(bytes: Uint8Array, declaredType: string, fileName: string): FileCheck {
	if (bytes.length === 0) return { ok: false, reason: 'empty' };
	if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
	const sniffed = sniff(bytes);
	if (!sniffed) return { ok: false, reason: 'unknown' };
	const declared = declaredType.split(';')[0].trim().toLowerCase();
	const byExtension = typeOfExtension(extensionOf(fileName));
	if (sniffed === 'text/plain') {
		// Text can claim to be text of either kind; never a binary type.
		const claimsBinary =
			(!NO_CLAIM.includes(declared) &&
				!declared.startsWith('text/') &&
				!CSV_ALIASES.includes(declared)) ||
			(byExtension !== null && !TEXT_TYPES.includes(byExtension));
		if (claimsBinary) return { ok: false, reason: 'mismatch' };
		const csv = byExtension === 'text/csv' || CSV_ALIASES.includes(declared);
		return { ok: true, contentType: csv ? 'text/csv' : 'text/plain' };
	}
	if (
		!NO_CLAIM.includes(declared) &&
		declared !== sniffed &&
		!(sniffed === 'image/jpeg' && declared === 'image/pjpeg')
	) {
		return { ok: false, reason: 'mismatch' };
	}
	if (byExtension !== null && byExtension !== sniffed) return { ok: false, reason: 'mismatch' };
	return { ok: true, contentType: sniffed };
}

/**
 * Controls, and every bidirectional control: embeddings and overrides (U+202A-202E), isolates
 * (U+2066-2069) and the marks (U+200E, U+200F, U+061C). In a file name they only serve to make
 * `invoice\u202Efdp.exe` read as "invoiceexe.pdf".
 */
const FILE_NAME_UNWANTED = /[[\p{Cc}&&\p{ASCII}]\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gv;

/** A file name fit to keep and to send back: no folders, no control characters, NFC, at most 255 characters. */
export function cleanFileName(raw: string): string {
	const base = raw.split(/[/\\]/).pop() ?? '';
	const cleaned = base.normalize('NFC').replace(FILE_NAME_UNWANTED, '').trim();
	const chars = [...cleaned];
	if (chars.length <= 255) return cleaned || 'file';
	const extension = extensionOf(cleaned);
	const keep = 255 - (extension ? extension.length + 1 : 0);
	return chars.slice(0, keep).join('') + (extension ? `.${extension}` : '');
}

// RFC 5987 attr-char: what may stand unencoded in filename*=.
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

/**
 * A Content-Disposition header that offers the file as a download under its own name in every
 * browser: an ASCII `filename` for old clients and the exact UTF-8 name in `filename*` (RFC 6266, RFC 5987).
 */
export function contentDisposition(
	fileName: string,
	disposition: 'attachment' | 'inline' = 'attachment'
): string {
	const fallback =
		fileName
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^\x20-\x7e]|["\\%;]/g, '_')
			.trim() || 'file';
	const encoded = [...new TextEncoder().encode(fileName.normalize('NFC'))]
		.map((byte) => {
			const char = String.fromCharCode(byte);
			return byte < 0x80 && ATTR_CHAR.test(char)
				? char
				: `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
		})
		.join('');
	return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** A file's size as people read it: "12 kB", "1,4 MB" (decimal units, as file managers show them). */
export function formatBytes(size: number, locale: string): string {
	const [value, unit] =
		size < 1_000_000 ? [Math.max(size / 1000, 0.1), 'kilobyte'] : [size / 1_000_000, 'megabyte'];
	return numberFormat(locale, {
		style: 'unit',
		unit,
		unitDisplay: 'short',
		maximumFractionDigits: value < 10 ? 1 : 0
	}).format(value);
}

/** A short name of the file's type for a link ("PDF", "Word"). */
export function typeLabel(type: string): string {
	return (FILE_TYPES as Record<string, { label: string }>)[type]?.label ?? type;
}

// Form bodies are UTF-8 (every page of the portal is). Read leniently, a byte sequence that is not
// UTF-8 (a lone surrogate written as CESU-8, a stray byte) becomes U+FFFD and would be stored so
// without anyone knowing; a NUL would reach PostgreSQL, which cannot store it in text. This tells
// whether a form's text is clean: its names and values, and in a multipart form the part headers
// (a file's name). The contents of files are bytes, checked by the code that takes them.
const strict = new TextDecoder('utf-8', { fatal: true });

function isCleanText(bytes: Uint8Array): boolean {
	if (bytes.includes(0)) return false;
	try {
		strict.decode(bytes);
		return true;
	} catch {
		return false;
	}
}

const isHexDigit = (byte: number | undefined) =>
	byte !== undefined &&
	((byte >= 0x30 && byte <= 0x39) ||
		(byte >= 0x41 && byte <= 0x46) ||
		(byte >= 0x61 && byte <= 0x66));

/**
 * `a=b&c=d` with its escapes turned into bytes, as the URL standard decodes it ("+" is a space, a
 * "%" without two hex digits stays). Decoding the whole body at once tells the same as field by
 * field: the separators are ASCII, which never continue a multi-byte character.
 */
function percentDecoded(body: Uint8Array): Uint8Array {
	const bytes = new Uint8Array(body.length);
	let length = 0;
	for (let i = 0; i < body.length; i++) {
		if (body[i] === 0x25 && isHexDigit(body[i + 1]) && isHexDigit(body[i + 2])) {
			bytes[length++] = parseInt(String.fromCharCode(body[i + 1], body[i + 2]), 16);
			i += 2;
		} else {
			bytes[length++] = body[i] === 0x2b ? 0x20 : body[i];
		}
	}
	return bytes.subarray(0, length);
}

const HEADER_END = Buffer.from('\r\n\r\n');
const FILE_PART = /;\s*filename\*?\s*=/i;

/** Every part's headers, and the contents of every part that is not a file. */
function isCleanMultipart(body: Uint8Array, boundary: string): boolean {
	const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	const delimiter = Buffer.from(`--${boundary}`);
	let start = bytes.indexOf(delimiter);
	while (start >= 0) {
		const from = start + delimiter.length;
		const end = bytes.indexOf(delimiter, from);
		// The closing delimiter, or a body cut short: the form reader refuses what it cannot read.
		if (end < 0) return true;
		const part = bytes.subarray(from, end);
		const headerEnd = part.indexOf(HEADER_END);
		const headers = headerEnd < 0 ? part : part.subarray(0, headerEnd);
		if (!isCleanText(headers)) return false;
		if (
			headerEnd >= 0 &&
			!FILE_PART.test(headers.toString('utf8')) &&
			!isCleanText(part.subarray(headerEnd + HEADER_END.length))
		) {
			return false;
		}
		start = end;
	}
	return true;
}

/** Is the text of this form body (of this Content-Type) UTF-8 without NUL? */
export function isUtf8Form(body: Uint8Array, contentType: string): boolean {
	const type = contentType.split(';', 1)[0].trim().toLowerCase();
	if (type === 'application/x-www-form-urlencoded') return isCleanText(percentDecoded(body));
	if (type === 'multipart/form-data') {
		const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
		return boundary ? isCleanMultipart(body, boundary[1] ?? boundary[2]) : true;
	}
	if (type === 'text/plain') return isCleanText(body);
	return true;
}

// Addresses (slugs) made from names: lowercase ASCII letters and digits joined by hyphens, as the
// database requires. Names in any script are transliterated first, so that "Jaunieši NEET" becomes
// "jauniesi-neet", "Општина Инђија" "opshtina-indjija" and "Δήμος Αλίμου" "dimos-alimoy".
import anyAscii from 'any-ascii';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

export function slugify(text: string): string {
	return anyAscii(text.normalize('NFC'))
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, SLUG_MAX)
		.replace(/^-+|-+$/g, '');
}

export function isSlug(text: string): boolean {
	return text.length <= SLUG_MAX && SLUG_PATTERN.test(text);
}

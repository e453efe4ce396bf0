// Addresses (slugs) made from names: lowercase ASCII letters and digits joined by hyphens, as the
// database requires, so that "Jaunieši NEET" becomes "jauniesi-neet".

// Letters that Unicode does not decompose into a base letter and an accent.
const SPECIAL: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

export function slugify(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[łøæœßđðþı]/g, (c) => SPECIAL[c] ?? c)
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, SLUG_MAX)
		.replace(/^-+|-+$/g, '');
}

export function isSlug(text: string): boolean {
	return text.length <= SLUG_MAX && SLUG_PATTERN.test(text);
}

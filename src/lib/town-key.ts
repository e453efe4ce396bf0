/**
 * A town's name as the gazetteer looks it up: without case, accents or punctuation, so that
 * "Álimos" and "Alimos", or "Sankt Pölten" and "sankt-polten", are the same town.
 */
export function townKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

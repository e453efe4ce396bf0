// The start of a collection's introduction as plain text, cut at a word: for the list of
// collections and for what a shared link shows.
import { markdownToText } from '#lib/server/markdown.ts';

export function excerpt(markdown: string, max = 200): string {
	const text = markdownToText(markdown);
	return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text;
}

// What "reflows at 320 px" means here (WCAG 1.4.10): no sideways scrolling of the page, and no
// text squeezed into a box too narrow to read. A value column that shrinks to a few pixels keeps
// the page within 320 px yet shows a letter or two per line; these checks catch that too.
import { expect, type Page } from '@playwright/test';

/** Narrower than this (about four characters), a box must hold its text on one line. */
const NARROW_PX = 60;

/**
 * Fails when the page scrolls sideways, when a word that would fit across <main> is broken
 * over two lines, or when a box narrower than NARROW_PX wraps its text.
 */
export async function expectReflow(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, 'sideways scrolling of the page, in px').toBeLessThanOrEqual(0);
	expect(await squeezedText(page)).toEqual([]);
	await expectTablesInScrollBoxes(page);
}

/**
 * Every table in <main> has a caption and sits in a box that scrolls sideways, which a keyboard
 * can reach (tabindex 0) and which is a group named by that caption.
 */
export async function expectTablesInScrollBoxes(page: Page) {
	for (const table of await page.locator('main table').all()) {
		const caption = (await table.locator(':scope > caption').textContent())?.trim();
		expect(caption, 'the caption of a table').toBeTruthy();
		const box = table.locator('xpath=..');
		await expect(box).toHaveAttribute('role', 'group');
		await expect(box).toHaveAttribute('tabindex', '0');
		await expect(box).toHaveAccessibleName(caption!);
		expect(await box.evaluate((element) => getComputedStyle(element).overflowX)).toBe('auto');
	}
}

/** Text in <main> that a too narrow box breaks up, described for the failure message. */
export function squeezedText(page: Page): Promise<string[]> {
	return page.evaluate((narrowPx) => {
		const main = document.querySelector('main');
		if (!main) return ['no <main>'];
		const mainWidth = main.getBoundingClientRect().width;
		const lines = (rects: DOMRectList) =>
			new Set([...rects].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
		const describe = (element: Element) =>
			`${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : ''}`;
		const span = (rects: DOMRectList) => [...rects].reduce((sum, r) => sum + r.width, 0);
		const measure = (node: Text, start: number, word: string) => {
			const range = document.createRange();
			range.setStart(node, start);
			range.setEnd(node, start + word.length);
			return range.getClientRects();
		};
		const found: string[] = [];
		const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
		for (
			let node = walker.nextNode() as Text | null;
			node;
			node = walker.nextNode() as Text | null
		) {
			const text = node.data;
			if (!text.trim()) continue;
			let box = node.parentElement!;
			// Hidden text, and text for screen readers only (clipped to 1 px), is not laid out for reading.
			if (
				!box.checkVisibility({ visibilityProperty: true }) ||
				box.closest('.visually-hidden, svg, script, style')
			)
				continue;
			while (
				['inline', 'contents'].includes(getComputedStyle(box).display) &&
				box.parentElement &&
				box !== main
			)
				box = box.parentElement;
			const width = box.getBoundingClientRect().width;
			if (width < narrowPx && lines(measure(node, 0, text)) > 1) {
				found.push(
					`${describe(box)} is ${Math.round(width)} px wide for "${text.trim().slice(0, 40)}"`
				);
				continue;
			}
			// A word that fits across <main> must not be broken, but at a hyphen, dash or slash; a
			// longer one (a web address) has to break somewhere.
			for (const word of text.matchAll(/\S{2,}/g)) {
				const rects = measure(node, word.index, word[0]);
				if (lines(rects) < 2 || span(rects) > mainWidth) continue;
				const broken = [...word[0].matchAll(/[^\-‐–—/]{2,}/g)].find(
					(part) => lines(measure(node, word.index + part.index, part[0])) > 1
				);
				if (broken) {
					found.push(
						`${describe(box)} (${Math.round(width)} px wide) breaks the word "${word[0]}"`
					);
					break;
				}
			}
		}
		return found;
	}, NARROW_PX);
}

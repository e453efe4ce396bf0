// A table over as many landscape A4 pages as it needs: a heading block on the first page, the
// column headers again at the top of every page, "page n of m" at the foot.
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { fitText, newDocument } from './document.ts';

/** Landscape A4 in points. */
export const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const MARGIN = 36;
const LINE = rgb(0.4, 0.4, 0.4);

export type Column = { title: string; /** share of the table's width */ weight: number };
export type Table = {
	title: string;
	/** Lines under the title on the first page: project, event, dates, venue. */
	lines: string[];
	columns: Column[];
	rows: string[][];
	/** Height of a row: room to sign in. */
	rowHeight: number;
	/** Empty rows added after the last one, and enough more to fill its page. */
	blankRows: number;
	/** The page foot, given the page's number and the count. */
	pageLabel: (page: number, pages: number) => string;
	/** Document metadata. */
	language: string;
};

/** The table as a PDF. */
export async function tablePdf(table: Table): Promise<Uint8Array> {
	const { pdf, regular, bold } = await newDocument(table.title, table.language);

	const [pageWidth, pageHeight] = A4_LANDSCAPE;
	const tableWidth = pageWidth - 2 * MARGIN;
	const totalWeight = table.columns.reduce((sum, c) => sum + c.weight, 0);
	const widths = table.columns.map((c) => (c.weight / totalWeight) * tableWidth);
	const headerHeight = 20;
	const bottom = MARGIN + 18;

	const drawRow = (
		page: PDFPage,
		top: number,
		cells: string[],
		height: number,
		font: PDFFont,
		size: number
	) => {
		let x = MARGIN;
		cells.forEach((cell, i) => {
			page.drawRectangle({
				x,
				y: top - height,
				width: widths[i],
				height,
				borderColor: LINE,
				borderWidth: 0.5
			});
			const fitted = fitText(cell, font, size, widths[i] - 6);
			if (fitted.text)
				page.drawText(fitted.text, {
					x: x + 3,
					y: top - height / 2 - fitted.size * 0.35,
					size: fitted.size,
					font
				});
			x += widths[i];
		});
	};

	const pages: PDFPage[] = [];
	let y = 0;
	const newPage = () => {
		const page = pdf.addPage(A4_LANDSCAPE);
		pages.push(page);
		y = pageHeight - MARGIN;
		if (pages.length === 1) {
			const title = fitText(table.title, bold, 16, tableWidth);
			page.drawText(title.text, { x: MARGIN, y: y - title.size, size: title.size, font: bold });
			y -= title.size + 8;
			for (const line of table.lines) {
				const fitted = fitText(line, regular, 10, tableWidth);
				page.drawText(fitted.text, {
					x: MARGIN,
					y: y - fitted.size,
					size: fitted.size,
					font: regular
				});
				y -= fitted.size + 4;
			}
			y -= 8;
		}
		drawRow(
			page,
			y,
			table.columns.map((c) => c.title),
			headerHeight,
			bold,
			9
		);
		y -= headerHeight;
		return page;
	};

	let page = newPage();
	const place = (cells: string[]) => {
		if (y - table.rowHeight < bottom) page = newPage();
		drawRow(page, y, cells, table.rowHeight, regular, 9);
		y -= table.rowHeight;
	};
	for (const row of table.rows) place(row);
	const blank = table.columns.map(() => '');
	for (let i = 0; i < table.blankRows; i++) place(blank);
	// Fill the last page: people who come unannounced sign there too.
	while (y - table.rowHeight >= bottom) place(blank);

	pages.forEach((p, i) => {
		const label = table.pageLabel(i + 1, pages.length);
		p.drawText(label, {
			x: pageWidth - MARGIN - regular.widthOfTextAtSize(label, 8),
			y: MARGIN,
			size: 8,
			font: regular
		});
	});
	return pdf.save();
}

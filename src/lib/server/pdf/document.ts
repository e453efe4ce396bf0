// A new PDF set in DejaVu Sans, which covers Latin with every EU diacritic, Greek and Cyrillic:
// every PDF the portal makes starts here, so names in any of its languages come out as written.
// Only the glyphs used are embedded (subset), so a document of a few pages stays small.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import regularFont from './fonts/DejaVuSans.ttf?inline';
import boldFont from './fonts/DejaVuSans-Bold.ttf?inline';

const decode = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
const fontBytes = { regular: decode(regularFont), bold: decode(boldFont) };

export type Document = { pdf: PDFDocument; regular: PDFFont; bold: PDFFont };

/** An empty document with its title and language, and the two fonts embedded. */
export async function newDocument(title: string, language: string): Promise<Document> {
	const pdf = await PDFDocument.create();
	pdf.registerFontkit(fontkit);
	const [regular, bold] = await Promise.all([
		pdf.embedFont(fontBytes.regular, { subset: true }),
		pdf.embedFont(fontBytes.bold, { subset: true })
	]);
	pdf.setTitle(title, { showInWindowTitleBar: true });
	pdf.setLanguage(language);
	pdf.setCreator('Tilts');
	pdf.setProducer('Tilts');
	return { pdf, regular, bold };
}

/** `text` at the largest size from `size` down to 6 that fits `width`, else cut with an ellipsis. */
export function fitText(
	text: string,
	font: PDFFont,
	size: number,
	width: number
): { text: string; size: number } {
	let fitted = size;
	while (fitted > 6 && font.widthOfTextAtSize(text, fitted) > width) fitted -= 0.5;
	if (font.widthOfTextAtSize(text, fitted) <= width) return { text, size: fitted };
	const characters = [...text];
	while (characters.length > 0 && font.widthOfTextAtSize(`${characters.join('')}…`, fitted) > width)
		characters.pop();
	return { text: `${characters.join('')}…`, size: fitted };
}

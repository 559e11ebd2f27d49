import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { winAnsiText } from './pdf-text.js';

const A4: [number, number] = [595.28, 841.89];
/** Wide tables (an allowance sheet) go on landscape pages. */
const A4_LANDSCAPE: [number, number] = [A4[1], A4[0]];
const MARGIN = 40;
const LINE = 1.3;

export interface TableColumn {
  title: string;
  width: number;
  align?: 'left' | 'right';
}

/** A4 pages (portrait unless asked) written top to bottom: headings, paragraphs, tables that break across pages. */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly size: [number, number],
  ) {
    this.newPage();
  }

  static async create(title: string, options: { landscape?: boolean } = {}): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.setTitle(winAnsiText(title));
    doc.setProducer('Kinerja ASN');
    doc.setCreationDate(new Date());
    return new PdfWriter(
      doc,
      await doc.embedFont(StandardFonts.Helvetica),
      await doc.embedFont(StandardFonts.HelveticaBold),
      options.landscape ? A4_LANDSCAPE : A4,
    );
  }

  get width() {
    return this.size[0] - 2 * MARGIN;
  }

  private newPage() {
    this.page = this.doc.addPage(this.size);
    this.y = this.size[1] - MARGIN;
  }

  private ensure(height: number) {
    if (this.y - height < MARGIN) this.newPage();
  }

  /** Splits text into lines no wider than `width` at this size. */
  private wrap(text: string, width: number, size: number, font: PDFFont): string[] {
    const lines: string[] = [];
    for (const paragraph of winAnsiText(text).split(/ {2,}/)) {
      let line = '';
      for (const word of paragraph.split(' ')) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  heading(text: string, size = 13) {
    this.ensure(size * 2);
    const lines = this.wrap(text, this.width, size, this.bold);
    for (const line of lines) {
      const x = MARGIN + (this.width - this.bold.widthOfTextAtSize(line, size)) / 2;
      this.page.drawText(line, { x, y: this.y - size, size, font: this.bold });
      this.y -= size * LINE;
    }
    this.y -= 4;
  }

  section(text: string) {
    this.space(6);
    this.ensure(30);
    this.page.drawText(winAnsiText(text), { x: MARGIN, y: this.y - 11, size: 11, font: this.bold });
    this.y -= 11 * LINE + 2;
  }

  paragraph(text: string, size = 9) {
    for (const line of this.wrap(text, this.width, size, this.regular)) {
      this.ensure(size * LINE);
      this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font: this.regular });
      this.y -= size * LINE;
    }
  }

  space(points: number) {
    this.y -= points;
  }

  /** A bordered table; the header row repeats on each new page. Widths are shares of the page width. */
  table(columns: TableColumn[], rows: string[][], size = 8) {
    const total = columns.reduce((sum, column) => sum + column.width, 0);
    const widths = columns.map((column) => (column.width / total) * this.width);
    const header = columns.map((column) => column.title);
    const drawRow = (cells: string[], font: PDFFont, shade: boolean) => {
      const wrapped = cells.map((cell, index) => this.wrap(cell, widths[index]! - 6, size, font));
      const height = Math.max(...wrapped.map((lines) => lines.length)) * size * LINE + 6;
      if (this.y - height < MARGIN) {
        this.newPage();
        if (!shade) drawRow(header, this.bold, true);
      }
      let x = MARGIN;
      wrapped.forEach((lines, index) => {
        const width = widths[index]!;
        this.page.drawRectangle({
          x,
          y: this.y - height,
          width,
          height,
          borderWidth: 0.5,
          borderColor: rgb(0.4, 0.4, 0.4),
          ...(shade ? { color: rgb(0.9, 0.9, 0.9) } : {}),
        });
        lines.forEach((line, lineIndex) => {
          const textWidth = font.widthOfTextAtSize(line, size);
          const left = columns[index]!.align === 'right' ? x + width - 3 - textWidth : x + 3;
          this.page.drawText(line, { x: left, y: this.y - 3 - size - lineIndex * size * LINE + 1, size, font });
        });
        x += width;
      });
      this.y -= height;
    };
    drawRow(header, this.bold, true);
    for (const row of rows) drawRow(row, this.regular, false);
    this.space(4);
  }

  /** Label/value pairs in two columns. */
  pairs(entries: [string, string][], size = 9) {
    const labelWidth = this.width * 0.3;
    for (const [label, value] of entries) {
      const lines = this.wrap(value || '-', this.width - labelWidth, size, this.regular);
      this.ensure(lines.length * size * LINE);
      this.page.drawText(winAnsiText(label), { x: MARGIN, y: this.y - size, size, font: this.regular });
      lines.forEach((line, index) => {
        this.page.drawText(line, { x: MARGIN + labelWidth, y: this.y - size - index * size * LINE, size, font: this.regular });
      });
      this.y -= lines.length * size * LINE;
    }
  }

  /** Side-by-side signature boxes: role, place and date line, space to sign, name and NIP. */
  signatures(boxes: { role: string; name: string; nip: string }[], placeAndDate: string, size = 9) {
    const height = 110;
    this.ensure(height);
    const width = this.width / boxes.length;
    boxes.forEach((box, index) => {
      const x = MARGIN + index * width + 4;
      const lines: [string, number][] = [
        [placeAndDate, 0],
        [box.role, 1],
        [box.name || '-', 6],
        [`NIP ${box.nip || '-'}`, 7],
      ];
      for (const [text, row] of lines) {
        for (const [offset, line] of this.wrap(text, width - 8, size, this.regular)
          .slice(0, 2)
          .entries()) {
          this.page.drawText(line, { x, y: this.y - size - (row + offset) * size * LINE, size, font: this.regular });
        }
      }
    });
    this.y -= height;
  }

  async bytes(): Promise<Uint8Array> {
    return this.doc.save();
  }
}

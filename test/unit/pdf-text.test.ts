import { StandardFonts, PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { winAnsiText } from '../../api/src/modules/exports/pdf-text.js';

describe('text for the standard PDF fonts', () => {
  it('keeps Indonesian text and Latin-1 letters, strips other accents and replaces what cannot be drawn', () => {
    expect(winAnsiText('Penilaian kinerja – “Baik”')).toBe('Penilaian kinerja – “Baik”');
    expect(winAnsiText('José Müller')).toBe('José Müller');
    expect(winAnsiText('Łukasz Şahin Őry')).toBe('Lukasz Sahin Ory');
    expect(winAnsiText('≥ 20 JP ✓ 漢')).toBe('>= 20 JP ? ?');
    expect(winAnsiText('satu\ndua\tx')).toBe('satu dua x');
  });

  it('gives only what Helvetica can encode', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const text = winAnsiText('Łódź ≥ Dinas Kesehatan ☺ Ñ €');
    expect(() => font.encodeText(text)).not.toThrow();
    expect(() => font.encodeText('✓')).toThrow();
  });
});

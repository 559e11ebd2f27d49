/** Characters of Windows-1252 above Latin-1's printable range that the standard PDF fonts (WinAnsi) can draw. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/** Letters without a decomposition, and signs with a plain spelling. */
const REPLACEMENTS: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2009': ' ',
  '\u202f': ' ',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
};

const drawable = (char: string) => {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
};

/**
 * Text the standard fonts can encode: what WinAnsi has stays (Indonesian needs only ASCII, names
 * may carry é or ü); other letters lose their accents (ł, ő, ş) and anything else becomes "?".
 * Line breaks and tabs become spaces: the layout breaks lines itself.
 */
export function winAnsiText(value: string): string {
  let out = '';
  for (const char of value.normalize('NFC')) {
    if (drawable(char)) out += char;
    else if (char === '\n' || char === '\r' || char === '\t') out += ' ';
    else if (REPLACEMENTS[char]) out += REPLACEMENTS[char];
    else {
      const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base && [...base].every(drawable) ? base : '?';
    }
  }
  return out;
}

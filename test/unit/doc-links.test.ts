import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README and the pages under docs/ link to each other's sections: every relative link
 * must name a file that exists and, for a markdown file, a heading it has (GitHub's anchors).
 */
const ROOT = path.resolve(__dirname, '../..');
const PAGES = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The text outside fenced code blocks, where headings are headings. */
const unfenced = (markdown: string): string => markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2, ... */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of unfenced(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}_\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count ? `${slug}-${count}` : slug);
  }
  return result;
}

/** The relative links of a page: [text](target), without web and mail addresses. */
export function relativeLinks(markdown: string): string[] {
  return [
    ...unfenced(markdown)
      .replace(/`[^`\n]*`/g, '')
      .matchAll(/\]\(([^)\s]+)\)/g),
  ]
    .map(([, target]) => target)
    .filter((target) => !/^[a-z]+:/i.test(target));
}

describe('links between the README and docs/', () => {
  it('computes anchors as GitHub does', () => {
    expect([...anchors('# A b\n## SIASN: import (CSV) / export\n## A b\n```\n# not a heading\n```\n### `code` here')]).toEqual([
      'a-b',
      'siasn-import-csv--export',
      'a-b-1',
      'code-here',
    ]);
  });

  it.each(PAGES)('every relative link in %s resolves to a file and a heading', (page) => {
    const broken: string[] = [];
    for (const target of relativeLinks(readFileSync(path.join(ROOT, page), 'utf8'))) {
      const [file, anchor] = target.split('#', 2);
      const resolved = file ? path.resolve(path.dirname(path.join(ROOT, page)), decodeURIComponent(file)) : path.join(ROOT, page);
      if (!existsSync(resolved)) broken.push(`${target}: no such file`);
      else if (anchor !== undefined && resolved.endsWith('.md') && !anchors(readFileSync(resolved, 'utf8')).has(anchor)) {
        broken.push(`${target}: no such heading`);
      }
    }
    expect(broken).toEqual([]);
  });
});

/** A word is only searchable if it holds a letter or digit; unicode61 treats everything else as a separator. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

/**
 * Turn what the user typed into a safe FTS5 MATCH expression: every whitespace separated token
 * becomes a quoted prefix phrase ("tok"*) and the tokens are ANDed. Quoting (with inner quotes
 * doubled) means no user text is ever read as FTS5 syntax: AND/OR/NOT/NEAR, column filters,
 * parentheses, `^` and `*` are all plain words. Returns undefined when nothing searchable is
 * left (e.g. "!!!"), which callers treat as "no text filter", like an empty search box.
 */
export function ftsPrefixQuery(text: string): string | undefined {
  const phrases = text
    .split(/\s+/u)
    .filter((token) => SEARCHABLE.test(token))
    .map((token) => `"${token.replaceAll('"', '""')}"*`);
  return phrases.length > 0 ? phrases.join(' AND ') : undefined;
}

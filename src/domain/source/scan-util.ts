/** 1-based line numbers by offset. */
export function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Curly-brace depth at each offset of masked code (so only top-level definitions count). */
export function braceDepth(masked: string): (offset: number) => number {
  const depth = new Int32Array(masked.length + 1);
  let d = 0;
  for (let i = 0; i < masked.length; i++) {
    depth[i] = d;
    const ch = masked[i];
    if (ch === '{') d++;
    else if (ch === '}' && d > 0) d--;
  }
  depth[masked.length] = d;
  return (offset) => depth[offset] ?? 0;
}

/** Every match of a global regex with the `d` flag, with the text and offset of its named group `name`. */
export function matchesOf(re: RegExp, text: string): Array<{ name: string; at: number }> {
  const found: Array<{ name: string; at: number }> = [];
  for (const match of text.matchAll(re)) {
    const name = match.groups?.name;
    const span = match.indices?.groups?.name;
    if (name !== undefined && span !== undefined) found.push({ name, at: span[0] });
  }
  return found;
}

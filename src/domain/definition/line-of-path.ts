import { parseTree, type Node } from 'jsonc-parser';
import type { JsonPath } from '../json';

/** The value under `key` in an object node; with duplicate keys the last, the one JSON.parse and Go keep. */
function child(node: Node, key: string | number): Node | undefined {
  if (node.type === 'array' && typeof key === 'number') return node.children?.[key];
  if (node.type !== 'object') return undefined;
  const properties = (node.children ?? []).filter((property) => property.children?.[0]?.value === String(key));
  return properties[properties.length - 1]?.children?.[1];
}

/**
 * The 1-based line where the value at `path` starts in a definition's text, or where the nearest enclosing
 * value starts when the path goes further than the text (a required field that is missing). Undefined when
 * the text does not parse at all.
 */
export function lineOfPath(text: string, path: JsonPath): number | undefined {
  let node = parseTree(text);
  if (!node) return undefined;
  for (const key of path) {
    const next = child(node, key);
    if (!next) break;
    node = next;
  }
  const start = node.parent?.type === 'property' ? node.parent.offset : node.offset;
  return text.slice(0, start).split('\n').length;
}

import { expect } from 'vitest';
import type { JsonObject } from '../json';
import type { EditOptions, PluginEdit } from './edit-types';
import { applyEdit } from './edits';
import type { DefinitionFormat } from './model';

/** Applies an edit that must succeed, and checks that its inverse gives back the exact original text. */
export function applyOk(doc: JsonObject, format: DefinitionFormat, edit: PluginEdit, options?: EditOptions): JsonObject {
  const before = JSON.stringify(doc);
  const result = applyEdit(doc, format, edit, options);
  if (!result.ok) throw new Error(`refused: ${result.code}: ${result.reason}`);
  expect(JSON.stringify(doc)).toBe(before);
  const back = applyEdit(result.doc, format, result.inverse, options);
  if (!back.ok) throw new Error(`inverse refused: ${back.reason}`);
  expect(JSON.stringify(back.doc)).toBe(before);
  return result.doc;
}

/** Applies an edit that must be refused; returns the code. */
export function refusedCode(doc: JsonObject, format: DefinitionFormat, edit: PluginEdit, options?: EditOptions): string {
  const result = applyEdit(doc, format, edit, options);
  if (result.ok) throw new Error(`expected a refusal for ${edit.type}`);
  expect(result.reason.length).toBeGreaterThan(10);
  return result.code;
}

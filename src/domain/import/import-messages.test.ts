import { describe, expect, it } from 'vitest';
import { readImportFile, readImportText } from './read-import';

const encode = (text: string) => new TextEncoder().encode(text);
const definition = '{"api_id":"a1","name":"A","proxy":{"listen_path":"/a/","target_url":"http://u"},"version_data":{"not_versioned":true,"versions":{"Default":{"name":"Default"}}}}';

describe('import messages that say what is wrong', () => {
  it('objects nested 10,000 deep are too deep, not "a part of a definition"', () => {
    const reading = readImportText(`{"custom_middleware":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`, 'deep.json');
    expect(reading.kind).toBe('problem');
    if (reading.kind !== 'problem') return;
    expect(reading.problem.kind).toBe('too-deep');
    expect(reading.finding.message).toMatch(/"deep\.json": The document is nested more than 512 levels deep/);
    expect(reading.finding.message).not.toMatch(/part of a definition/);
  });

  it('bytes that are not UTF-8 are named as such, with the first bad one', () => {
    const bytes = new Uint8Array([...encode('{"api_id":"a1","name":"Caf'), 0xe9, ...encode('"}')]);
    const reading = readImportFile('latin.json', bytes);
    expect(reading.kind).toBe('problem');
    if (reading.kind !== 'problem') return;
    expect(reading.finding.message).toMatch(/"latin\.json" is not UTF-8 text: byte 0xE9 at offset 26/);
    expect(reading.finding.fix).toMatch(/UTF-8/);
  });

  it('raw binary is still "neither JSON text nor a bundle"', () => {
    const reading = readImportFile('x.bin', new Uint8Array([0x00, 0xff, 0xfe, 0x00, 0x80]));
    expect(reading.kind === 'problem' && reading.problem.kind).toBe('binary');
  });

  it('a key written twice opens, with a warning that says the last value counts', () => {
    const reading = readImportText(definition.replace('"name":"A"', '"name":"First","name":"Second"'));
    expect(reading.kind).toBe('definition');
    if (reading.kind !== 'definition') return;
    expect(reading.doc.name).toBe('Second');
    expect(reading.findings).toContainEqual(expect.objectContaining({ code: 'duplicate-key', severity: 'warning', path: ['name'] }));
  });
});

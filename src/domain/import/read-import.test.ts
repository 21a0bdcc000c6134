import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_TYK, describeWithShared } from '../create/testing/tyk-schemas';
import { describeImportProblem, formatSize } from './import-problems';
import { readImportFile, readImportText } from './read-import';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readImportText', () => {
  it('opens Tyk Classic, Tyk OAS and plain OpenAPI documents', () => {
    const classic = readImportText('{"api_id":"a","name":"A","proxy":{"listen_path":"/a/"}}');
    expect(classic.kind === 'definition' && classic.format).toBe('classic');
    const oas = readImportText('{"openapi":"3.0.3","info":{},"paths":{},"x-tyk-api-gateway":{}}');
    expect(oas.kind === 'definition' && oas.format).toBe('oas');
    expect(readImportText('{"openapi":"3.1.0","info":{"title":"T"},"paths":{}}').kind).toBe('openapi');
  });

  it('opens a definition with wrong types at plugin fields, listing them', () => {
    const reading = readImportText('{"api_id":"a","proxy":{},"custom_middleware":{"pre":"not a list"}}');
    expect(reading.kind).toBe('definition');
    if (reading.kind !== 'definition') return;
    expect(reading.findings.length).toBeGreaterThan(0);
    expect(reading.findings.some((f) => f.path.join('.') === 'custom_middleware.pre')).toBe(true);
    const clean = readImportText('{"api_id":"a","proxy":{},"custom_middleware":{"pre":[]}}');
    expect(clean.kind === 'definition' && clean.findings).toEqual([]);
  });

  it('says where JSON breaks, by line and column', () => {
    const reading = readImportText('{\n  "name": "A",\n  "proxy": }\n', 'orders.json');
    expect(reading.kind).toBe('problem');
    if (reading.kind !== 'problem') return;
    expect(reading.problem).toMatchObject({ kind: 'not-json', line: 3, column: 12 });
    expect(reading.finding.code).toBe('import-not-json');
    expect(reading.finding.message).toMatch(/^"orders\.json" is not valid JSON: .+ at line 3, column 12\.$/);
    expect(reading.finding.message).not.toContain('(line');
  });

  it('tells a fragment from JSON that is no definition at all', () => {
    const fragment = readImportText('{"custom_middleware":{"driver":"python","pre":[]}}', 'cm.json');
    expect(fragment.kind === 'problem' && fragment.problem).toEqual({
      kind: 'fragment',
      part: 'custom_middleware',
    });
    const entries = readImportText('[{"name":"MyPre","path":"plugin.so"}]');
    expect(entries.kind === 'problem' && entries.problem).toEqual({
      kind: 'fragment',
      part: 'a list of plugin entries',
    });
    const xTyk = readImportText(
      '{"info":{"name":"A","state":{"active":true}},"upstream":{"url":"http://a"}}',
    );
    expect(xTyk.kind === 'problem' && xTyk.problem.kind).toBe('fragment');

    const other = readImportText('{"hello":"world"}', 'hello.json');
    expect(other.kind === 'problem' && other.problem.kind).toBe('not-definition');
    // Said once: the detector's own "Not a Tyk API definition:" opening is not repeated.
    expect(other.kind === 'problem' && other.finding.message).toBe(
      '"hello.json" is JSON but not a Tyk API definition: no api_id, proxy or version_data (Tyk Classic) and no openapi (Tyk OAS).',
    );
    const manifest = readImportText('{"file_list":["a.py"],"custom_middleware":{"driver":"python"}}');
    expect(manifest.kind === 'problem' && manifest.finding.message).toContain('bundle manifest');
    const number = readImportText('42');
    expect(number.kind === 'problem' && number.problem.kind).toBe('not-definition');
  });

  it('explains empty text', () => {
    const empty = readImportText('  \n');
    expect(empty.kind === 'problem' && empty.finding.message).toBe('The pasted text is empty.');
  });
});

describe('readImportFile', () => {
  it('hands a zip over untouched and reads JSON files', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(readImportFile('bundle.zip', zip)).toEqual({ kind: 'zip', bytes: zip });
    expect(readImportFile('a.json', utf8('{"openapi":"3.0.3","info":{},"paths":{}}')).kind).toBe('openapi');
  });

  it('refuses a binary file with a message', () => {
    const reading = readImportFile('logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    expect(reading.kind === 'problem' && reading.finding).toMatchObject({
      severity: 'error',
      code: 'import-binary',
    });
  });
});

describe('describeImportProblem', () => {
  it('gives sizes people read', () => {
    expect(describeImportProblem({ kind: 'too-large', size: 80 * 1024 * 1024 }, 'dump.json').message).toBe(
      '"dump.json" is 80 MB; files over 50 MB are not opened.',
    );
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(12)).toBe('12 bytes');
  });

  it('always says what to do', () => {
    const kinds = [
      { kind: 'not-json', line: 1, column: 2, detail: 'x' },
      { kind: 'empty' },
      { kind: 'not-definition' },
      { kind: 'fragment', part: 'proxy' },
      { kind: 'too-large', size: 1 },
      { kind: 'binary' },
    ] as const;
    const codes = new Set<string>();
    for (const problem of kinds) {
      const finding = describeImportProblem(problem);
      expect(finding.fix?.length).toBeGreaterThan(10);
      expect(finding.message.startsWith('The pasted text')).toBe(true);
      codes.add(finding.code);
    }
    expect(codes.size).toBe(kinds.length);
  });
});

const examples = path.join(SHARED_TYK, 'examples');
describeWithShared(['examples/classic', 'examples/oas'], 'the gateway examples open', () => {
  const list = (dir: string) => fs.readdirSync(path.join(examples, dir)).filter((f) => f.endsWith('.json'));
  it.each(list('classic'))('classic/%s', (file) => {
    const reading = readImportFile(file, fs.readFileSync(path.join(examples, 'classic', file)));
    expect(reading.kind === 'definition' && reading.format, JSON.stringify(reading).slice(0, 300)).toBe(
      'classic',
    );
  });
  // SOURCES.md: the two urlRewrite-native/-oas files are middleware fragments, not whole definitions.
  const fragments = ['urlRewrite-native.json', 'urlRewrite-oas.json'];
  it.each(list('oas').filter((f) => !fragments.includes(f)))('oas/%s', (file) => {
    const reading = readImportFile(file, fs.readFileSync(path.join(examples, 'oas', file)));
    expect(['definition', 'openapi'], JSON.stringify(reading).slice(0, 300)).toContain(reading.kind);
  });
  it.each(fragments)('oas/%s is refused as a fragment', (file) => {
    const reading = readImportFile(file, fs.readFileSync(path.join(examples, 'oas', file)));
    expect(reading.kind === 'problem' && reading.problem.kind).toBe('fragment');
  });
  it('the signed bundle is a zip', () => {
    const bytes = fs.readFileSync(path.join(examples, 'bundles', 'otto-signed-bundle.zip'));
    expect(readImportFile('otto-signed-bundle.zip', bytes).kind).toBe('zip');
  });
});

import { describe, expect, it } from 'vitest';
import { isValidIdentifier, sanitizeIdentifier } from './identifier';
import { languageForDriver, languageForPath, SOURCE_LANGUAGES } from './language';

describe('languages', () => {
  it('maps file extensions and drivers', () => {
    expect(languageForPath('plugins/auth.go')).toBe('go');
    expect(languageForPath('middleware.py')).toBe('python');
    expect(languageForPath('dir\\hook.JS')).toBe('javascript');
    expect(languageForPath('bundle.lua')).toBe('lua');
    expect(languageForPath('plugin.so')).toBeUndefined();
    expect(languageForPath('.js')).toBeUndefined();
    expect(languageForDriver('goplugin')).toBe('go');
    expect(languageForDriver('otto')).toBe('javascript');
    expect(languageForDriver('javascript')).toBe('javascript');
    expect(languageForDriver('grpc')).toBe('none');
    expect(languageForDriver('constructor')).toBe('none');
    expect(languageForDriver('')).toBe('none');
  });

  it('sanitizes names into identifiers each language accepts', () => {
    expect(sanitizeIdentifier('go', 'my-pre hook')).toBe('My_pre_hook');
    expect(sanitizeIdentifier('go', '_x')).toBe('X_x');
    expect(sanitizeIdentifier('python', '2fa')).toBe('_2fa');
    expect(sanitizeIdentifier('python', 'class')).toBe('class_');
    expect(sanitizeIdentifier('javascript', 'a$b.c')).toBe('a$b_c');
    expect(sanitizeIdentifier('lua', 'héllo')).toBe('h_llo');
    expect(sanitizeIdentifier('lua', '')).toBe('plugin');
    for (const lang of SOURCE_LANGUAGES) {
      for (const raw of ['', '---', 'end', 'func', 'def', 'var', '9lives', 'ok name', 'ñandú']) {
        expect(isValidIdentifier(lang, sanitizeIdentifier(lang, raw)), `${lang} ${raw}`).toBe(true);
      }
    }
  });
});

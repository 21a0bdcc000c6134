import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCE_LANGUAGES } from './language';
import { maskSource } from './mask';

// Text made of the characters that open and close comments, strings and templates, to reach odd states.
const tricky = fc
  .array(
    fc.constantFrom(
      '/',
      '*',
      '"',
      "'",
      '`',
      '$',
      '{',
      '}',
      '#',
      '-',
      '[',
      ']',
      '=',
      '\\',
      '\n',
      'a',
      ' ',
      '(',
    ),
    {
      maxLength: 80,
    },
  )
  .map((chars) => chars.join(''));

describe('maskSource', () => {
  it.each(SOURCE_LANGUAGES)('%s: keeps length and line breaks, only ever blanks characters', (language) => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string()), (src) => {
        const masked = maskSource(language, src);
        expect(masked.length).toBe(src.length);
        for (let i = 0; i < src.length; i++) {
          const m = masked[i];
          expect(m === src[i] || m === ' ').toBe(true);
          if (src[i] === '\n') expect(m).toBe('\n');
        }
      }),
    );
  });

  // The source with each listed part replaced by spaces (line breaks kept).
  const without = (src: string, parts: string[]): string =>
    parts.reduce((text, part) => text.replace(part, part.replace(/[^\n]/g, ' ')), src);

  it('blanks what each language calls a comment or a string', () => {
    const go = 'a // b\nc /* d */ "e\\"f" `g\nh` \'i\' j';
    expect(maskSource('go', go)).toBe(without(go, ['// b', '/* d */', '"e\\"f"', '`g\nh`', "'i'"]));
    const py = "a # b\nc '''d\n''' r'e' \"f\\\"\" g";
    expect(maskSource('python', py)).toBe(without(py, ['# b', "'''d\n'''", "'e'", '"f\\""']));
    const lua = 'a -- b\nc --[=[ d ]] ]=] [[e]] "f" g';
    expect(maskSource('lua', lua)).toBe(without(lua, ['-- b', '--[=[ d ]] ]=]', '[[e]]', '"f"']));
    const js = 'a = /x\\/y/g; b = c / d; `t${e}u`';
    expect(maskSource('javascript', js)).toBe(without(js, ['/x\\/y/', '`t$', 'u`']));
  });
});

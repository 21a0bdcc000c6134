import { Fragment } from 'react';

/** Camel-case humps and separators: where a long function name may wrap without breaking a word. */
const PARTS = /[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])|[^A-Za-z0-9]+/g;

/** A function name that wraps between its words (AddCorrelation|ID, check_|token), never inside one. */
export function BreakableName({ name }: { name: string }) {
  const parts = name.match(PARTS) ?? [name];
  if (parts.join('') !== name) return <>{name}</>;
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/**
 * The address that opens an API's plugin code at a file and/or function: `/apis/:id/code?file=&fn=`.
 * The pipeline's "Edit code" links here; with `fn` alone the editor finds the file that defines it.
 */
export function codeLink(apiId: string, target: { file?: string; fn?: string; test?: string } = {}): string {
  const params = new URLSearchParams();
  if (target.file) params.set('file', target.file);
  if (target.fn) params.set('fn', target.fn);
  // `test=<hook>:<index>`: the Test panel of the function at that place.
  if (target.test) params.set('test', target.test);
  const query = params.toString();
  return `/apis/${encodeURIComponent(apiId)}/code${query ? `?${query}` : ''}`;
}

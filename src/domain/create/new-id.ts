/** Makes an API id (Classic `api_id`, OAS `x-tyk-api-gateway.info.id`): 32 hex characters, as the gateway makes them. */
export type IdGenerator = () => string;

export const randomApiId: IdGenerator = () => {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function')
    return cryptoApi.randomUUID().replaceAll('-', '');
  // Old runtimes without randomUUID: uniqueness matters here, not secrecy.
  let id = '';
  while (id.length < 32) id += Math.floor(Math.random() * 16).toString(16);
  return id;
};

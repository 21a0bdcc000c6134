import { describe, expect, it } from 'vitest';
import { readPluginModel } from '../definition/read';
import type { JsonObject } from '../json';
import { DEFAULT_PROFILE } from '../profile/profile';
import { bundleChecksum } from './checksum';
import { reviewBundles } from './review';

const doc = (bundle: string): JsonObject => ({
  api_id: 'p',
  custom_middleware_bundle: bundle,
  custom_middleware: {
    driver: 'python',
    pre: [{ name: 'Normalise', path: '' }],
    post: [{ name: 'AddCorrelationID', path: '' }],
  },
});
const middleware = "from tyk.decorators import *\n\n@Hook\ndef Normalise(request, session, spec):\n    return request, session\n";

describe('reviewBundles: the bundle a push makes the gateway fetch', () => {
  it('names the bundle, where the gateway fetches it, its build, and the functions no file defines', () => {
    const files = { 'middleware.py': middleware };
    const [review, ...more] = reviewBundles(readPluginModel(doc('auth-v3.zip'), 'classic'), files, { ...DEFAULT_PROFILE, bundleBaseUrl: 'https://bundles.example.com/' });
    expect(more).toEqual([]);
    expect(review).toEqual({
      name: 'auth-v3.zip',
      url: 'https://bundles.example.com/auth-v3.zip',
      // gateway/coprocess_bundle.go: the MD5 of the listed files' contents, in file_list order.
      build: { fileList: ['middleware.py'], checksum: bundleChecksum(files, ['middleware.py']) },
      functions: [
        { hook: 'pre', name: 'Normalise' },
        { hook: 'post', name: 'AddCorrelationID' },
      ],
      undefinedFunctions: ['AddCorrelationID'],
    });
  });

  it('has no URL without bundle_base_url, no build without files, and nothing for an API without a bundle', () => {
    const [review] = reviewBundles(readPluginModel(doc('b.zip'), 'classic'), {}, DEFAULT_PROFILE);
    expect(review?.url).toBeUndefined();
    expect(review?.build).toBeUndefined();
    expect(review?.undefinedFunctions).toEqual([]);
    expect(reviewBundles(readPluginModel(doc(''), 'classic'), {}, DEFAULT_PROFILE)).toEqual([]);
  });
});

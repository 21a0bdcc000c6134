export const USAGE = `Plugin Studio CLI: check Tyk API definitions' plugin configuration.

Usage:
  npm run cli -- roundtrip FILE...
      Read each definition and write it back with no edits; compare content and key order.
      Prints "ok  FILE" or "FAIL FILE: reason" per file, then "N passed, M failed". Exit 1 on any failure.
  npm run cli -- lint [--profile PROFILE.json] FILE...
      Findings as "severity code path message". Exit 1 when there is an error.
      PROFILE.json describes the gateway: {"build": "release"|"custom-lua", "enableCoprocess", "enableJsvm",
      "grpcServerConfigured", "bundleDownloader", "publicKeyPathSet"}; missing fields take a stock release
      gateway's values. Without --profile only the definition's own rules run.
  npm run cli -- pipeline FILE [--endpoint "METHOD /path"] [--profile PROFILE.json]
      The gateway's middleware chain for this definition, one stage per line:
      "+" runs, "-" skipped, "?" decided by the gateway's config; hook functions below their stage.
  npm run cli -- convert --to oas|classic FILE
      The converted definition as JSON on stdout; settings that did not convert on stderr.
  npm run cli -- --help
`;

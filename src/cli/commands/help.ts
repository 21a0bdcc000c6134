export const USAGE = `Plugin Studio CLI: check Tyk API definitions' plugin configuration.

Usage:
  npm run cli -- roundtrip FILE...
      Read each definition and write it back with no edits; compare content and key order.
      Prints "ok  FILE" or "FAIL FILE: reason" per file, then "N passed, M failed". Exit 1 on any failure.
  npm run cli -- lint [PROFILE OPTIONS] [--bundle FILE|DIR]... FILE...
      Findings as "severity code path message". Exit 1 when there is an error.
  npm run cli -- pipeline FILE [--endpoint "METHOD /path"] [PROFILE OPTIONS] [--bundle FILE|DIR]...
      The gateway's middleware chain for this definition, one stage per line:
      "+" runs, "-" skipped, "?" decided by the gateway's config or not known here; hook functions
      below their stage, a bundle's in [brackets].
  npm run cli -- convert --to oas|classic FILE
      The converted definition as JSON on stdout; settings that did not convert on stderr.
  npm run cli -- --help

PROFILE OPTIONS describe the gateway the definition runs on:
  --profile PROFILE.json   {"build": "release"|"ee"|"custom-lua", "enableCoprocess", "enableJsvm",
                           "grpcServerConfigured", "bundleDownloader", "publicKeyPathSet"}; missing fields
                           take a stock release gateway's values (every switch off)
  --tyk-conf tyk.conf      read the switches from the gateway's own config file
  --build release|ee|custom-lua, --enable-coprocess, --enable-jsvm, --grpc-server, --bundle-downloader,
  --public-key-path        set one field on top of the above (each also as --name=false)
  Without any of these, only the definition's own rules run and Lua counts as unavailable.

--bundle FILE|DIR gives a bundle the definition loads (custom_middleware_bundle, pluginConfig.bundle):
  a bundle zip, its manifest.json, or the folder holding manifest.json; repeat it for several bundles
  (matched by file name, else in order). Its manifest's hooks are the ones that run; without it, the
  hooks are shown as coming from the bundle, unknown.
`;

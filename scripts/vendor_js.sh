#!/usr/bin/env bash
# Copy the dashboard's charting libraries (vega, vega-lite, vega-embed) and Swagger UI (versions
# pinned in custody/serve/package.json + package-lock.json) from npm into
# custody/serve/static/vendor/. The copies are committed: installing custody
# needs no npm and the dashboard works offline. Run after changing a version.
set -euo pipefail
cd "$(dirname "$0")/../custody/serve"
npm ci --no-audit --no-fund --ignore-scripts
out=static/vendor
mkdir -p "$out"
for lib in vega vega-lite vega-embed; do
  # without the source-map comment: the maps are not shipped
  sed '/^\/\/# sourceMappingURL=/d' "node_modules/$lib/build/$lib.min.js" > "$out/$lib.min.js"
  license=$(ls node_modules/$lib/LICENSE* | head -n 1)
  cp "$license" "$out/$lib.LICENSE.txt"
  version=$(node -p "require('./node_modules/$lib/package.json').version")
  echo "$lib $version" >> "$out/VERSIONS.txt.new"
done
# Swagger UI for /docs (the API's OpenAPI page), without its source map.
sed '/^\/\/# sourceMappingURL=/d' node_modules/swagger-ui-dist/swagger-ui-bundle.js > "$out/swagger-ui-bundle.js"
sed '/^\/\*# sourceMappingURL=/d' node_modules/swagger-ui-dist/swagger-ui.css > "$out/swagger-ui.css"
cp node_modules/swagger-ui-dist/LICENSE "$out/swagger-ui.LICENSE.txt"
echo "swagger-ui-dist $(node -p "require('./node_modules/swagger-ui-dist/package.json').version")" >> "$out/VERSIONS.txt.new"
mv "$out/VERSIONS.txt.new" "$out/VERSIONS.txt"
rm -rf node_modules
echo "copied into custody/serve/$out:"; cat "$out/VERSIONS.txt"

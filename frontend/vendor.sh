#!/usr/bin/env bash
# Vendors the web console's third-party assets from the npm registry into the repository (run after changing
# frontend/package.json; the results are committed, so building agendapack needs neither npm nor the network):
#  - govuk-frontend's CSS -> src/main/resources/console/static/govuk-frontend.min.css
#    GDS Transport is GOV.UK's own typeface, licensed for GOV.UK services only: a council service uses Arial
#    (as the Design System says), so the @font-face rules are dropped and the font stack is arial, sans-serif.
#  - axe-core (tests only) -> src/test/resources/console/axe.min.js
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
static=../src/main/resources/console/static
mkdir -p "$static" ../src/test/resources/console
sed -e 's/@font-face{[^}]*}//g' -e 's/GDS Transport,arial,sans-serif/arial,sans-serif/g' \
    -e 's/font-family:GDS Transport;/font-family:arial,sans-serif;/g' \
    node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css > "$static/govuk-frontend.min.css"
node -p "\"govuk-frontend \" + require(\"./node_modules/govuk-frontend/package.json\").version + \", MIT licence, https://github.com/alphagov/govuk-frontend\"" > "$static/govuk-frontend.NOTICE.txt"
cp node_modules/axe-core/axe.min.js ../src/test/resources/console/axe.min.js
cp node_modules/axe-core/LICENSE ../src/test/resources/console/axe-core.LICENSE
echo "vendored govuk-frontend $(node -p 'require("./node_modules/govuk-frontend/package.json").version'), axe-core $(node -p 'require("./node_modules/axe-core/package.json").version')"

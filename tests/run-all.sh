#!/usr/bin/env bash
# Runs every test suite of Intake on a fresh machine: installs what the suites need when it is
# missing, checks formatting, runs each test project, and ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

echo "== what the suites need"
# The browser suite drives Debian's chromium (never a downloaded browser); the Direct Line client tests run
# botframework-directlinejs in Node. The page's own npm install runs inside the build (src/Intake.Web/Intake.Web.csproj).
if [ ! -x /usr/bin/chromium ]; then
  (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null || { echo "could not install chromium (apt-get install -y chromium)"; exit 1; }
fi
# The Redis store's tests start a redis-server of their own (PostgreSQL 15 is on the image: /usr/lib/postgresql/15/bin);
# a service apt may start on port 6379 is not the one they use.
if [ ! -x /usr/bin/redis-server ]; then
  (apt-get update -qq && apt-get install -y -qq redis-server) >/dev/null || { echo "could not install redis-server (apt-get install -y redis-server)"; exit 1; }
fi
directlinejs=tests/Intake.IntegrationTests/DirectLine/Node
if [ ! -f "$directlinejs/node_modules/.package-lock.json" ] || [ "$directlinejs/package-lock.json" -nt "$directlinejs/node_modules/.package-lock.json" ]; then
  (cd "$directlinejs" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error) || { echo "npm ci failed in $directlinejs"; exit 1; }
fi

echo "== restore and build"
dotnet restore Intake.sln || exit 1
dotnet build Intake.sln --no-restore -c Debug || exit 1

echo "== format"
dotnet format Intake.sln --verify-no-changes --no-restore || { echo "dotnet format found files to fix: run 'dotnet format Intake.sln'"; status=1; }

echo "== vulnerable packages"
# Where the registry answers, a package (direct or transitive) with a known vulnerability fails the run;
# an offline machine only says that it could not check.
if vulnerable=$(dotnet list Intake.sln package --vulnerable --include-transitive 2>&1); then
  if grep -q "has the following vulnerable packages" <<<"$vulnerable"; then
    echo "$vulnerable"
    echo "a referenced package has a known vulnerability: upgrade it in Directory.Packages.props"
    status=1
  else
    echo "no known-vulnerable packages"
  fi
else
  echo "the package registry did not answer the vulnerability check; it was skipped"
fi

for project in tests/Intake.UnitTests tests/Intake.IntegrationTests tests/Intake.BrowserTests; do
  echo "== $project"
  dotnet test "$project" --no-build -c Debug 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

summary=$(awk '/^(Passed|Failed)!  - /{gsub(",","");for(i=1;i<=NF;i++){if($i=="Failed:")f+=$(i+1);if($i=="Passed:")p+=$(i+1);if($i=="Skipped:")s+=$(i+1)}} END{printf "%d passed, %d failed, %d skipped\n",p,f,s}' "$log")
if ! grep -qE '^(Passed|Failed)!  - ' "$log"; then
  echo "no test summary was printed: treating the run as failed"
  status=1
fi
echo
echo "$summary"
exit $status

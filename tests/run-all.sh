#!/usr/bin/env bash
# Runs every test suite of Intake on a fresh machine: installs what the suites need when it is
# missing, checks formatting, runs each test project, and ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

echo "== restore and build"
dotnet restore Intake.sln || exit 1
dotnet build Intake.sln --no-restore -c Debug || exit 1

echo "== format"
dotnet format Intake.sln --verify-no-changes --no-restore || { echo "dotnet format found files to fix: run 'dotnet format Intake.sln'"; status=1; }

for project in tests/Intake.UnitTests tests/Intake.IntegrationTests; do
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

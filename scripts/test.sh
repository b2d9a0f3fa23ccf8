#!/usr/bin/env bash
# Runs every test project of Oms.slnx in Release and leaves one TRX file per test project in
# artifacts/test-results/, then prints "N passed, N failed[, N skipped]" summed over those files.
#
#   bash scripts/test.sh                                   # everything
#   bash scripts/test.sh --filter "FullyQualifiedName~Orders"   # extra arguments go to dotnet test
#
# Integration tests start their own throwaway PostgreSQL cluster (tests/Oms.TestSupport/PostgresCluster.cs) and
# RabbitMQ node (tests/Oms.TestSupport/RabbitMqNode.cs), and the console tests drive Debian's chromium with Playwright
# (tests/Oms.Console.Tests), so this script only makes sure the PostgreSQL and RabbitMQ server packages and chromium are
# installed (Debian/Ubuntu, as root or with sudo); their screenshots land in artifacts/screenshots/. Set OMS_TEST_POSTGRES
# to a connection string, OMS_TEST_RABBITMQ to an AMQP URI, or OMS_CHROMIUM to a chromium binary to use an existing one.
# The exit code is dotnet test's.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
results_dir=artifacts/test-results

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# VSTest kills a test host 100 ms after its run unless told otherwise; the shared test cluster is stopped and
# its directory deleted from a process-exit handler, which needs a little longer. A healthy host exits at once.
export VSTEST_TESTHOST_SHUTDOWN_TIMEOUT="${VSTEST_TESTHOST_SHUTDOWN_TIMEOUT:-30000}"

# True when initdb and pg_ctl are found where PostgresCluster looks for them.
have_postgres_server() {
  local bindir
  if bindir=$(pg_config --bindir 2>/dev/null) && [[ -x $bindir/initdb && -x $bindir/pg_ctl ]]; then
    return 0
  fi
  for bindir in /usr/lib/postgresql/*/bin; do
    [[ -x $bindir/initdb && -x $bindir/pg_ctl ]] && return 0
  done
  return 1
}

# True when the scripts RabbitMqNode runs are installed (Debian's layout; elsewhere the ones on PATH).
have_rabbitmq_server() {
  [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || command -v rabbitmq-server >/dev/null
}

# Installs the given Debian packages (postgresql, rabbitmq-server, chromium) without starting their services.
install_server_packages() {
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null; then
      echo "Server packages are missing and sudo is not available: run 'apt-get install $*' as root." >&2
      exit 1
    fi
    sudo=(sudo)
  fi
  echo "==> Installing server packages (apt-get install $*)"
  # The tests start their own clusters and nodes, so Debian's default PostgreSQL cluster and RabbitMQ node must not
  # be started: a temporary policy-rc.d (Debian's switch for maintainer scripts) refuses service starts during the install.
  local policy=/usr/sbin/policy-rc.d added_policy=false
  if [[ ! -e $policy ]]; then
    # shellcheck disable=SC2064 # expanded now on purpose: the locals are gone when the trap runs
    trap "${sudo[*]} rm -f $policy" EXIT
    added_policy=true
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod 755 "$policy"
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
  # Leave no temporary policy behind (the EXIT trap covers a failed or interrupted install).
  if $added_policy; then
    "${sudo[@]}" rm -f "$policy"
    trap - EXIT
  fi
}

# Prints "N passed, N failed[, N skipped]" summed over the <Counters .../> element of each TRX file.
# Skipped tests are total minus executed; errors, timeouts and aborts count as failed, and so does each run-level
# error (<RunInfo outcome="Error">, e.g. a crashed test host) other than a failed test's echo, which the counters leave out.
print_summary() {
  local files=("$results_dir"/*.trx)
  if [[ ! -e ${files[0]} ]]; then
    echo "No TRX files in $results_dir." >&2
    echo "0 passed, 0 failed"
    return
  fi
  local file
  for file in "${files[@]}"; do
    tr -s '\r\n' '  ' <"$file" | grep -o '<Counters [^>]*>\|<RunInfo [^>]*outcome="Error">[^<]*<Text>[^<]*' || true
  done | awk '
    function count(element, name) {
      if (match(element, " " name "=\"[0-9]+\"")) return substr(element, RSTART + length(name) + 3, RLENGTH - length(name) - 4) + 0
      return 0
    }
    # xUnit also reports each failed test as a run-level error ("... [FAIL]"): that one the counters already hold.
    /^<RunInfo/ { if ($0 !~ /\[FAIL\]/) failed++; next }
    {
      total += count($0, "total"); executed += count($0, "executed"); passed += count($0, "passed")
      failed += count($0, "failed") + count($0, "error") + count($0, "timeout") + count($0, "aborted")
    }
    END {
      skipped = total - executed
      line = passed " passed, " failed " failed"
      if (skipped > 0) line = line ", " skipped " skipped"
      print line
    }'
}

missing=()
if [[ -z ${OMS_TEST_POSTGRES:-} ]] && ! have_postgres_server; then
  missing+=(postgresql)
fi
if [[ -z ${OMS_TEST_RABBITMQ:-} ]] && ! have_rabbitmq_server; then
  missing+=(rabbitmq-server)
fi
if [[ -z ${OMS_CHROMIUM:-} ]] && [[ ! -x /usr/bin/chromium ]]; then
  missing+=(chromium)
fi
if [[ ${#missing[@]} -gt 0 ]]; then
  install_server_packages "${missing[@]}"
fi

rm -rf "$results_dir" artifacts/screenshots artifacts/console-server.log
echo "==> dotnet test Oms.slnx -c Release ${*@Q}"
rc=0
dotnet test Oms.slnx -c Release \
  --results-directory "$results_dir" \
  --logger trx \
  --logger "console;verbosity=normal" \
  "$@" || rc=$?

echo "==> TRX files in $results_dir:"
for trx in "$results_dir"/*.trx; do
  [[ -e $trx ]] && echo "    $trx"
done
# Each failed test with its message, so that the log's tail says what failed and why.
bash scripts/trx-failures.sh "$results_dir"/*.trx || true
print_summary
exit "$rc"

#!/usr/bin/env bash
# Runs every libFuzzer target of a build tree (the asan preset builds them) for a bounded time,
# two at a time (one per core), starting from the seed corpus in tests/fuzz/corpus/<name>/.
# Prints executions and coverage per target; exits 1 if any fuzzer found a crash, a leak or a
# timeout (the reproducer is left in BUILD/fuzz-artifacts/).
#   scripts/fuzz.sh [BUILD_DIR] [SECONDS_PER_TARGET]
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/asan}
seconds=${2:-60}
fuzzers=(fuzz_content_loader fuzz_schedule_import fuzz_manifest fuzz_kiosk_config fuzz_patch
         fuzz_lighting_packets fuzz_lua_host fuzz_wayfinding fuzz_csv_reader fuzz_xlsx_reader
         fuzz_show_command fuzz_fleet_command)
work="$build/fuzz-work"
artifacts="$build/fuzz-artifacts"
rm -rf "$work"
mkdir -p "$work" "$artifacts"

run_one() {
  local name=$1
  local corpus="$work/$name"
  mkdir -p "$corpus"
  # The new inputs go to the work corpus; the seeds are read only.
  "$build/tests/fuzz/$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$name-" "$corpus" "tests/fuzz/corpus/$name" >"$work/$name.log" 2>&1
  echo $? >"$work/$name.rc"
}

for ((i = 0; i < ${#fuzzers[@]}; i += 2)); do
  run_one "${fuzzers[$i]}" &
  if ((i + 1 < ${#fuzzers[@]})); then run_one "${fuzzers[$((i + 1))]}" & fi
  wait
done

status=0
printf '%-24s %12s %10s %8s %8s  %s\n' target executions exec/s cov ft result
for name in "${fuzzers[@]}"; do
  log="$work/$name.log"
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  rc=$(cat "$work/$name.rc")
  result=ok
  if [ "$rc" != 0 ]; then
    result="FAILED (exit $rc; see $log)"
    status=1
  fi
  printf '%-24s %12s %10s %8s %8s  %s\n' "$name" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
if [ $status -ne 0 ]; then
  for name in "${fuzzers[@]}"; do
    if [ "$(cat "$work/$name.rc")" != 0 ]; then
      echo "---- $name"
      grep -A40 -m1 'ERROR\|==ERROR\|runtime error\|deadly signal\|timeout' "$work/$name.log" | head -60
    fi
  done
fi
exit $status

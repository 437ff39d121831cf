#!/usr/bin/env bash
# What CI runs (.ci/run): installs what is missing, then
#   1. ci:   gcc release build with warnings as errors, the whole test suite (ctest);
#   2. asan: clang AddressSanitizer + UndefinedBehaviorSanitizer (+ float-cast-overflow) build of
#            everything plus the libFuzzer targets; the whole suite again, each fuzzer over its seeds
#            (less one real-time test: the staff page's taps against a 4 s fade on the wire, which
#            ASan's slow frames cannot keep up with; the ci stage runs it);
#   3. tsan: clang ThreadSanitizer build of the threaded tests only (sync service, show thread,
#            output thread, the UI's workers, the fleet broker client and kiosk app), run;
#   4. fuzz: each fuzzer for MARQUEE_FUZZ_SECONDS (default 60) from its seed corpus.
# Each stage's time is printed at the end; the whole run is kept under 45 minutes on 2 cores.
# MARQUEE_CI_STAGES="ci asan tsan fuzz" picks stages (e.g. "ci" for the quick run).
set -euo pipefail
cd "$(dirname "$0")/.."
stages=${MARQUEE_CI_STAGES:-ci asan tsan fuzz}
timings=()

stage() {
  local name=$1
  shift
  local start=$SECONDS
  echo "==== $name"
  "$@"
  timings+=("$(printf '%-12s %5d s' "$name" $((SECONDS - start)))")
}
wants() { [[ " $stages " == *" $1 "* ]]; }

stage setup scripts/setup-debian.sh
if wants ci; then
  stage ci-build bash -c 'cmake --preset ci && cmake --build --preset ci'
  stage ci-test ctest --preset ci
fi
if wants asan || wants fuzz; then
  stage asan-build bash -c 'cmake --preset asan && cmake --build --preset asan'
fi
if wants asan; then
  stage asan-test ctest --preset asan
fi
if wants tsan; then
  stage tsan-build bash -c 'cmake --preset tsan && cmake --build --preset tsan'
  stage tsan-test ctest --preset tsan
fi
if wants fuzz; then
  stage fuzz scripts/fuzz.sh build/asan "${MARQUEE_FUZZ_SECONDS:-60}"
fi
echo "==== stage times"
printf '%s\n' "${timings[@]}"
echo "total        $SECONDS s"

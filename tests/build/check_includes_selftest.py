#!/usr/bin/env python3
"""Self-test of scripts/check_includes.py, so the include_graph test cannot pass by checking nothing.

    check_includes_selftest.py CHECK_INCLUDES_PY FIXTURES_DIR

FIXTURES_DIR/good is a miniature source tree that follows its module graph (relative includes,
a transitive dependency, generated headers, the scripting source root, system headers, and a
tests/ file that includes anything); FIXTURES_DIR/bad is the same tree with one problem of each
kind the check reports. The check must pass the first with no output, fail the second with
exactly the findings below, and refuse a cyclic graph with exit status 2.
"""

import subprocess
import sys
from pathlib import Path

EXPECTED_BAD = """\
kiosk/extra: directory is not a module in cmake/module_graph.txt
kiosk/ui/CMakeLists.txt: module ui links marquee::core, which cmake/module_graph.txt does not list as its dependency
kiosk/ui/CMakeLists.txt: module ui links marquee::scripting, which cmake/module_graph.txt does not list as its dependency
kiosk/ui/CMakeLists.txt: cmake/module_graph.txt says module ui depends on content, but it does not link marquee::content
kiosk/app/main.cpp:6: "kiosk/core/clock.hpp" reaches kiosk/ through the source root; include it as "core/clock.hpp"
kiosk/content/model.cpp:2: module content may not include tests ("../../tests/ui/helper.hpp": production code never includes tests/ or bench/)
kiosk/content/model.hpp:4: module content may not include ui (allowed: core): "ui/widgets.hpp"
kiosk/core/clock.hpp:3: module core may not include content (allowed: none): "content/model.hpp"
kiosk/ui/screens/home.cpp:5: module ui may not include scripting (allowed: content, core): "scripting/host/host.hpp"
kiosk/ui/screens/home.cpp:6: "content/missing.hpp" does not exist (looked next to the file, in kiosk/ and in the source root)
"""


def run(script: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, timeout=60)


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    script, fixtures = Path(sys.argv[1]), Path(sys.argv[2])
    failures = []

    good = run(script, str(fixtures / "good"))
    if good.returncode != 0 or good.stdout or good.stderr:
        failures.append(f"good tree: expected exit 0 and no output, got exit {good.returncode}\n"
                        f"stdout:\n{good.stdout}stderr:\n{good.stderr}")

    bad = run(script, str(fixtures / "bad"))
    if bad.returncode != 1:
        failures.append(f"bad tree: expected exit 1, got {bad.returncode}\nstderr:\n{bad.stderr}")
    if bad.stdout != EXPECTED_BAD:
        got, want = bad.stdout.splitlines(), EXPECTED_BAD.splitlines()
        missing = [line for line in want if line not in got]
        extra = [line for line in got if line not in want]
        failures.append("bad tree: findings differ\n"
                        + "".join(f"  missing: {line}\n" for line in missing)
                        + "".join(f"  unexpected: {line}\n" for line in extra)
                        + ("  (same lines, different order)\n" if not missing and not extra else ""))
    if "10 problem(s)" not in bad.stderr:
        failures.append(f"bad tree: expected a summary of 10 problems on stderr, got:\n{bad.stderr}")

    cyclic = run(script, str(fixtures / "good"), "--graph", str(fixtures / "cyclic_graph.txt"))
    if cyclic.returncode != 2 or "cycle: core -> app -> content -> core" not in cyclic.stderr:
        failures.append(f"cyclic graph: expected exit 2 naming the cycle, got exit {cyclic.returncode}\n"
                        f"stderr:\n{cyclic.stderr}")

    missing_graph = run(script, str(fixtures / "good"), "--graph", str(fixtures / "no_such_graph.txt"))
    if missing_graph.returncode != 2:
        failures.append(f"missing graph file: expected exit 2, got {missing_graph.returncode}")

    for failure in failures:
        print(f"FAIL {failure}")
    if failures:
        return 1
    print("check_includes self-test: 4 cases passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

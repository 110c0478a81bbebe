#!/usr/bin/env python3
"""Benchmark of `agendapack build` on a generated large meeting (not a test).

Generates input under bench/work/ (git-ignored): a meeting of MONTHS x ORGS x METRICS KPI values whose
performance pack is the pack's appendix, builds it RUNS times (each a cold process, --force so nothing is
skipped) and prints medians: rows/s for ingest + validate + aggregate (from the step times the build prints),
pages/s for rendering, whole-process wall time and peak RSS (GNU time).

  python3 bench/run.py [--months 36] [--orgs 12] [--metrics 40] [--runs 5]
  python3 bench/run.py --mixed [--runs 3]   a ~400-page pack: generated reports, Markdown and supplied PDFs
Build the jar first: mvn -B -q package -DskipTests
"""
import argparse, os, re, shutil, statistics, subprocess, sys, time

from meetings import kpi_rows, mixed_meeting

ap = argparse.ArgumentParser()
ap.add_argument("--months", type=int, default=36)
ap.add_argument("--orgs", type=int, default=12)
ap.add_argument("--metrics", type=int, default=40)
ap.add_argument("--runs", type=int, default=5)
ap.add_argument("--meeting", default=None, help="benchmark an existing meeting folder instead")
ap.add_argument("--java-opts", default=None,
                help="JVM options of the build instead of ./agendapack's, e.g. \"\" for the JVM's defaults")
ap.add_argument("--xmx", default=None, help="maximum heap of the build, e.g. 256m: shows the build does not need more")
ap.add_argument("--mixed", action="store_true", help="a ~400-page pack mixing generated reports, Markdown and supplied PDFs")
a = ap.parse_args()

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
work = os.path.join(root, "bench", "work")
out = os.path.join(work, "output")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)

jar = os.path.join(root, "target", "agendapack.jar")


if a.meeting:
    folder = os.path.abspath(a.meeting)
    rows = None
elif a.mixed:
    folder = os.path.join(work, "mixed-meeting")
    rows = mixed_meeting(folder, root, work, jar)
else:
    folder = os.path.join(work, "bench-meeting")
    os.makedirs(folder)
    rows = kpi_rows(folder, a.months, a.orgs, a.metrics)

step_re = re.compile(r"^\s+ok\s+(\w+)\s+(.*?)\s+([\d.]+) s$")
walls, rss, ingest_rates, page_rates, pages_seen = [], [], [], [], None
for run in range(a.runs):
    env = dict(os.environ)
    if a.java_opts is not None or a.xmx:
        default = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"  # as ./agendapack on Java 25
        env["AGENDAPACK_JAVA_OPTS"] = (default if a.java_opts is None else a.java_opts) + (f" -Xmx{a.xmx}" if a.xmx else "")
    cmd = ["/usr/bin/time", "-v", os.path.join(root, "agendapack"), "build", "--force", "--output", out, folder]
    t0 = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=root, env=env)
    walls.append(time.monotonic() - t0)
    if p.returncode != 0:
        print(p.stdout, p.stderr, file=sys.stderr)
        sys.exit("build failed")
    rss.append(int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) / 1024)
    steps = {}
    for line in p.stdout.splitlines():
        m = step_re.match(line)
        if m:
            steps[m.group(1)] = (m.group(2), float(m.group(3)))
    data_s = sum(t for name, (_, t) in steps.items() if name.startswith("ingest") or name in ("validateInputs", "aggregateReports"))
    if rows:
        ingest_rates.append(rows / data_s)
    rendered, render_s = steps["renderPapers"]
    pages = int(re.search(r"([\d,]+) pages?", rendered).group(1).replace(",", ""))
    page_rates.append(pages / render_s)
    pages_seen = steps["assemblePack"][0]

print(f"meeting: {folder}" + (f" ({rows} KPI rows)" if rows else ""))
print(f"pack: {pages_seen}")
print(f"runs: {a.runs}" + (f", heap limited to {a.xmx}" if a.xmx else "") + (f", JVM options \"{a.java_opts}\"" if a.java_opts is not None else ", ./agendapack's JVM options"))
if ingest_rates:
    print(f"ingest+validate+aggregate: median {statistics.median(ingest_rates):,.0f} rows/s")
print(f"rendering: median {statistics.median(page_rates):.1f} pages/s")
print(f"whole build (wall): median {statistics.median(walls):.2f} s (min {min(walls):.2f}, max {max(walls):.2f})")
print(f"peak RSS: median {statistics.median(rss):.0f} MB (max {max(rss):.0f})")

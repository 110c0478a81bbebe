#!/usr/bin/env python3
"""Benchmark of `agendapack build` on a generated large meeting (not a test).

Generates input under bench/work/ (git-ignored): a meeting of MONTHS x ORGS x METRICS KPI values whose
performance pack is the pack's appendix, builds it RUNS times (each a cold process, --force so nothing is
skipped) and prints medians: rows/s for ingest + validate + aggregate (from the step times the build prints),
pages/s for rendering, whole-process wall time and peak RSS (GNU time).

  python3 bench/run.py [--months 36] [--orgs 12] [--metrics 40] [--runs 5]
Build the jar first: mvn -B -q package -DskipTests
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument("--months", type=int, default=36)
ap.add_argument("--orgs", type=int, default=12)
ap.add_argument("--metrics", type=int, default=40)
ap.add_argument("--runs", type=int, default=5)
ap.add_argument("--meeting", default=None, help="benchmark an existing meeting folder instead")
a = ap.parse_args()

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
work = os.path.join(root, "bench", "work")
out = os.path.join(work, "output")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)

if a.meeting:
    folder = os.path.abspath(a.meeting)
    rows = None
else:
    folder = os.path.join(work, "bench-meeting")
    os.makedirs(folder)
    orgs = [f"Org{i:02d}" for i in range(a.orgs)]
    months = [f"{2016 + m // 12}-{m % 12 + 1:02d}" for m in range(a.months)]
    metrics = [{"key": f"m{k:02d}", "label": f"Metric number {k}", "unit": ["count", "percent", "ratio"][k % 3]}
               for k in range(a.metrics)]
    with open(os.path.join(folder, "kpi-months.csv"), "w") as f:
        f.write("month,organisation,metric,value\n")
        for m in months:
            for o in orgs:
                for k, met in enumerate(metrics):
                    v = (hash((m, o, k)) % 10000)
                    f.write(f"{m},{o},{met['key']},{v if met['unit'] == 'count' else round(v / 100, 2)}\n")
    rows = len(months) * len(orgs) * len(metrics)
    meeting = {"committee": "Benchmark Committee", "date": "2019-02-01", "time": "18:30", "venue": "Town Hall",
               "organisations": orgs, "members": [], "substitutes": [],
               "items": [{"title": "Performance", "report": "performance-pack"}],
               "reports": {"performance-pack": {"title": "Benchmark Performance Pack", "months": [months[0], months[-1]],
                                                "metrics": metrics}}}
    json.dump(meeting, open(os.path.join(folder, "meeting.json"), "w"))

jar = os.path.join(root, "target", "agendapack.jar")
step_re = re.compile(r"^\s+ok\s+(\w+)\s+(.*?)\s+([\d.]+) s$")
walls, rss, ingest_rates, page_rates, pages_seen = [], [], [], [], None
for run in range(a.runs):
    cmd = ["/usr/bin/time", "-v", "java", "-jar", jar, "build", "--force", "--output", out, folder]
    t0 = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=root)
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
    pages = int(re.search(r"(\d+) pages", rendered).group(1))
    page_rates.append(pages / render_s)
    pages_seen = steps["assemblePack"][0]

print(f"meeting: {folder}" + (f" ({rows} KPI rows)" if rows else ""))
print(f"pack: {pages_seen}")
print(f"runs: {a.runs}")
if ingest_rates:
    print(f"ingest+validate+aggregate: median {statistics.median(ingest_rates):,.0f} rows/s")
print(f"rendering: median {statistics.median(page_rates):.1f} pages/s")
print(f"whole build (wall): median {statistics.median(walls):.2f} s (min {min(walls):.2f}, max {max(walls):.2f})")
print(f"peak RSS: median {statistics.median(rss):.0f} MB (max {max(rss):.0f})")

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
import argparse, json, os, re, shutil, statistics, subprocess, sys, time

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


def markdown_document(n, sections=14):
    """A long officer report in Markdown: numbered sections, paragraphs, lists and a table (about 2 pages per 5 sections)."""
    words = ("the council service delivery performance contract budget risk members officers review scrutiny "
             "partnership improvement residents digital programme savings workforce data security assurance").split()
    out = [f"# Report {n}: Service review and options appraisal", ""]
    for s in range(1, sections + 1):
        out += [f"## {s}.0 Section {s} of report {n}", ""]
        for p in range(3):
            out.append(f"{s}.{p + 1} " + " ".join(words[(s * 7 + p * 3 + i) % len(words)] for i in range(90)).capitalize() + ".")
            out.append("")
        out += ["- " + " ".join(words[(s + i) % len(words)] for i in range(12)) for _ in range(4)] + [""]
        out += ["| Measure | 2016/17 | 2017/18 | 2018/19 |", "|---|---:|---:|---:|"]
        out += [f"| Measure {s}.{r} | {s * 13 + r} | {s * 11 + r * 2} | {s * 12 + r * 3} |" for r in range(6)] + [""]
    return "\n".join(out) + "\n"


def supplied_pdf(dest):
    """A supplied PDF of about 60 pages, made by building a Markdown-only meeting with agendapack itself."""
    src = os.path.join(work, "supplied-source")
    os.makedirs(os.path.join(src, "documents"))
    items = []
    for d in range(3):
        open(os.path.join(src, "documents", f"doc{d}.md"), "w").write(markdown_document(100 + d, sections=24))
        items.append({"title": f"Supplied report {d}", "document": f"documents/doc{d}.md"})
    json.dump({"committee": "Supplier Board", "date": "2019-01-15", "time": "10:00", "venue": "Town Hall",
               "members": [], "substitutes": [], "items": items}, open(os.path.join(src, "meeting.json"), "w"))
    out_dir = os.path.join(work, "supplied-output")
    subprocess.run(["java", "-jar", jar, "build", "--no-padding", "--output", out_dir, src], check=True,
                   capture_output=True, cwd=root)
    shutil.copy(os.path.join(out_dir, "supplied-source", "agenda-pack.pdf"), dest)


def mixed_meeting(folder):
    """Performance pack (36 x 12 x 40 KPI values), progress report (140 recommendations), eight long Markdown
    reports and two supplied PDFs of about 60 pages each."""
    os.makedirs(os.path.join(folder, "documents"))
    rows_written = kpi_rows(folder, 36, 12, 40)
    sample = os.path.join(root, "input", "service-birmingham-progress-2016")
    import csv
    with open(os.path.join(sample, "recommendations.csv"), newline="") as f:
        recs = list(csv.DictReader(f))
    with open(os.path.join(folder, "recommendations.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(recs[0].keys()), quoting=csv.QUOTE_ALL)
        w.writeheader()
        for copy in range(10):
            for r in recs:
                w.writerow(dict(r, id=f"R{copy}{r['id'][1:]}"))
    sample_meeting = json.load(open(os.path.join(sample, "meeting.json")))
    items = [{"title": "Apologies"}, {"title": "Declarations of Interests"}]
    items.append({"title": "Performance", "report": "performance-pack"})
    items.append({"title": "Progress report", "report": "progress-report"})
    for d in range(8):
        open(os.path.join(folder, "documents", f"report-{d}.md"), "w").write(markdown_document(d))
        paper = {"title": f"Officer report {d}", "document": f"documents/report-{d}.md"}
        if d < 2:
            supplied_pdf(os.path.join(folder, "documents", f"supplied-{d}.pdf"))
            shutil.rmtree(os.path.join(work, "supplied-source"))
            shutil.rmtree(os.path.join(work, "supplied-output"))
            paper["appendices"] = [{"title": f"Appendix A - Supplied evidence {d}", "document": f"documents/supplied-{d}.pdf"}]
        items.append(paper)
    meeting = json.load(open(os.path.join(folder, "meeting.json")))
    meeting["items"] = items
    meeting["reports"]["progress-report"] = sample_meeting["reports"]["progress-report"]
    json.dump(meeting, open(os.path.join(folder, "meeting.json"), "w"))
    return rows_written + len(recs) * 10


def kpi_rows(folder, n_months, n_orgs, n_metrics):
    orgs = [f"Org{i:02d}" for i in range(n_orgs)]
    months = [f"{2016 + m // 12}-{m % 12 + 1:02d}" for m in range(n_months)]
    metrics = [{"key": f"m{k:02d}", "label": f"Metric number {k}", "unit": ["count", "percent", "ratio"][k % 3]}
               for k in range(n_metrics)]
    with open(os.path.join(folder, "kpi-months.csv"), "w") as f:
        f.write("month,organisation,metric,value\n")
        for m in months:
            for o in orgs:
                for k, met in enumerate(metrics):
                    v = (hash((m, o, k)) % 10000)
                    f.write(f"{m},{o},{met['key']},{v if met['unit'] == 'count' else round(v / 100, 2)}\n")
    meeting = {"committee": "Benchmark Committee", "date": "2019-02-01", "time": "18:30", "venue": "Town Hall",
               "organisations": orgs, "members": [], "substitutes": [],
               "items": [{"title": "Performance", "report": "performance-pack"}],
               "reports": {"performance-pack": {"title": "Benchmark Performance Pack", "months": [months[0], months[-1]],
                                                "metrics": metrics}}}
    json.dump(meeting, open(os.path.join(folder, "meeting.json"), "w"))
    return len(months) * len(orgs) * len(metrics)


if a.meeting:
    folder = os.path.abspath(a.meeting)
    rows = None
elif a.mixed:
    folder = os.path.join(work, "mixed-meeting")
    rows = mixed_meeting(folder)
else:
    folder = os.path.join(work, "bench-meeting")
    os.makedirs(folder)
    rows = kpi_rows(folder, a.months, a.orgs, a.metrics)

step_re = re.compile(r"^\s+ok\s+(\w+)\s+(.*?)\s+([\d.]+) s$")
walls, rss, ingest_rates, page_rates, pages_seen = [], [], [], [], None
for run in range(a.runs):
    env = dict(os.environ)
    if a.java_opts is not None or a.xmx:
        default = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"  # as ./agendapack
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
    pages = int(re.search(r"(\d+) pages", rendered).group(1))
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

"""Meetings the benchmarks generate (not tests): a large KPI meeting and a ~390-page mixed pack."""
import csv, json, os, re, shutil, subprocess, zlib


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


def supplied_pdf(dest, root, work, jar):
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


def mixed_meeting(folder, root, work, jar):
    """Performance pack (36 x 12 x 40 KPI values), progress report (140 recommendations), eight long Markdown
    reports and two supplied PDFs of about 60 pages each."""
    os.makedirs(os.path.join(folder, "documents"))
    rows_written = kpi_rows(folder, 36, 12, 40)
    sample = os.path.join(root, "input", "service-birmingham-progress-2016")
    with open(os.path.join(sample, "recommendations.csv"), newline="") as f:
        recs = list(csv.DictReader(f))
    with open(os.path.join(folder, "recommendations.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(recs[0].keys()), quoting=csv.QUOTE_ALL)
        w.writeheader()
        for copy in range(10):
            for r in recs:
                # Without the sample's links to places in its evidence pack, which this meeting does not have.
                r = {k: re.sub(r"\[([^\]]*)\]\(#[^)]*\)", r"\1", v) for k, v in r.items()}
                w.writerow(dict(r, id=f"R{copy}{r['id'][1:]}"))
    sample_meeting = json.load(open(os.path.join(sample, "meeting.json")))
    items = [{"title": "Apologies"}, {"title": "Declarations of Interests"}]
    items.append({"title": "Performance", "report": "performance-pack"})
    items.append({"title": "Progress report", "report": "progress-report"})
    for d in range(8):
        open(os.path.join(folder, "documents", f"report-{d}.md"), "w").write(markdown_document(d))
        paper = {"title": f"Officer report {d}", "document": f"documents/report-{d}.md"}
        if d < 2:
            supplied_pdf(os.path.join(folder, "documents", f"supplied-{d}.pdf"), root, work, jar)
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
                    v = zlib.crc32(f"{m}{o}{k}".encode()) % 10000  # the same values in every run
                    f.write(f"{m},{o},{met['key']},{v if met['unit'] == 'count' else round(v / 100, 2)}\n")
    meeting = {"committee": "Benchmark Committee", "date": "2019-02-01", "time": "18:30", "venue": "Town Hall",
               "organisations": orgs, "members": [], "substitutes": [],
               "items": [{"title": "Performance", "report": "performance-pack"}],
               "reports": {"performance-pack": {"title": "Benchmark Performance Pack", "months": [months[0], months[-1]],
                                                "metrics": metrics}}}
    json.dump(meeting, open(os.path.join(folder, "meeting.json"), "w"))
    return len(months) * len(orgs) * len(metrics)

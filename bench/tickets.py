#!/usr/bin/env python3
"""The ticket benchmark: agendapack's tickets ingest + validate + aggregate against DuckDB on the same file.

  python3 bench/tickets.py [--rows 1000000 10000000] [--runs 3] [--xmx 512m]

(after `mvn -B -q package -DskipTests`). For each size: generates a deterministic Hornbill-layout export of
that many tickets (10 councils, 36 months, scripts/generate-tickets.py bench; cached in bench/work/), a
meeting whose performance pack computes every ticket metric from it, then RUNS times, alternating, each a
cold process:
  - `./agendapack build --force` (GNU time for wall time and peak RSS; the step table for the time of
    ingestTickets + validateInputs + aggregateReports);
  - DuckDB's JDBC driver (bench/DuckDbTickets.java): read_csv and GROUP BY month, organisation and kind,
    the same counts (tickets logged, resolved, resolved within SLA, by Europe/London month).
Prints medians: rows/s of each (agendapack: rows / the three steps; DuckDB: rows / its query), the ratio, both
processes' wall time and peak RSS; and checks, once, that agendapack's staged counts equal DuckDB's, cell by cell.
DuckDB's driver is fetched into the local Maven repository (`mvn dependency:get`): it is never part of agendapack.
"""
import argparse, json, os, re, statistics, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
work = os.path.join(root, "bench", "work")
m2 = os.path.expanduser("~/.m2/repository")
DUCKDB = "1.4.4.0"
HSQLDB = "2.7.3"
ORGS = [f"Council {i}" for i in range(1, 11)]
FIRST, LAST = "2018-01", "2020-12"

step_re = re.compile(r"^\s+ok\s+(\w+)\s+(.*?)\s+([\d.]+) s$")


def jar(group, artifact, version):
    path = os.path.join(m2, *group.split("."), artifact, version, f"{artifact}-{version}.jar")
    if not os.path.exists(path):
        subprocess.run(["mvn", "-B", "-q", "dependency:get", f"-Dartifact={group}:{artifact}:{version}"], check=True)
    return path


def meeting(rows):
    export = os.path.join(work, f"tickets-{rows}.csv")
    if not os.path.exists(export):
        print(f"generating {export} …", flush=True)
        subprocess.run([sys.executable, os.path.join(root, "scripts", "generate-tickets.py"), "bench", str(rows), export + ".part",
                        "--organisations", "10", "--months", "36"], check=True)
        os.rename(export + ".part", export)
    folder = os.path.join(work, f"tickets-meeting-{rows}")
    os.makedirs(folder, exist_ok=True)
    link = os.path.join(folder, "tickets.csv")
    if not os.path.exists(link):
        os.link(export, link)  # a hard link: the same file, not a symbolic link (which a meeting folder refuses)
    t = "tickets"
    metrics = [
        {"key": "p1", "label": "Number of P1 Incidents", "unit": "count", "computed": {"from": t, "measure": "logged", "type": "incident", "priority": "P1"}},
        {"key": "p2", "label": "Number of P2 Incidents", "unit": "count", "computed": {"from": t, "measure": "logged", "type": "incident", "priority": "P2"}},
        {"key": "p3", "label": "Number of P3 Incidents", "unit": "count", "computed": {"from": t, "measure": "logged", "type": "incident", "priority": "P3"}},
        {"key": "sr", "label": "Number of Service Requests", "unit": "count", "computed": {"from": t, "measure": "logged", "type": "service request"}},
        {"key": "total", "label": "Total Calls Logged", "unit": "count", "computed": {"from": t, "measure": "logged"}},
        {"key": "open", "label": "Open Calls at Month End", "unit": "count", "computed": {"from": t, "measure": "open-at-month-end"}},
        {"key": "sla_p1", "label": "SLA Performance on P1 Incidents", "unit": "percent", "computed": {"from": t, "measure": "sla", "type": "incident", "priority": "P1"}},
        {"key": "sla_sr", "label": "SLA Performance on Service Requests", "unit": "percent", "computed": {"from": t, "measure": "sla", "type": "service request"}},
        {"key": "sla", "label": "Overall SLA Performance", "unit": "percent", "computed": {"from": t, "measure": "sla"}},
    ]
    with open(os.path.join(folder, "meeting.json"), "w") as f:
        json.dump({"committee": "Shared Service Joint Committee", "date": "2021-02-16", "time": "18:30", "venue": "Town Hall",
                   "organisations": ORGS,
                   "items": [{"title": "Performance Pack", "report": "performance-pack"}],
                   "reports": {"performance-pack": {"title": "Performance Pack", "months": [FIRST, LAST],
                                                    "tickets": {"preset": "hornbill"}, "metrics": metrics}}}, f, indent=1)
    return folder, export


def agendapack(folder, out, xmx, java_opts):
    env = dict(os.environ)
    if xmx:
        env["JAVA_TOOL_OPTIONS"] = f"-Xmx{xmx}"
    if java_opts is not None:
        env["AGENDAPACK_JAVA_OPTS"] = java_opts
    p = subprocess.run(["/usr/bin/time", "-v", os.path.join(root, "agendapack"), "build", "--force", "--output", out, folder],
                       capture_output=True, text=True, env=env, cwd=root)
    if p.returncode != 0:
        sys.exit("build failed:\n" + p.stdout + p.stderr)
    steps = {}
    for line in p.stdout.splitlines():
        m = step_re.match(line)
        if m:
            steps[m.group(1)] = float(m.group(3))
    return (steps["ingestTickets"] + steps["validateInputs"] + steps["aggregateReports"], wall(p.stderr), rss(p.stderr), steps)


def duckdb(export, jobs=None):
    cp = jar("org.duckdb", "duckdb_jdbc", DUCKDB) + os.pathsep + jar("org.hsqldb", "hsqldb", HSQLDB)
    classes = os.path.join(work, "duckdb-classes")
    if not os.path.exists(os.path.join(classes, "DuckDbTickets.class")):
        subprocess.run(["javac", "-d", classes, "-cp", cp, os.path.join(root, "bench", "DuckDbTickets.java")], check=True)
    cmd = ["/usr/bin/time", "-v", "java", "-cp", classes + os.pathsep + cp, "DuckDbTickets", export, FIRST, LAST]
    if jobs:
        cmd.append(jobs)
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("duckdb failed:\n" + p.stdout + p.stderr)
    seconds = float(re.search(r"query ([\d.]+) s", p.stdout).group(1))
    return seconds, wall(p.stderr), rss(p.stderr), p.stdout


def wall(stderr):
    t = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", stderr)
    return (int(t.group(1) or 0) * 3600) + int(t.group(2)) * 60 + float(t.group(3))


def rss(stderr):
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr).group(1)) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, nargs="+", default=[1_000_000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--xmx", default=None, help="cap agendapack's heap, e.g. 512m")
    ap.add_argument("--java-opts", default=None,
                    help="JVM options instead of ./agendapack's (C1 only, serial GC), e.g. \"-XX:+UseSerialGC\" for the optimising JIT too")
    a = ap.parse_args()
    os.makedirs(work, exist_ok=True)
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; "
          f"agendapack JVM options: {a.java_opts if a.java_opts is not None else './agendapack defaults'}; heap cap {a.xmx or 'none'}")
    for rows in a.rows:
        folder, export = meeting(rows)
        out = os.path.join(work, f"tickets-out-{rows}")
        ours, theirs = [], []
        for run in range(a.runs):
            ours.append(agendapack(folder, out, a.xmx, a.java_opts))
            theirs.append(duckdb(export))
            print(f"  run {run + 1}: agendapack {ours[-1][0]:.2f} s (steps) {ours[-1][1]:.1f} s wall {ours[-1][2]:.0f} MB; "
                  f"duckdb {theirs[-1][0]:.2f} s (query) {theirs[-1][1]:.1f} s wall {theirs[-1][2]:.0f} MB", flush=True)
        check = duckdb(export, "jdbc:hsqldb:file:" + os.path.join(out, ".jobs", os.path.basename(folder), "jobs") + ";readonly=true")[3]
        med = lambda xs, i: statistics.median(x[i] for x in xs)
        ours_rate, theirs_rate = rows / med(ours, 0), rows / med(theirs, 0)
        print(f"{rows:,} rows, medians of {a.runs} (load average now {os.getloadavg()[0]:.2f}):")
        print(f"  agendapack  {ours_rate:>12,.0f} rows/s  (ingest+validate+aggregate {med(ours, 0):.2f} s; "
              f"ingestTickets {statistics.median(x[3]['ingestTickets'] for x in ours):.2f} s)  wall {med(ours, 1):.1f} s  peak RSS {med(ours, 2):.0f} MB")
        print(f"  duckdb      {theirs_rate:>12,.0f} rows/s  (query {med(theirs, 0):.2f} s)  wall {med(theirs, 1):.1f} s  peak RSS {med(theirs, 2):.0f} MB")
        print(f"  ratio agendapack / duckdb: {ours_rate / theirs_rate:.2f}x (whole processes: {med(theirs, 1) / med(ours, 1):.2f}x)")
        print("  " + check.strip().splitlines()[-1])


if __name__ == "__main__":
    main()

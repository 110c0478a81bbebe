#!/usr/bin/env python3
"""Generates service-desk ticket exports, deterministically (seeded): the same arguments give the same bytes.

  scripts/generate-tickets.py sample [FOLDER]
      The sample meeting's data (default input/joint-ict-2018-10-16-tickets/): tickets.csv, a Hornbill
      Service Manager export of June to September 2018 for Brent, Lewisham and Southwark (date-times in UTC,
      as Hornbill keeps them), headcount.csv and survey-responses.csv. Its counts reproduce the figures the
      joint committee's October 2018 performance pack published (in PUBLISHED below) exactly: tickets logged
      by priority and type, total calls, open calls at each month end, surveys returned; its SLA percentages,
      calls per employee and Net Promoter Scores come as close to the published ones as whole tickets allow.
      Prints, figure by figure, where the computed value differs from the published one and why.

  scripts/generate-tickets.py bench ROWS FILE [--organisations N] [--months N]
      A large export for the benchmark (bench/tickets.py): ROWS tickets in the same Hornbill layout, spread
      over N organisations (Council 1 ... N) and N months from January 2018, written to FILE.
"""
import csv
import datetime as dt
import io
import math
import os
import random
import sys
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
UTC = dt.timezone.utc
MONTHS = ["2018-06", "2018-07", "2018-08", "2018-09"]
ORGS = ["Brent", "Lewisham", "Southwark"]
COMPANY = {"Brent": "London Borough of Brent", "Lewisham": "London Borough of Lewisham",
           "Southwark": "London Borough of Southwark"}
KINDS = ["P1", "P2", "P3", "SR"]

# The joint committee's "Shared service summary", 16 October 2018: per metric, June to September, and in
# each month Brent, Lewisham, Southwark.
PUBLISHED = {
    "P1": [11, 15, 2, 7, 12, 8, 6, 9, 11, 1, 5, 3],
    "P2": [7, 37, 15, 17, 28, 26, 15, 32, 19, 25, 45, 23],
    "P3": [1013, 1447, 1943, 742, 1097, 2057, 709, 948, 1829, 841, 1244, 2228],
    "SR": [3117, 1475, 1554, 3160, 1615, 1456, 2993, 1527, 1435, 3031, 1682, 1454],
    "total": [4148, 2974, 3514, 3926, 2752, 3547, 3723, 2516, 3294, 3898, 2976, 3708],
    "calls_per_employee": [1.38, 1.18, 0.78, 1.31, 1.09, 0.78, 1.24, 1.00, 0.73, 1.30, 1.18, 0.82],
    "open": [743, 649, 811, 718, 621, 881, 759, 580, 934, 763, 853, 1077],
    "open_per_employee": [0.24, 0.25, 0.18, 0.23, 0.24, 0.19, 0.25, 0.23, 0.20, 0.25, 0.34, 0.23],
    "sla_P1": [100, 92.86, 100, 83.33, 100, 75, 83.88, 88.89, 81.82, 100, 66.67, 66.67],
    "sla_P2": [77.78, 81.25, 58.33, 76.92, 62.07, 54.17, 71.43, 75, 41.18, 65, 62.86, 45.83],
    "sla_P3": [72.7, 70.93, 79.46, 64.74, 73.25, 73.95, 67.87, 69.49, 75.92, 73.71, 74.95, 73.06],
    "sla_SR": [89.39, 87.6, 83.4, 89.11, 88.33, 83.72, 86.54, 89.15, 82.75, 88.56, 90.30, 79.73],
    "sla_overall": [79.15, 76.14, 79.79, 75.6, 78.86, 74.69, 74.89, 77.5, 76.5, 78.34, 80.89, 73.58],
    "nps": [66.93, 40.91, 60.64, 78, 23.57, 61.05, 73.85, 23.23, 57.14, 67.74, 51.56, 56.74],
    "surveys": [127, 176, 155, 100, 123, 172, 65, 99, 168, 93, 128, 141],
}

# Resolution targets the generator gives each kind (Hornbill's h_fixby is logged + target unless the
# verdict it needs says otherwise: a clock paused, or a ticket escalated).
TARGET = {"P1": dt.timedelta(hours=4), "P2": dt.timedelta(hours=8), "P3": dt.timedelta(days=3),
          "SR": dt.timedelta(days=5)}
PRIORITY_NAME = {"P1": "P1", "P2": "P2", "P3": "P3", "SR": "P4"}
SUMMARIES = {
    "P1": ["Network outage, Civic Centre", "Email unavailable for all users", "Telephony down at the contact centre"],
    "P2": ["Line of business system slow, \"timeout\" errors", "Shared drive unavailable, 2nd floor", "VPN failing for remote staff"],
    "P3": ["Printer not working", "Outlook \"not responding\"", "Laptop will not boot", "Monitor flickering, desk 4.12"],
    "SR": ["Password reset", "New starter: laptop and account", "Software install request", "Access to shared mailbox"],
}
HEADER = ["h_pk_reference", "h_summary", "h_requesttype", "h_fk_priorityname", "h_company_name", "h_status",
          "h_datelogged", "h_dateresolved", "h_fixby", "h_fk_team_name"]


def value(metric, month, org):
    return PUBLISHED[metric][MONTHS.index(month) * 3 + ORGS.index(org)]


def month_bounds(month):
    y, m = map(int, month.split("-"))
    start = dt.datetime(y, m, 1, tzinfo=LONDON)
    end = dt.datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=LONDON)
    return start, end


def pct(k, n):
    """As the pack computes it: 100 k / n, rounded half up to two decimals."""
    return math.floor(10000 * k / n + 0.5) / 100 if n else None


def best_met(r, p):
    """The number of r tickets met whose percentage is nearest the published p; and that error."""
    best = None
    for k in {max(0, min(r, math.floor(p * r / 100) + d)) for d in (-1, 0, 1, 2)}:
        err = abs(pct(k, r) - p)
        if best is None or err < best[1]:
            best = (k, err)
    return best


def local_time(rng, start, end):
    """A London date-time, whole seconds, uniformly between start and end (both aware)."""
    span = (end - start).total_seconds()
    return (start + dt.timedelta(seconds=int(rng.random() * span))).astimezone(LONDON)


def utc_text(t):
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def sample(folder):
    rng = random.Random(20181016)
    tickets = []  # (logged, org, kind, resolved or None, met or None)
    report = []
    for org in ORGS:
        stock = {k: [] for k in KINDS}  # open tickets: [logged]
        open_before = 0
        for month in MONTHS:
            start, end = month_bounds(month)
            for k in KINDS:
                stock[k].extend(sorted(local_time(rng, start, end) for _ in range(value(k, month, org))))
                stock[k].sort()
            logged = sum(value(k, month, org) for k in KINDS)
            assert logged == value("total", month, org)
            resolve_total = open_before + logged - value("open", month, org)
            # Priorities 1 and 2: a number resolved giving the published percentage (or the nearest one can), as
            # near the number logged as can be.
            resolved = {}
            for k in ("P1", "P2"):
                avail = len(stock[k])
                p = value("sla_" + k, month, org)
                resolved[k] = min(range(1, avail + 1),
                                  key=lambda r: 1000 * best_met(r, p)[1] + abs(r - value(k, month, org)))
            rest = resolve_total - resolved["P1"] - resolved["P2"]
            # P3 and service requests share the rest: a split giving both published percentages if one can, and of
            # those the one bringing the overall percentage nearest.
            best = None
            for r3 in range(max(1, rest - len(stock["SR"])), min(len(stock["P3"]), rest - 1) + 1):
                rs = rest - r3
                m = {k: best_met(resolved[k], value("sla_" + k, month, org))[0] for k in ("P1", "P2")}
                k3, e3 = best_met(r3, value("sla_P3", month, org))
                ks, es = best_met(rs, value("sla_SR", month, org))
                overall = pct(m["P1"] + m["P2"] + k3 + ks, resolve_total)
                cost = 1000 * (e3 + es) + abs(overall - value("sla_overall", month, org))
                if best is None or cost < best[0]:
                    best = (cost, r3, rs)
            resolved["P3"], resolved["SR"] = best[1], best[2]
            met_total = 0
            for k in KINDS:
                r = resolved[k]
                met, _ = best_met(r, value("sla_" + k, month, org))
                met_total += met
                # The oldest open tickets are resolved first; which of them met the SLA is drawn at random.
                done, stock[k] = stock[k][:r], stock[k][r:]
                verdicts = [True] * met + [False] * (r - met)
                rng.shuffle(verdicts)
                for t, ok in zip(done, verdicts):
                    lo = max(t + dt.timedelta(minutes=5), start)
                    hi = end - dt.timedelta(seconds=1)
                    if lo >= hi:
                        lo = t + dt.timedelta(seconds=30)
                    tickets.append((t, org, k, local_time(rng, lo, hi), ok))
                report.append((month, org, k, r, met, pct(met, r), value("sla_" + k, month, org)))
            report.append((month, org, "overall", resolve_total, met_total, pct(met_total, resolve_total),
                           value("sla_overall", month, org)))
            open_before = sum(len(s) for s in stock.values())
            assert open_before == value("open", month, org), (month, org)
        for k in KINDS:
            tickets.extend((t, org, k, None, None) for t in stock[k])

    tickets.sort(key=lambda x: (x[0], ORGS.index(x[1]), KINDS.index(x[2])))
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(HEADER)
    numbers = {"IN": 10_000, "SR": 10_000}
    for logged, org, kind, resolved, met in tickets:
        prefix = "SR" if kind == "SR" else "IN"
        numbers[prefix] += 1
        due = logged + TARGET[kind]
        if resolved is not None:
            if met and resolved > due:
                due = resolved + dt.timedelta(minutes=rng.randint(1, 120))
            elif not met and resolved <= due:
                due = logged + (resolved - logged) * rng.uniform(0.2, 0.9)
                due = due.replace(microsecond=0)
                if due >= resolved:
                    due = resolved - dt.timedelta(seconds=1)
        w.writerow([f"{prefix}{numbers[prefix]:08d}", rng.choice(SUMMARIES[kind]),
                    "Service Request" if kind == "SR" else "Incident", PRIORITY_NAME[kind], COMPANY[org],
                    "Resolved" if resolved else "Open", utc_text(logged), utc_text(resolved) if resolved else "",
                    utc_text(due), "Service Desk"])
    write(folder, "tickets.csv", out.getvalue())

    # Headcount: a figure per month, the one that gives the published calls per employee and, where one
    # figure can, the published open calls per employee too.
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["organisation", "from", "employees"])
    for month in MONTHS:
        for org in ORGS:
            calls, opened = value("total", month, org), value("open", month, org)
            c, o = value("calls_per_employee", month, org), value("open_per_employee", month, org)
            fits_calls = [e for e in range(1, 20000) if pct(calls, e * 100) == c]
            both = [e for e in fits_calls if pct(opened, e * 100) == o]
            employees = both[len(both) // 2] if both else min(
                fits_calls, key=lambda e: abs(opened / e - o))
            w.writerow([org, month, employees])
            report.append((month, org, "per employee", employees, None, pct(opened, employees * 100), o))
    write(folder, "headcount.csv", out.getvalue())

    # Survey responses: promoters (9-10), passives (7-8) and detractors (0-6) giving the published score.
    rows = []
    for month in MONTHS:
        start, end = month_bounds(month)
        for org in ORGS:
            n, nps = value("surveys", month, org), value("nps", month, org)
            diff = min(range(-n, n + 1), key=lambda d: abs(pct(d, n) - nps) if d >= 0 else abs(-pct(-d, n) - nps))
            detractors = max(0, min(round(0.12 * n), (n - diff) // 2))
            promoters = detractors + diff
            scores = ([rng.choice([9, 10]) for _ in range(promoters)] + [rng.choice([7, 8]) for _ in range(n - promoters - detractors)]
                      + [rng.randint(0, 6) for _ in range(detractors)])
            rng.shuffle(scores)
            for s in scores:
                rows.append((local_time(rng, start, end).date().isoformat(), org, s))
            report.append((month, org, "nps", n, promoters - detractors, pct(promoters - detractors, n), nps))
    rows.sort()
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["organisation", "date", "score"])
    for date, org, s in rows:
        w.writerow([org, date, s])
    write(folder, "survey-responses.csv", out.getvalue())

    print(f"{len(tickets):,} tickets, {len(rows):,} survey responses in {folder}")
    for month, org, what, n, k, got, published in report:
        if got != published:
            print(f"  {month} {org:9} {what:12} {got:6.2f} (published {published}; {k if k is not None else ''} of {n})")


def write(folder, name, text):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def bench(rows, path, organisations, months):
    """ROWS tickets over the organisations and months, in the sample's layout; fast, so 10M rows take a minute or two."""
    rng = random.Random(rows)
    first = dt.datetime(2018, 1, 1)
    span = 0
    for i in range(months):
        span += (month_bounds(f"{2018 + i // 12}-{i % 12 + 1:02d}")[1] - month_bounds(f"{2018 + i // 12}-{i % 12 + 1:02d}")[0]).total_seconds()
    step = span / rows
    kinds = ["P1"] * 2 + ["P2"] * 8 + ["P3"] * 370 + ["SR"] * 620
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(HEADER) + "\r\n")
        rand = rng.random
        for i in range(rows):
            # Logged in time order (UTC), resolved within days or still open, SLA due after the target.
            seconds = int(i * step)
            logged = first + dt.timedelta(seconds=seconds)
            kind = kinds[int(rand() * 1000)]
            org = 1 + int(rand() * organisations)
            hours = rand() * 200
            resolved = "" if rand() < 0.08 else (logged + dt.timedelta(seconds=int(hours * 3600))).strftime("%Y-%m-%d %H:%M:%S")
            due = (logged + TARGET[kind]).strftime("%Y-%m-%d %H:%M:%S")
            prefix = "SR" if kind == "SR" else "IN"
            f.write(f"{prefix}{i + 1:09d},Ticket {i % 97},{'Service Request' if kind == 'SR' else 'Incident'},"
                    f"{PRIORITY_NAME[kind]},Council {org},{'Open' if not resolved else 'Resolved'},"
                    f"{logged.strftime('%Y-%m-%d %H:%M:%S')},{resolved},{due},Service Desk\r\n")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "sample":
        sample(args[1] if len(args) > 1 else "input/joint-ict-2018-10-16-tickets")
    elif args and args[0] == "bench" and len(args) >= 3:
        opts = dict(zip(args[3::2], args[4::2]))
        bench(int(args[1]), args[2], int(opts.get("--organisations", 10)), int(opts.get("--months", 36)))
    else:
        print(__doc__)
        sys.exit(2)

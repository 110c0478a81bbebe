#!/usr/bin/env python3
"""What PDF/A-2a + PDF/UA-1 cost: this jar against a baseline jar without them (not a test).

Builds the sample meeting (or --meeting) with both jars, alternating, RUNS times each; every run is a cold
process with a fresh output folder. Each jar runs in its own checkout so it reads its own templates/. The
baseline is --baseline-jar, or a jar built once from --baseline-commit (default bd56e72, the last commit
before conformance) in a clone under bench/work/. Prints medians of the whole build (wall), of the
renderPapers and assemblePack steps (as the build prints them), the size of agenda-pack.pdf, and the
ratios this/baseline: on a shared, noisy machine the ratios say more than the seconds.

  python3 bench/conformance.py [--runs 5] [--meeting input/joint-ict-2018-10-16] [--baseline-jar JAR]
Build this jar first: mvn -B -q package -DskipTests
"""
import argparse, os, re, shutil, statistics, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument("--runs", type=int, default=5)
ap.add_argument("--meeting", default="input/joint-ict-2018-10-16")
ap.add_argument("--baseline-jar", default=None)
ap.add_argument("--baseline-commit", default="bd56e72")
a = ap.parse_args()

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
work = os.path.join(root, "bench", "work", "conformance")
os.makedirs(work, exist_ok=True)
meeting = os.path.abspath(a.meeting)
meeting_id = os.path.basename(meeting.rstrip("/"))

baseline_root = os.path.join(work, "baseline")
if a.baseline_jar:
    baseline_jar = os.path.abspath(a.baseline_jar)
    baseline_root = os.path.dirname(os.path.dirname(baseline_jar))
else:
    baseline_jar = os.path.join(baseline_root, "target", "agendapack.jar")
    if not os.path.exists(baseline_jar):
        shutil.rmtree(baseline_root, ignore_errors=True)
        subprocess.run(["git", "clone", "--quiet", root, baseline_root], check=True)
        subprocess.run(["git", "-C", baseline_root, "checkout", "--quiet", a.baseline_commit], check=True)
        subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests", "-Dbuild.dir=" + os.path.join(baseline_root, "target")],
                       cwd=baseline_root, check=True)

jars = {"baseline": (baseline_jar, baseline_root), "conformant": (os.path.join(root, "target", "agendapack.jar"), root)}
step_re = re.compile(r"^\s+ok\s+(\w+)\s+(.*?)\s+([\d.]+) s$")
results = {name: {"wall": [], "render": [], "assemble": [], "size": []} for name in jars}
for run in range(a.runs):
    for name, (jar, cwd) in jars.items():
        out = os.path.join(work, f"out-{name}")
        shutil.rmtree(out, ignore_errors=True)
        t0 = time.monotonic()
        p = subprocess.run(["java", "-jar", jar, "build", "--output", out, meeting], capture_output=True, text=True, cwd=cwd)
        wall = time.monotonic() - t0
        if p.returncode != 0:
            print(p.stdout, p.stderr, file=sys.stderr)
            sys.exit(f"{name} build failed")
        steps = {m.group(1): float(m.group(3)) for m in map(step_re.match, p.stdout.splitlines()) if m}
        r = results[name]
        r["wall"].append(wall)
        r["render"].append(steps["renderPapers"])
        r["assemble"].append(steps["assemblePack"])
        r["size"].append(os.path.getsize(os.path.join(out, meeting_id, "agenda-pack.pdf")))

med = {name: {k: statistics.median(v) for k, v in r.items()} for name, r in results.items()}
print(f"meeting: {meeting}, runs: {a.runs} each, alternating")
print(f"{'':22}{'baseline':>12}{'conformant':>12}{'ratio':>8}")
for key, label, unit in (("wall", "whole build (wall)", "s"), ("render", "renderPapers", "s"),
                         ("assemble", "assemblePack", "s"), ("size", "agenda-pack.pdf", "KiB")):
    b, c = med["baseline"][key], med["conformant"][key]
    if unit == "KiB":
        b, c = b / 1024, c / 1024
    print(f"{label:22}{b:>10.2f} {unit:<1}{c:>10.2f} {unit:<1}{c / b:>8.2f}")
render_assemble = [med[n]["render"] + med[n]["assemble"] for n in ("baseline", "conformant")]
print(f"{'render + assemble':22}{render_assemble[0]:>10.2f} s{render_assemble[1]:>10.2f} s{render_assemble[1] / render_assemble[0]:>8.2f}")

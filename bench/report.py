#!/usr/bin/env python3
"""Writes bench/RESULTS.md (to stdout) and bench/results.svg from one run of bench/run.

Arguments: results.csv memory.txt seconds-per-line warmup threads connections.
The ratios are the figures to compare across runs and machines; requests per second and latencies are for this
machine on this day only.
"""
import csv
import datetime
import os
import platform
import statistics
import subprocess
import sys
from html import escape

# Issue 9's targets, as ratios to the service's own GET /api/v1 in the same run.
BEREKEN = "POST /beoordelingen/_bereken 5 belanghebbenden (medewerker)"
TARGETS = {
    "GET /kernen/{id}": 0.40,
    "GET /initiatieven/{id} (medewerker)": 0.40,
    "GET /beoordelingen/{id} (medewerker)": 0.40,
    "GET /evaluaties/{id} (medewerker)": 0.40,
    BEREKEN: 0.35,
}
# Issue 9: under the 256 MiB budget, p99 no worse than twice the unconstrained run's; startup at most twice the bare
# Quarkus application's.
BUDGET_P99_FACTOR = 2.0
STARTUP_FACTOR = 2.0
MEMORY_BUDGET_MIB = 256


PEER_HANG_MS = 300


def command(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, check=False).stdout.strip() \
            or subprocess.run(args, capture_output=True, text=True, check=False).stderr.strip()
    except OSError:
        return "unknown"


def machine():
    cpu = "unknown"
    if os.path.exists("/proc/cpuinfo"):
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "unknown"
    if os.path.exists("/proc/meminfo"):
        memory = f"{int(open('/proc/meminfo').readline().split()[1]) // 1024 // 1024} GiB"
    java = command("java", "-version").splitlines()[0]
    commit = command("git", "rev-parse", "--short", "HEAD")
    return cpu, os.cpu_count(), memory, java, platform.platform(), commit


def chart(rows, path):
    """Horizontal bars of the ratios, with the target where there is one."""
    width, left, bar, gap = 760, 430, 18, 8
    height = 40 + len(rows) * (bar + gap)
    scale = (width - left - 40) / max(1.0, max(float(r["ratio_to_reference"]) for r in rows))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
             '<title>Throughput as a ratio to the service\'s own GET /api/v1, same run</title>',
             f'<text x="10" y="18" font-weight="bold">Ratio to GET /api/v1 of the same service (1.00 = the reference)</text>']
    y = 30
    for row in rows:
        ratio = float(row["ratio_to_reference"])
        label = f'{row["service"].replace("-service", "")}: {row["line"]}'
        if len(label) > 62:
            label = label[:60] + "…"
        target = TARGETS.get(row["line"])
        colour = "#777" if row["line"].startswith("GET /api/v1") else (
            "#2e7d32" if target is None or ratio >= target else "#c62828")
        parts.append(f'<text x="{left - 6}" y="{y + bar - 5}" text-anchor="end">{escape(label)}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{max(1, ratio * scale):.1f}" height="{bar}" fill="{colour}"/>')
        parts.append(f'<text x="{left + ratio * scale + 4:.1f}" y="{y + bar - 5}">{ratio:.2f}</text>')
        if target is not None:
            x = left + target * scale
            parts.append(f'<line x1="{x:.1f}" y1="{y - 2}" x2="{x:.1f}" y2="{y + bar + 2}" stroke="#000" stroke-dasharray="3,2"/>')
        y += bar + gap
    parts.append("</svg>")
    with open(path, "w") as out:
        out.write("\n".join(parts) + "\n")


def main():
    results, memory, seconds, warmup, threads, connections = sys.argv[1:7]
    rows = list(csv.DictReader(open(results)))
    chart(rows, os.path.join(os.path.dirname(results), "results.svg"))
    cpu, cores, ram, java, system, commit = machine()
    java_opts = os.environ.get("BENCH_JAVA_OPTS", "").strip()
    jvm = f"the services' JVM options: `{java_opts}`" if java_opts else "no heap limit"
    print("# Benchmark results\n")
    print(f"Written by `bench/run` on {datetime.date.today().isoformat()} (commit `{commit}`). Machine: {cpu}, "
          f"{cores} cores, {ram}; {system}; {java}. Load: wrk, {threads} threads × {connections} connections, "
          f"{warmup} s warm-up then {seconds} s per line, on loopback; the suite as `./run-suite` starts it "
          f"(embedded PostgreSQL, Buren demo data, {jvm}).\n")
    if os.environ.get("BENCH_NOTE"):
        print(f"Conditions of this run: {os.environ['BENCH_NOTE']}\n")
    print("Every figure is divided by the reference endpoint of the same service, `GET /api/v1` (the API root: "
          "no database work, a small JSON body through the same REST stack), measured right before and right after "
          "that service's lines; compare ratios, not requests per second, across runs and machines. "
          "`errors` counts non-2xx answers and socket errors: a line with errors measured something else. "
          "A GET by id line reads one object again and again, so it measures the answer kept for the object's version "
          "(README, \"GET by id\"): one narrow query and no serialisation; the first read of a version loads and "
          "writes the object as before.\n")
    print("| service | line | req/s | p50 ms | p99 ms | ratio | target (issue 9) | errors |")
    print("|---|---|---:|---:|---:|---:|---|---:|")
    for row in rows:
        target = TARGETS.get(row["line"])
        verdict = "" if target is None else (
            f"≥ {target:.2f} {'met' if float(row['ratio_to_reference']) >= target else '**not met**'}")
        print(f"| {row['service']} | {row['line']} | {row['requests_per_s']} | {row['p50_ms']} | {row['p99_ms']} "
              f"| {row['ratio_to_reference']} | {verdict} | {row['errors']} |")
    print("\n![ratios](results.svg)\n")
    memory_table([line.split() for line in open(memory)])
    baseline(rows)
    peer_hang(os.path.join(os.path.dirname(results), "peer-hang.csv"))
    engine(os.path.join(os.path.dirname(results), "engine.csv"), rows)
    startup(os.path.join(os.path.dirname(results), "startup.csv"))
    print("\n## Other benchmarks\n")
    print("- [List pagination at 1 000 and 1 000 000 rows](list-pagination.md) (`bench/list-pagination.sh`).")
    print("- [Rendering a samenwerkingsplan with 50 belanghebbenden](documenten.md) (`SamenwerkingsplanBenchmark`).")
    print("- [Targets not met: where the time goes and what was tried](targets-not-met.md) (profiles and experiments).")
    raw = ["results.csv"] + [name for name in ("engine.csv", "startup.csv")
                             if os.path.exists(os.path.join(os.path.dirname(results), name))]
    print("- Raw figures of this run: " + ", ".join(f"[{name}]({name})" for name in raw) + ".")


def memory_table(lines):
    """Each service's resident set size, sampled by bench/run; with BENCH_MEMORY_LIMIT_MIB also the kernel's account
    of the service's memory cgroup, which then decides whether the service ran within the budget."""
    oom = os.environ.get("BENCH_OOM", "").strip()
    in_cgroup = all(len(fields) == 8 for fields in lines)
    print("## Memory (MiB)\n")
    print("Resident set size (RSS), sampled every second through the whole run; the pods' budget in issue 9 is "
          f"{MEMORY_BUDGET_MIB} MiB.", end=" ")
    if in_cgroup:
        print("Each service ran in a memory cgroup with no swap (`BENCH_MEMORY_LIMIT_MIB`), as a pod's container "
              "limit. The kernel charges it the service's anonymous memory and the page cache it reads or writes "
              "(jars, logs), reclaims that page cache when the cgroup reaches its limit, and kills the service when "
              "the rest does not fit. A peak equal to the limit means the kernel reclaimed page cache to hold it. "
              "Anonymous memory (heap, metaspace, code, stacks: what cannot be reclaimed) was sampled every second. "
              "RSS also counts pages of the JDK's own files that another process read first; the kernel charges "
              "those to that process, as it does on a node. A service ran within the budget when its cgroup's limit "
              "was at most the budget and nothing in it was killed.\n")
        print("| service | RSS after start | RSS highest | cgroup limit | cgroup peak | anonymous highest | OOM kills "
              f"| within {MEMORY_BUDGET_MIB} MiB |")
        print("|---|---:|---:|---:|---:|---:|---:|---|")
        for service, start, peak, _end, limit, charged, kills, anonymous in lines:
            within = int(limit) <= MEMORY_BUDGET_MIB and kills == "0" and service not in oom
            print(f"| {service} | {start} | {peak} | {limit} | {charged} | {anonymous} | {kills} "
                  f"| {'yes' if within else '**no**'} |")
    else:
        print("\n")
        print(f"| service | after start | highest during the run | at the end | within {MEMORY_BUDGET_MIB} MiB |")
        print("|---|---:|---:|---:|---|")
        for service, start, peak, end in lines:
            print(f"| {service} | {start} | {peak} | {end} "
                  f"| {'yes' if int(peak) <= MEMORY_BUDGET_MIB else '**no**'} |")
    print(f"\nOutOfMemoryError in the services' logs: {oom if oom else 'none'}.")


def baseline(rows):
    """With BENCH_BASELINE (the results.csv of a run without BENCH_JAVA_OPTS): each line's p99 against that run's."""
    path = os.environ.get("BENCH_BASELINE", "").strip()
    if not path:
        return
    before = {(r["service"], r["line"]): r for r in csv.DictReader(open(path))}
    print("\n## p99 against the unconstrained run\n")
    print(f"This run ({os.environ.get('BENCH_JAVA_OPTS', '').strip() or 'no JVM options'}) against `{path}` "
          f"(the same lines without BENCH_JAVA_OPTS). Target (issue 9): p99 at most {BUDGET_P99_FACTOR:g} × the "
          "unconstrained run's. Two runs on a shared machine: read a factor near the target with care.\n")
    print("| service | line | p99 ms unconstrained | p99 ms this run | factor | target |")
    print("|---|---|---:|---:|---:|---|")
    for row in rows:
        old = before.get((row["service"], row["line"]))
        if old is None or row["line"].startswith("GET /api/v1 (reference"):
            continue
        factor = float(row["p99_ms"]) / max(float(old["p99_ms"]), 0.01)
        verdict = "met" if factor <= BUDGET_P99_FACTOR else "**not met**"
        print(f"| {row['service']} | {row['line']} | {old['p99_ms']} | {row['p99_ms']} | {factor:.2f} | "
              f"≤ {BUDGET_P99_FACTOR:g} {verdict} |")


def peer_hang(path):
    """bench/run's timed _bereken calls while both peers of the assessment-service are frozen (SIGSTOP)."""
    if not os.path.exists(path):
        return
    calls = list(csv.DictReader(open(path)))
    print("\n## A computation while its peers hang\n")
    print("The registry and the evaluation-service frozen with `SIGSTOP` (connections accepted, no answer), then "
          "`POST /beoordelingen/_bereken` (the same plan, a medewerker's token) called one at a time with curl. "
          f"Target (issue 9): the first answer within {PEER_HANG_MS} ms: a computation makes no synchronous call to "
          "another service (the assessment-service answers from its caches and says how fresh they are).\n")
    print("| call | ms | status | target |")
    print("|---:|---:|---:|---|")
    for row in calls:
        ms = float(row["seconds"]) * 1000
        verdict = "" if row["call"] != "1" else (
            f"≤ {PEER_HANG_MS} {'met' if ms <= PEER_HANG_MS and row['status'] == '200' else '**not met**'}")
        print(f"| {row['call']} | {ms:.0f} | {row['status']} | {verdict} |")


def engine(path, rows):
    """The JMH figures of SamenwerkingswijzerEngineBenchmark, against the _bereken line of the same run."""
    if not os.path.exists(path):
        return
    scores = {row["Param: belanghebbenden"]: float(row["Score"]) for row in csv.DictReader(open(path))}
    http = next(float(row["requests_per_s"]) for row in rows if row["line"] == BEREKEN)
    print("\n## The assessment engine alone (JMH)\n")
    print("`SamenwerkingswijzerEngineBenchmark` (JMH, one thread, one fork, 3 × 3 s warm-up, 5 × 3 s measured, the "
          "JVM options of this run's services): the plan of the `_bereken` line (all aspects, a kern with two "
          "kernambtenaren, a score for every werkvorm), without HTTP, JSON, security or a database. "
          "\"× `_bereken`\" is the engine's computations per second on one thread divided by the `_bereken` line's "
          "requests per second (over HTTP, both cores, shared with wrk): how many times the engine alone outruns the "
          "whole request. \"× 5\" compares the plan with 50 belanghebbenden to the one with 5.\n")
    print("| belanghebbenden | computations/s | µs per computation | × `_bereken` | × 5 |")
    print("|---:|---:|---:|---:|---:|")
    for count, score in sorted(scores.items(), key=lambda item: int(item[0])):
        print(f"| {count} | {score:.0f} | {1e6 / score:.1f} | {score / http:.1f} | {score / scores['5']:.2f} |")


def startup(path):
    """bench/startup's figures: median time to the first successful request, against the bare application."""
    if not os.path.exists(path):
        return
    times = {}
    for row in csv.DictReader(open(path)):
        times.setdefault(row["application"], []).append(int(row["first_request_ms"]))
    bare = statistics.median(times["bare"])
    print("\n## Startup to the first successful request\n")
    print("`bench/startup`: each application started alone with `java -jar`, timed until `GET /api/v1` answers 200; "
          f"median of {len(times['bare'])} rounds (the services' first round includes the Flyway migrations on an empty "
          "database; each start loads the demo data). The reference is a bare Quarkus REST application with one "
          f"endpoint built the same way (`bench/bare`). Target (issue 9): at most {STARTUP_FACTOR:g} × the bare one.\n")
    print("| application | rounds (ms) | median ms | × bare | target |")
    print("|---|---|---:|---:|---|")
    for name, values in times.items():
        median = statistics.median(values)
        factor = median / bare
        verdict = "" if name == "bare" else (
            f"≤ {STARTUP_FACTOR:g} {'met' if factor <= STARTUP_FACTOR else '**not met**'}")
        print(f"| {name} | {', '.join(map(str, values))} | {median:.0f} | {factor:.2f} | {verdict} |")


if __name__ == "__main__":
    main()

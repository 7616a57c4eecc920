#!/usr/bin/env python3
"""newsgraph benchmark: extraction, export, load and query speed, memory.

  bench.py --binary build/newsgraph --work DIR [--sizes 1,10,100] [--graph-edges 1000000] [--queries-only]
           [--repeat 5] [--json results.json]

Generates deterministic corpora (generate_corpus.py) and a large graph
(generate_graph.py) in DIR (kept between runs), then measures:
  - extraction MB/s and documents/s with 1 and 2 jobs, and peak memory;
  - the time of each stage, from `newsgraph build --timings`;
  - grep -F over the gazetteer's names on the same corpus: the floor;
  - export MB/s per format; load time of the native JSON;
  - the latency of each kind of question after the load (--timings).
The load and every question run --repeat times (5 by default): a single
run on a shared machine can be several times slower than the next, so the
table and the JSON give the best and the median of the runs, wall and CPU
(user + system) seconds, never one run alone.
Prints a table and writes the numbers as JSON.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def corpus_bytes(folder):
    total = files = 0
    for base, _, names in os.walk(folder):
        for n in names:
            total += os.path.getsize(os.path.join(base, n))
            files += 1
    return total, files


def timed(cmd, **kw):
    """Runs cmd under /usr/bin/time; returns (seconds, peak KiB, completed process)."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, text=True, **kw)
    seconds = time.perf_counter() - start
    peak = None
    lines = proc.stderr.strip().splitlines()
    if lines and lines[-1].strip().isdigit():
        peak = int(lines[-1].strip())
    return seconds, peak, proc


def timed_cpu(cmd, **kw):
    """Runs cmd under /usr/bin/time; returns a dict: wall seconds, user and
    system CPU seconds, peak KiB, and the completed process."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%U %S %M"] + cmd, capture_output=True, text=True, **kw)
    run = {"seconds": time.perf_counter() - start, "user": None, "sys": None, "peak_kb": None, "proc": proc}
    lines = proc.stderr.strip().splitlines()
    fields = lines[-1].split() if lines else []
    if len(fields) == 3 and fields[2].isdigit():
        run.update(user=float(fields[0]), sys=float(fields[1]), peak_kb=int(fields[2]))
    return run


def spread(values, digits=3):
    """Best (smallest) and median of repeated measurements."""
    values = [v for v in values if v is not None]
    if not values:
        return {"best": None, "median": None}
    return {"best": round(min(values), digits), "median": round(statistics.median(values), digits)}


def repeated(cmd, times):
    """cmd run `times` times, one after the other."""
    return [timed_cpu(cmd) for _ in range(max(1, times))]


def ensure_corpus(work, size_mb):
    folder = os.path.join(work, "corpus_%gmb" % size_mb)
    if not os.path.isdir(folder):
        subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), "--size-mb", str(size_mb),
                        "--out", folder], check=True, stdout=subprocess.DEVNULL)
    return folder


def gazetteer_names(work):
    """Every proper name in the shipped lexicon, one a line, for grep -F."""
    names = set()

    def walk(x):
        if isinstance(x, str):
            if len(x) >= 3 and x[0].isupper():
                names.add(x)
        elif isinstance(x, list):
            for y in x:
                walk(y)
        elif isinstance(x, dict):
            for y in x.values():
                walk(y)

    data = os.path.join(ROOT, "src", "lexicon", "data")
    for base, _, files in os.walk(data):
        for f in files:
            if f.endswith(".json"):
                with open(os.path.join(base, f), encoding="utf-8") as fh:
                    walk(json.load(fh))
    path = os.path.join(work, "gazetteer_names.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(sorted(names)) + "\n")
    return path, len(names)


def parse_timings(text):
    """Stage lines printed by `build --timings`: 'stage NAME SECONDS'."""
    out = {}
    for m in re.finditer(r"^timing:\s+(\S+)\s+([0-9.]+)", text, re.M):
        out[m.group(1)] = float(m.group(2))
    return out


def bench_extraction(args, results):
    names_file, name_count = gazetteer_names(args.work)
    results["gazetteer_names"] = name_count
    for size in args.sizes:
        folder = ensure_corpus(args.work, size)
        nbytes, files = corpus_bytes(folder)
        mb = nbytes / 1e6
        row = {"size_mb": round(mb, 2), "documents": files}
        for jobs in (1, 2):
            out = os.path.join(args.work, "graph_%gmb_j%d.json" % (size, jobs))
            # --extraction-only: --repeat runs, the best one reported (and the median beside it)
            runs = [timed([args.binary, "build", folder, "-o", out, "--jobs", str(jobs), "--timings"])
                    for _ in range(args.repeat if args.extraction_only else 1)]
            secs, peak, proc = min(runs, key=lambda r: r[0])
            if proc.returncode != 0:
                row["error_j%d" % jobs] = proc.stderr.strip().splitlines()[:1]
                continue
            row["j%d" % jobs] = {"seconds": round(secs, 3), "mb_per_s": round(mb / secs, 2),
                                 "docs_per_s": round(files / secs, 1), "peak_mb": round((peak or 0) / 1024, 1),
                                 "stages": parse_timings(proc.stdout + proc.stderr)}
            if len(runs) > 1:
                row["j%d" % jobs]["median_seconds"] = round(statistics.median(r[0] for r in runs), 3)
        start = time.perf_counter()
        subprocess.run("find %s -type f -print0 | xargs -0 grep -F -o -h -f %s > /dev/null" % (folder, names_file),
                       shell=True)
        grep_secs = time.perf_counter() - start
        row["grep_floor"] = {"seconds": round(grep_secs, 3), "mb_per_s": round(mb / grep_secs, 2)}
        results["extraction"].append(row)
    rows = {r["size_mb"]: r for r in results["extraction"]}
    sizes = sorted(rows)
    if len(sizes) >= 2 and "j2" in rows[sizes[-1]] and "j2" in rows[sizes[-2]]:
        big, small = rows[sizes[-1]], rows[sizes[-2]]
        results["linearity"] = {
            "size_ratio": round(big["size_mb"] / small["size_mb"], 2),
            "time_ratio": round(big["j2"]["seconds"] / small["j2"]["seconds"], 2)}


def bench_graph(args, results):
    graph = os.path.join(args.work, "graph_%d_edges.json" % args.graph_edges)
    if not os.path.exists(graph):
        subprocess.run([sys.executable, os.path.join(HERE, "generate_graph.py"), "--edges", str(args.graph_edges),
                        "--out", graph], check=True)
    size_mb = os.path.getsize(graph) / 1e6
    # Load alone: `query entities --limit 1` loads and makes one O(V+E) pass
    # (its `query` and `output` steps take milliseconds); `stats` also
    # computes components and betweenness, reported apart. Repeated: best
    # and median of the runs, wall and CPU.
    runs = repeated([args.binary, "query", graph, "entities", "--limit", "1", "--timings"], args.repeat)
    steps = [parse_steps(r["proc"].stderr) for r in runs]
    cpu_steps = [parse_cpu_steps(r["proc"].stderr) for r in runs]
    stats_secs, _, _ = timed([args.binary, "stats", graph])
    results["load"] = {
        "edges": args.graph_edges, "file_mb": round(size_mb, 1), "runs": len(runs),
        # The whole process (start-up, load, a one-line answer, exit).
        "seconds": spread([r["seconds"] for r in runs]),
        "cpu_seconds": spread([r["user"] + r["sys"] for r in runs if r["user"] is not None]),
        "user_seconds": spread([r["user"] for r in runs]),
        "sys_seconds": spread([r["sys"] for r in runs]),
        # The load step alone (--timings), wall and CPU.
        "load_step_seconds": spread([s.get("load") for s in steps]),
        "load_step_cpu_seconds": spread([c.get("load") for c in cpu_steps]),
        "load_seconds": spread([r["seconds"] for r in runs])["median"],  # as before: the process, now the median
        "stats_seconds": round(stats_secs, 3),
        "peak_mb": round(max(r["peak_kb"] or 0 for r in runs) / 1024, 1),
        "ok": all(r["proc"].returncode == 0 for r in runs)}
    # Each export prints its own steps (--timings: load, then write), so the
    # writing speed is the output's size over the write step of the same
    # run. (Subtracting the load of another run, as before, mixed two runs'
    # noise: the native JSON, written in about the load's time, came out at
    # 10 GB/s.)
    for fmt, ext in [("json", "json"), ("graphml", "graphml"), ("jsonld", "jsonld"), ("gexf", "gexf"),
                     ("dot", "dot")]:
        out = os.path.join(args.work, "export." + ext)
        secs, peak, proc = timed([args.binary, "export", graph, "--format", fmt, "-o", out, "--timings"])
        entry = {"seconds": round(secs, 3), "ok": proc.returncode == 0}
        if proc.returncode == 0:
            out_mb = os.path.getsize(out) / 1e6
            steps, cpu = parse_steps(proc.stderr), parse_cpu_steps(proc.stderr)
            write_secs = max(steps.get("write", secs), 1e-3)
            entry.update({"output_mb": round(out_mb, 1), "mb_per_s": round(out_mb / secs, 1),
                          "load_seconds": round(steps.get("load", 0), 3),
                          "write_seconds": round(write_secs, 3),
                          "write_cpu_seconds": round(cpu.get("write", 0), 3),
                          "write_mb_per_s": round(out_mb / write_secs, 1),
                          "write_mb_per_cpu_s": round(out_mb / max(cpu.get("write", write_secs), 1e-3), 1),
                          "peak_mb": round((peak or 0) / 1024, 1)})
            os.remove(out)
        else:
            entry["error"] = proc.stderr.strip()[:200]
        results["export"][fmt] = entry


# Query latency after load. Each question runs once with --timings, which
# prints the seconds of each step on stderr (load, lookup, query, output);
# the answer's latency is everything after the load. On the generated graph,
# "Nation 1" is the biggest hub (about 17,000 edges at a million) and
# "Place 1000" an ordinary node (a few dozen); the misspelt and partial names
# measure the suggestions and the word index.
LATENCY_QUERIES = [
    ("neighbours hub", ["query", "neighbours", "Nation 1"], 0),
    ("neighbours", ["query", "neighbours", "Place 1000"], 0),
    ("neighbours depth 2", ["query", "neighbours", "Place 1000", "--depth", "2"], 0),
    ("neighbours hub depth 2", ["query", "neighbours", "Nation 1", "--depth", "2"], 0),
    ("neighbours window", ["query", "neighbours", "Nation 1", "--since", "2020", "--relation", "member_of"], 0),
    ("path", ["query", "path", "Place 1000", "Event 150000"], 0),
    ("path --all, 3 hops", ["query", "path", "Place 1000", "Nation 8", "--all", "--max-length", "3"], 0),
    ("timeline hub", ["query", "timeline", "Nation 1"], 0),
    ("timeline", ["query", "timeline", "Place 1000"], 0),
    ("entities by degree", ["query", "entities", "--sort", "degree", "--limit", "20"], 0),
    ("entities by name", ["query", "entities", "--sort", "name", "--limit", "20"], 0),
    ("unknown name", ["query", "timeline", "Natoin 1000"], 1),
    ("ambiguous name", ["query", "timeline", "Exercise"], 1),
    ("partial name", ["query", "timeline", "1000"], 0),
    ("stats", ["stats"], 0),
]


def parse_steps(text):
    """'timing: STEP SECONDS' lines of query/stats --timings, in order."""
    return {m.group(1): float(m.group(2)) for m in re.finditer(r"^timing:\s+(\S+)\s+([0-9.]+)", text, re.M)}


def parse_cpu_steps(text):
    """The CPU seconds of each step ('timing: STEP SECONDS cpu CPU_SECONDS'):
    on a busy machine the wall clock of a step can be several times its CPU
    time, so both are reported."""
    return {m.group(1): float(m.group(2))
            for m in re.finditer(r"^timing:\s+(\S+)\s+[0-9.]+\s+cpu\s+([0-9.]+)", text, re.M)}


def ensure_graph(args):
    """The generated graph of --graph-edges edges, made once."""
    graph = os.path.join(args.work, "graph_%d_edges.json" % args.graph_edges)
    if not os.path.exists(graph):
        subprocess.run([sys.executable, os.path.join(HERE, "generate_graph.py"), "--edges", str(args.graph_edges),
                        "--out", graph], check=True)
    return graph


def bench_query_latency(args, results):
    graph = ensure_graph(args)
    for name, words, expected_status in LATENCY_QUERIES:
        cmd = [args.binary, words[0], graph] + words[1:] + ["--timings"]
        runs = []
        for r in repeated(cmd, args.repeat):
            steps = parse_steps(r["proc"].stderr)
            cpu = parse_cpu_steps(r["proc"].stderr)
            runs.append({
                "ok": r["proc"].returncode == expected_status and "load" in steps,
                "load": steps.get("load", 0), "load_cpu": cpu.get("load", 0),
                "answer": sum(v for k, v in steps.items() if k != "load"),
                "answer_cpu": sum(v for k, v in cpu.items() if k != "load"),
                "steps": {k: round(v, 4) for k, v in steps.items() if k != "load"},
                "cpu_steps": {k: round(v, 4) for k, v in cpu.items() if k != "load"},
                # Start-up and exit (freeing memory) around the timed steps.
                "exit": max(r["seconds"] - sum(steps.values()), 0),
                "lines": r["proc"].stdout.count("\n"), "seconds": r["seconds"], "peak_kb": r["peak_kb"] or 0})
        # The steps shown are those of the run with the median answer time.
        middle = sorted(runs, key=lambda x: x["answer"])[(len(runs) - 1) // 2]
        answer, answer_cpu = spread([x["answer"] for x in runs], 4), spread([x["answer_cpu"] for x in runs], 4)
        load, load_cpu = spread([x["load"] for x in runs]), spread([x["load_cpu"] for x in runs])
        results["query"][name] = {
            "command": " ".join(["newsgraph", words[0], "GRAPH"] + words[1:]),
            "runs": len(runs),
            "ok": all(x["ok"] for x in runs),
            "answer_seconds": answer, "answer_cpu_seconds": answer_cpu,
            "load_seconds": load, "load_cpu_seconds": load_cpu,
            "steps": middle["steps"], "cpu_steps": middle["cpu_steps"],
            "exit_seconds": spread([x["exit"] for x in runs]),
            "answer_lines": middle["lines"],
            "seconds_with_load": spread([x["seconds"] for x in runs]),
            "peak_mb": round(max(x["peak_kb"] for x in runs) / 1024, 1)}


def print_query_latency(results):
    if not results["query"]:
        return
    runs = next(iter(results["query"].values()))["runs"]
    print("query latency after load, %s edges, best and median of %d runs (answer = lookup + query + output;"
          " wall s, and CPU s which a busy machine does not inflate; steps of the median run;"
          " exit = start-up and exit around the steps):" % (results.get("load", {}).get("edges", "?"), runs))
    print("  %-24s %9s %9s %9s %9s %9s %9s %9s %8s %8s %8s" % (
        "question", "ans best", "ans med", "CPU med", "lookup", "query", "output", "load med", "load CPU", "exit med",
        "lines"))
    for name, e in results["query"].items():
        st = e["steps"]
        print("  %-24s %9.4f %9.4f %9.4f %9s %9s %9s %9.2f %8.2f %8.2f %8d%s" % (
            name, e["answer_seconds"]["best"], e["answer_seconds"]["median"], e["answer_cpu_seconds"]["median"],
            "%.4f" % st["lookup"] if "lookup" in st else "-",
            "%.4f" % st["query"] if "query" in st else "-", "%.4f" % st["output"] if "output" in st else "-",
            e["load_seconds"]["median"], e["load_cpu_seconds"]["median"], e["exit_seconds"]["median"],
            e["answer_lines"], "" if e["ok"] else "  FAILED"))
    # The load, as every run of every question measured it (the file is the same).
    entries = list(results["query"].values())
    if entries:
        results["load_from_queries"] = {
            "runs": sum(e["runs"] for e in entries),
            "load_seconds_median": statistics.median([e["load_seconds"]["median"] for e in entries]),
            "load_cpu_seconds_median": statistics.median([e["load_cpu_seconds"]["median"] for e in entries]),
            "load_cpu_seconds_min": min(e["load_cpu_seconds"]["best"] for e in entries),
            "peak_mb_max": max(e["peak_mb"] for e in entries),
            "exit_seconds_median": statistics.median([e["exit_seconds"]["median"] for e in entries])}
        print("  load over the %(runs)d runs: wall median %(load_seconds_median)s s, CPU median "
              "%(load_cpu_seconds_median)s s (best %(load_cpu_seconds_min)s), peak memory %(peak_mb_max)s MB, "
              "start-up + exit median %(exit_seconds_median)s s" % results["load_from_queries"])


def bench_render(args, results):
    """A diagram of a 10,000-node graph (sfdp, straight edges), whole and cut
    with --max-nodes, as SVG."""
    graph = os.path.join(args.work, "graph_render_%d_nodes.json" % args.render_nodes)
    if not os.path.exists(graph):
        # generate_graph.py makes about edges/5 nodes.
        subprocess.run([sys.executable, os.path.join(HERE, "generate_graph.py"), "--edges",
                        str(args.render_nodes * 5), "--out", graph], check=True)
    results["render"] = {"nodes": args.render_nodes, "edges": args.render_nodes * 5}
    for max_nodes in [None, 1000]:
        out = os.path.join(args.work, "render.svg")
        cmd = [args.binary, "export", graph, "--format", "svg", "-o", out]
        if max_nodes:
            cmd += ["--max-nodes", str(max_nodes)]
        try:
            secs, peak, proc = timed(cmd, timeout=args.render_timeout)
        except subprocess.TimeoutExpired:
            results["render"]["max_nodes_%s" % (max_nodes or "all")] = {
                "ok": False, "error": "not done in %d s" % args.render_timeout}
            continue
        entry = {"seconds": round(secs, 2), "peak_mb": round((peak or 0) / 1024, 1), "ok": proc.returncode == 0}
        if proc.returncode == 0:
            entry["output_mb"] = round(os.path.getsize(out) / 1e6, 1)
            said = [l for l in proc.stderr.splitlines() if "max-nodes" in l or "dropped" in l or "kept" in l]
            if said:
                entry["said"] = said[0][:200]
            os.remove(out)
        else:
            entry["error"] = proc.stderr.strip()[:200]
        results["render"]["max_nodes_%s" % (max_nodes or "all")] = entry


def print_render(results):
    r = results.get("render")
    if not r:
        return
    for key in ("max_nodes_all", "max_nodes_1000"):
        e = r.get(key)
        if e:
            print("render %d nodes, %s: %s" % (r["nodes"], key.replace("_", " "),
                  ("%ss, peak %s MB, %s MB of SVG" % (e["seconds"], e["peak_mb"], e["output_mb"])) if e["ok"]
                  else "failed: " + e.get("error", "")))


def print_table(results):
    print("%-10s %8s %8s %10s %10s %10s %10s %9s" % ("corpus", "MB", "docs", "j1 MB/s", "j2 MB/s", "j2 docs/s",
                                                     "peak MB", "grep MB/s"))
    for r in results["extraction"]:
        j1, j2 = r.get("j1", {}), r.get("j2", {})
        print("%-10s %8.1f %8d %10s %10s %10s %10s %9.1f" % (
            "%gMB" % r["size_mb"], r["size_mb"], r["documents"], j1.get("mb_per_s", "-"), j2.get("mb_per_s", "-"),
            j2.get("docs_per_s", "-"), j2.get("peak_mb", "-"), r["grep_floor"]["mb_per_s"]))
        if j2.get("stages"):
            print("           stages (j2): " + ", ".join("%s %.2fs" % kv for kv in j2["stages"].items()))
    if "linearity" in results:
        print("linearity: size x%(size_ratio)s, time x%(time_ratio)s" % results["linearity"])
    if "load" in results:
        l = results["load"]
        print("load of %d edges (%s MB), best / median of %d runs: process %s / %s s wall, %s / %s s CPU "
              "(user %s / %s, system %s / %s); load step %s / %s s wall, %s / %s s CPU; peak %s MB; "
              "stats (load + components + betweenness) %ss" % (
                  l["edges"], l["file_mb"], l["runs"], l["seconds"]["best"], l["seconds"]["median"],
                  l["cpu_seconds"]["best"], l["cpu_seconds"]["median"], l["user_seconds"]["best"],
                  l["user_seconds"]["median"], l["sys_seconds"]["best"], l["sys_seconds"]["median"],
                  l["load_step_seconds"]["best"], l["load_step_seconds"]["median"],
                  l["load_step_cpu_seconds"]["best"], l["load_step_cpu_seconds"]["median"], l["peak_mb"],
                  l["stats_seconds"]))
    for fmt, e in results["export"].items():
        print("export %-8s %s" % (fmt, ("%.1f MB/s with load; writing %.1f MB/s wall, %.1f MB/s of CPU "
                                         "(%s MB: load %ss, write %ss wall / %ss CPU)"
                                         % (e["mb_per_s"], e["write_mb_per_s"], e["write_mb_per_cpu_s"],
                                            e["output_mb"], e["load_seconds"], e["write_seconds"],
                                            e["write_cpu_seconds"]))
                                  if e["ok"] else "failed: " + e.get("error", "")))
    print_query_latency(results)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "newsgraph"))
    ap.add_argument("--work", default=os.path.join(ROOT, "build", "bench"))
    ap.add_argument("--sizes", default="1,10,100")
    ap.add_argument("--graph-edges", type=int, default=1000000)
    ap.add_argument("--json", default=None)
    ap.add_argument("--repeat", type=int, default=5,
                    help="runs of the load and of each question; the best and the median are reported")
    ap.add_argument("--queries-only", action="store_true",
                    help="only the query latency on the big graph (no corpora, no exports)")
    ap.add_argument("--graph-only", action="store_true",
                    help="load, exports and query latency on the big graph (no corpora, no rendering)")
    ap.add_argument("--extraction-only", action="store_true",
                    help="only extraction of the corpora (--sizes), best of --repeat runs per job count")
    ap.add_argument("--render-nodes", type=int, default=10000)
    ap.add_argument("--render-timeout", type=int, default=1800)
    args = ap.parse_args()
    args.sizes = [float(s) for s in args.sizes.split(",") if s]
    os.makedirs(args.work, exist_ok=True)
    results = {"extraction": [], "export": {}, "query": {}}
    if args.extraction_only:
        bench_extraction(args, results)
    elif args.queries_only:
        ensure_graph(args)
    elif args.graph_only:
        bench_graph(args, results)
    else:
        bench_extraction(args, results)
        bench_graph(args, results)
        bench_render(args, results)
    if not args.extraction_only:
        bench_query_latency(args, results)
    print_table(results)
    print_render(results)
    path = args.json or os.path.join(args.work, "results.json")
    with open(path, "w") as fh:
        json.dump(results, fh, indent=1)
    print("results: " + path)


if __name__ == "__main__":
    main()

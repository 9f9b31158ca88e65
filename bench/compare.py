#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
"""Runs core_throughput and torch_throughput.py and prints one table of elements per second.

The two programs alternate for --rounds rounds so that both see the same load on a shared machine;
every number is the median of all repetitions of all rounds. Ratios above 1 mean the core is faster.
Standard library only; torch_throughput.py runs under --torch-python (Debian's /usr/bin/python3).
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def log(text):
    print(text, file=sys.stderr, flush=True)


def build(build_dir):
    if not os.path.exists(os.path.join(build_dir, "CMakeCache.txt")):
        sys.exit(f"{build_dir} is not configured; run:\n  cmake -S {ROOT} -B {build_dir} -G Ninja "
                 "-DCMAKE_BUILD_TYPE=Release -DRELU_BUILD_TESTS=OFF")
    subprocess.run(["cmake", "--build", build_dir, "--target", "core_throughput"], check=True,
                   stdout=sys.stderr)


def run_core(binary, args):
    command = [binary, "--benchmark_format=json", f"--benchmark_repetitions={args.repetitions}",
               f"--benchmark_min_time={args.min_time}", f"--benchmark_filter={args.filter or '.'}"]
    env = dict(os.environ)
    if args.isa:
        env["RX_KERNEL_ISA"] = args.isa
    report = json.loads(subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout)
    samples = defaultdict(list)
    for b in report["benchmarks"]:
        if b.get("run_type") == "iteration":
            samples[b["run_name"]].append(b["items_per_second"])
    return report["context"], samples


def run_torch(args):
    command = [args.torch_python, os.path.join(HERE, "torch_throughput.py"), "--format=json",
               f"--repetitions={args.repetitions}", f"--min-time={args.min_time}", f"--filter={args.filter}"]
    report = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    samples = defaultdict(list)
    statements = {}
    for b in report["benchmarks"]:
        samples[(b["name"], b["variant"])].extend(b["items_per_second"])
        statements[(b["name"], b["variant"])] = b["stmt"]
    return report["context"], samples, statements


def describe_machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    git = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"], capture_output=True,
                         text=True).stdout.strip()
    dirty_core = subprocess.run(["git", "-C", ROOT, "status", "--short", "--", "core"], capture_output=True,
                                text=True).stdout.split()[1::2]
    return model, os.cpu_count(), git, dirty_core


def print_table(rows, markdown):
    header = ["function", "quantity", "dtype", "N", "ours M/s", "torch M/s", "torch out= M/s", "ratio",
              "ratio vs out="]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join(["---"] * 4 + ["---:"] * 5) + "|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        return
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    line = "  ".join(h.ljust(w) if i < 4 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(c.ljust(w) if i < 4 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build", "bench"))
    parser.add_argument("--no-build", action="store_true", help="do not bring core_throughput up to date")
    parser.add_argument("--torch-python", default="/usr/bin/python3")
    parser.add_argument("--rounds", type=int, default=2, help="alternations of the two programs")
    parser.add_argument("--repetitions", type=int, default=3, help="repetitions per program and round")
    parser.add_argument("--min-time", type=float, default=0.2, help="seconds per repetition of a case")
    parser.add_argument("--filter", default="", help="regular expression on the case name")
    parser.add_argument("--isa", choices=("generic", "avx2", "avx512"),
                        help="core kernels to run (RX_KERNEL_ISA); default: the best the processor has")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--json", metavar="FILE", help="also write every sample to FILE")
    args = parser.parse_args()

    if not args.no_build:
        build(args.build_dir)
    binary = os.path.join(args.build_dir, "bin", "core_throughput")

    ours = defaultdict(list)
    theirs = defaultdict(list)
    for round_index in range(args.rounds):
        log(f"round {round_index + 1}/{args.rounds}: core_throughput")
        core_context, samples = run_core(binary, args)
        for name, values in samples.items():
            ours[name].extend(values)
        log(f"round {round_index + 1}/{args.rounds}: torch_throughput.py")
        torch_context, samples, statements = run_torch(args)
        for key, values in samples.items():
            theirs[key].extend(values)

    rows = []
    for name in ours:  # core_throughput's order: dtype, N, catalogue order, quantity
        mine = statistics.median(ours[name])
        call = statistics.median(theirs[(name, "call")]) if (name, "call") in theirs else None
        out = statistics.median(theirs[(name, "out")]) if (name, "out") in theirs else None
        best = max(v for v in (call, out) if v is not None) if call or out else None
        rows.append([*name.split("/"), f"{mine / 1e6:.0f}",
                     f"{call / 1e6:.0f}" if call else "-", f"{out / 1e6:.0f}" if out else "-",
                     f"{mine / call:.2f}" if call else "-", f"{mine / best:.2f}" if best else "-"])

    model, cores, git, dirty_core = describe_machine()
    same_input = core_context.get("input_hash") == torch_context.get("input_hash")
    print(f"machine: {model}, {cores} logical CPUs; {platform.platform()}")
    print(f"tree: {git}" + (f" (uncommitted in core: {', '.join(dirty_core)})" if dirty_core else ""))
    print(f"core kernels: {core_context.get('kernel_isa')}; PyTorch {torch_context['torch_version']}, "
          f"{torch_context['torch_cpu_capability']} kernels, {torch_context['num_threads']} thread")
    print(f"input: {core_context.get('input')}; identical in both programs: {'yes' if same_input else 'NO'}")
    print(f"medians of {args.rounds} rounds x {args.repetitions} repetitions x {args.min_time} s; "
          "ratio = ours / torch (as a user calls it), ratio vs out= = ours / the faster PyTorch form")
    print()
    print_table(rows, args.markdown)
    print()
    print("PyTorch statements (x input, g = ones as grad_output, o preallocated, w = tensor([0.25]), "
          "A and L selu's alpha and scale, N an empty noise tensor, B log_sigmoid_forward's buffer):")
    seen = set()
    for (name, variant), stmt in statements.items():
        function, quantity = name.split("/")[:2]
        if (function, quantity, variant) not in seen:
            seen.add((function, quantity, variant))
            print(f"  {function}/{quantity} {variant}: {stmt}")

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"core": ours, "torch": {f"{k[0]}|{k[1]}": v for k, v in theirs.items()}}, f, indent=1)


if __name__ == "__main__":
    main()

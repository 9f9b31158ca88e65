#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
"""PyTorch's elements per second for the work core_throughput measures, one thread.

Run with Debian's own interpreter (the one that has torch 1.13): /usr/bin/python3 torch_throughput.py.
Names are core_throughput's, "<id>/<quantity>/<dtype>/<N>", and every case has up to two variants:

  call  the expression as a user writes it: out-of-place, so each call allocates its result tensor;
  out   the same kernel writing into a preallocated tensor (out= or grad_input=), as rx::evaluate does.

y is the functional (F.relu, ...). dy/dx is ATen's backward kernel with grad_output = ones, which reads
one tensor more than core's dy/dx (grad_output) and multiplies by it. PyTorch has no kernel for a
derivative by a parameter, so dy/dparam is the shortest element-wise expression of the same values
(two kernels and a temporary, except selu's dy/dscale, which is one F.elu call); for prelu, dy/dx is
prelu_backward, which also sums the weight's gradient. The EXPRESSIONS table says exactly what runs.

The input is core_throughput's: normal(0, 3) from splitmix64 (seed 20260101) and Box-Muller through
the same libm calls, so the float64 sample is bit for bit the same (see input_hash).
"""

import argparse
import json
import math
import re
import statistics
import sys

import numpy as np
import torch
import torch.nn.functional as F  # noqa: N812, used by the expressions
from torch.utils.benchmark import Timer

SAMPLE_SEED = 20260101
SAMPLE_SIGMA = 3.0
SIZES = (1000, 1000000)
DTYPES = {"float32": torch.float32, "float64": torch.float64}
SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946

# (id, quantity) -> {variant: statement}, with PyTorch's default parameters. Names in statements:
# x input, g ones (grad_output), o preallocated output, w prelu weight tensor [0.25], A and L selu's
# alpha and scale, N an empty noise tensor (rrelu), B log_sigmoid_forward's buffer for x. A catalogue
# function missing here shows "-" in compare.py's PyTorch columns.
EXPRESSIONS = {
    ("relu", "y"): {
        "call": "F.relu(x)",
        "out": "torch.clamp_min(x, 0, out=o)",  # relu's own kernel in 1.13; relu.out copies
    },
    ("relu", "dydx"): {
        "call": "torch.ops.aten.threshold_backward(g, x, 0)",
        "out": "torch.ops.aten.threshold_backward.grad_input(g, x, 0, grad_input=o)",
    },
    ("relu6", "y"): {
        "call": "F.relu6(x)",
        "out": "torch._C._nn.hardtanh(x, 0.0, 6.0, out=o)",
    },
    ("relu6", "dydx"): {
        "call": "torch.ops.aten.hardtanh_backward(g, x, 0.0, 6.0)",
        "out": "torch.ops.aten.hardtanh_backward.grad_input(g, x, 0.0, 6.0, grad_input=o)",
    },
    ("leaky_relu", "y"): {
        "call": "F.leaky_relu(x, 0.01)",
        "out": "torch._C._nn.leaky_relu(x, 0.01, out=o)",
    },
    ("leaky_relu", "dydx"): {
        "call": "torch.ops.aten.leaky_relu_backward(g, x, 0.01, False)",
        "out": "torch.ops.aten.leaky_relu_backward.grad_input(g, x, 0.01, False, grad_input=o)",
    },
    ("leaky_relu", "dydnegative_slope"): {
        "call": "torch.clamp_max(x, 0)",
        "out": "torch.clamp_max(x, 0, out=o)",
    },
    ("elu", "y"): {
        "call": "F.elu(x, 1.0)",
        "out": "torch._C._nn.elu(x, 1.0, out=o)",
    },
    ("elu", "dydx"): {
        "call": "torch.ops.aten.elu_backward(g, 1.0, 1, 1, False, x)",
        "out": "torch.ops.aten.elu_backward.grad_input(g, 1.0, 1, 1, False, x, grad_input=o)",
    },
    ("elu", "dydalpha"): {
        "call": "torch.expm1(torch.clamp_max(x, 0))",
        "out": "torch.expm1(torch.clamp_max(x, 0, out=o), out=o)",
    },
    ("selu", "y"): {
        "call": "F.selu(x)",
        "out": "torch._C._nn.elu(x, A, L, 1, out=o)",
    },
    ("selu", "dydx"): {
        "call": "torch.ops.aten.elu_backward(g, A, L, 1, False, x)",
        "out": "torch.ops.aten.elu_backward.grad_input(g, A, L, 1, False, x, grad_input=o)",
    },
    ("selu", "dydalpha"): {
        "call": "F.elu(torch.clamp_max(x, 0), L)",
        "out": "torch._C._nn.elu(torch.clamp_max(x, 0, out=o), L, out=o)",
    },
    ("selu", "dydscale"): {
        "call": "F.elu(x, A)",
        "out": "torch._C._nn.elu(x, A, out=o)",
    },
    ("prelu", "y"): {
        "call": "F.prelu(x, w)",
        "out": "torch.ops.aten.prelu.out(x, w, out=o)",
    },
    ("prelu", "dydx"): {
        "call": "torch.ops.aten.prelu_backward(g, x, w)",
    },
    ("prelu", "dydweight"): {
        "call": "torch.clamp_max(x, 0)",
        "out": "torch.clamp_max(x, 0, out=o)",
    },
    ("celu", "y"): {
        "call": "F.celu(x, 1.0)",
        "out": "torch._C._nn.elu(x, 1.0, 1, 1.0, out=o)",  # celu's own kernel: elu(x, a, 1, 1/a)
    },
    ("celu", "dydx"): {
        "call": "torch.ops.aten.elu_backward(g, 1.0, 1, 1.0, False, x)",
        "out": "torch.ops.aten.elu_backward.grad_input(g, 1.0, 1, 1.0, False, x, grad_input=o)",
    },
    ("celu", "dydalpha"): {  # at alpha = 1: expm1(x) - x exp(x) for x <= 0
        "call": "torch.where(x > 0, 0.0, torch.expm1(x) - x * torch.exp(x))",
    },
    ("rrelu", "y"): {  # evaluation mode: leaky_relu with slope (lower + upper) / 2
        "call": "F.rrelu(x, 0.125, 1.0 / 3, training=False)",
        "out": "torch._C._nn.rrelu_with_noise(x, N, 0.125, 1.0 / 3, False, out=o)",
    },
    ("rrelu", "dydx"): {
        "call": "torch.ops.aten.rrelu_with_noise_backward(g, x, N, 0.125, 1.0 / 3, False, False)",
    },
    ("rrelu", "dydlower"): {
        "call": "torch.clamp_max(x, 0).mul_(0.5)",
        "out": "torch.clamp_max(x, 0, out=o).mul_(0.5)",
    },
    ("rrelu", "dydupper"): {
        "call": "torch.clamp_max(x, 0).mul_(0.5)",
        "out": "torch.clamp_max(x, 0, out=o).mul_(0.5)",
    },
    ("hardtanh", "y"): {
        "call": "F.hardtanh(x, -1.0, 1.0)",
        "out": "torch._C._nn.hardtanh(x, -1.0, 1.0, out=o)",
    },
    ("hardtanh", "dydx"): {
        "call": "torch.ops.aten.hardtanh_backward(g, x, -1.0, 1.0)",
        "out": "torch.ops.aten.hardtanh_backward.grad_input(g, x, -1.0, 1.0, grad_input=o)",
    },
    ("hardtanh", "dydmin_val"): {"call": "(x <= -1.0).to(x.dtype)"},
    ("hardtanh", "dydmax_val"): {"call": "(x >= 1.0).to(x.dtype)"},
    ("hardswish", "y"): {
        "call": "F.hardswish(x)",
        "out": "torch._C._nn.hardswish(x, out=o)",
    },
    ("hardswish", "dydx"): {
        "call": "torch.ops.aten.hardswish_backward(g, x)",
        "out": "torch.ops.aten.hardswish_backward.out(g, x, out=o)",
    },
    ("hardsigmoid", "y"): {
        "call": "F.hardsigmoid(x)",
        "out": "torch._C._nn.hardsigmoid(x, out=o)",
    },
    ("hardsigmoid", "dydx"): {
        "call": "torch.ops.aten.hardsigmoid_backward(g, x)",
        "out": "torch.ops.aten.hardsigmoid_backward.grad_input(g, x, grad_input=o)",
    },
    ("gelu", "y"): {
        "call": "F.gelu(x)",
        "out": "torch._C._nn.gelu(x, out=o)",
    },
    ("gelu", "dydx"): {
        "call": "torch.ops.aten.gelu_backward(g, x)",
        "out": "torch.ops.aten.gelu_backward.grad_input(g, x, grad_input=o)",
    },
    ("silu", "y"): {
        "call": "F.silu(x)",
        "out": "torch._C._nn.silu(x, out=o)",
    },
    ("silu", "dydx"): {
        "call": "torch.ops.aten.silu_backward(g, x)",
        "out": "torch.ops.aten.silu_backward.grad_input(g, x, grad_input=o)",
    },
    ("mish", "y"): {
        "call": "F.mish(x)",
        "out": "torch._C._nn.mish(x, out=o)",
    },
    ("mish", "dydx"): {"call": "torch.ops.aten.mish_backward(g, x)"},
    ("softplus", "y"): {
        "call": "F.softplus(x, 1.0, 20.0)",
        "out": "torch._C._nn.softplus(x, 1.0, 20.0, out=o)",
    },
    ("softplus", "dydx"): {
        "call": "torch.ops.aten.softplus_backward(g, x, 1.0, 20.0)",
        "out": "torch.ops.aten.softplus_backward.grad_input(g, x, 1.0, 20.0, grad_input=o)",
    },
    ("softplus", "dydbeta"): {  # at beta = 1: x sigmoid(x) - softplus(x) below the threshold
        "call": "torch.where(x > 20.0, 0.0, x * torch.sigmoid(x) - F.softplus(x))",
    },
    ("softplus", "dydthreshold"): {"call": "torch.zeros_like(x)"},  # 0 away from the switch point
    ("logsigmoid", "y"): {
        "call": "F.logsigmoid(x)",
        "out": "torch._C._nn.log_sigmoid(x, out=o)",
    },
    ("logsigmoid", "dydx"): {  # B: the buffer log_sigmoid_forward keeps for the backward
        "call": "torch.ops.aten.log_sigmoid_backward(g, x, B)",
        "out": "torch.ops.aten.log_sigmoid_backward.grad_input(g, x, B, grad_input=o)",
    },
    ("tanhshrink", "y"): {  # F.tanhshrink is x - x.tanh(), two kernels
        "call": "F.tanhshrink(x)",
        "out": "torch.sub(x, torch.tanh(x, out=o), out=o)",
    },
    ("tanhshrink", "dydx"): {  # tanh(x)^2; autograd's g - tanh_backward(g, tanh(x)) is one kernel more
        "call": "torch.tanh(x).square_()",
        "out": "torch.tanh(x, out=o).square_()",
    },
}


def splitmix64(seed, count):
    """count outputs of splitmix64 started at seed, as uint64 (wrapping arithmetic)."""
    with np.errstate(over="ignore"):
        state = np.uint64(seed) + np.arange(1, count + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        z = state
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def normal_sample(n, seed=SAMPLE_SEED, sigma=SAMPLE_SIGMA):
    """core_throughput's normalSample: Box-Muller on splitmix64 uniforms, libm's log, cos and sin."""
    pairs = (n + 1) // 2
    bits = splitmix64(seed, 2 * pairs)
    u = ((bits >> np.uint64(11)).astype(np.float64) + 0.5) * 2.0**-53
    u1, u2 = u[0::2], u[1::2]
    log_u1 = np.fromiter(map(math.log, u1), np.float64, pairs)
    radius = sigma * np.sqrt(-2.0 * log_u1)
    angle = (2.0 * math.pi) * u2
    values = np.empty(2 * pairs)
    values[0::2] = radius * np.fromiter(map(math.cos, angle), np.float64, pairs)
    values[1::2] = radius * np.fromiter(map(math.sin, angle), np.float64, pairs)
    return values[:n]


def input_hash(values):
    """sum of word[i] * K^(i+1) mod 2^64 over the float64 bit patterns; core_throughput prints it."""
    k = np.uint64(0x100000001B3)
    with np.errstate(over="ignore"):
        powers = np.cumprod(np.full(len(values), k, dtype=np.uint64), dtype=np.uint64)
        words = values.astype("<f8").view(np.uint64)
        return f"{int((words * powers).sum(dtype=np.uint64)):016x}"


def measure(stmt, env, min_time):
    """Median seconds per call of stmt over blocks of about min_time in total."""
    timer = Timer(stmt=stmt, globals=env, num_threads=1)
    return timer.blocked_autorange(min_run_time=min_time).median


def cpu_capability():
    """The vector kernels ATen dispatches to, e.g. "AVX2" (torch 1.13 has no direct query)."""
    match = re.search(r"CPU capability usage: (\w+)", torch.__config__.show())
    return match.group(1) if match else "unknown"


def run(args):
    torch.set_num_threads(1)
    pattern = re.compile(args.filter)
    sample = normal_sample(max(SIZES))
    results = []
    for dtype_name, dtype in DTYPES.items():
        for n in SIZES:
            x = torch.from_numpy(sample[:n].copy()).to(dtype)
            env = {
                "torch": torch,
                "F": F,
                "x": x,
                "g": torch.ones_like(x),
                "o": torch.zeros_like(x),
                "w": torch.tensor([0.25], dtype=dtype),
                "A": SELU_ALPHA,
                "L": SELU_SCALE,
                "N": torch.empty(0, dtype=dtype),
                "B": torch.ops.aten.log_sigmoid_forward(x)[1],
            }
            for (fid, quantity), variants in EXPRESSIONS.items():
                name = f"{fid}/{quantity}/{dtype_name}/{n}"
                if not pattern.search(name):
                    continue
                for variant, stmt in variants.items():
                    eval(stmt, env)  # warm up: first-call dispatch, allocator
                    seconds = [measure(stmt, env, args.min_time) for _ in range(args.repetitions)]
                    rates = [n / s for s in seconds]
                    results.append({"name": name, "variant": variant, "stmt": stmt,
                                    "items_per_second": rates})
                    if args.format == "console":
                        print(f"{name:<46} {variant:<5} {statistics.median(rates) / 1e6:>10.1f} M/s   "
                              f"{stmt}", flush=True)
    return {
        "context": {
            "torch_version": torch.__version__,
            "torch_cpu_capability": cpu_capability(),
            "num_threads": torch.get_num_threads(),
            "input_hash": input_hash(sample),
        },
        "benchmarks": results,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repetitions", type=int, default=5, help="measurements per case (median taken)")
    parser.add_argument("--min-time", type=float, default=0.2, help="seconds per measurement")
    parser.add_argument("--filter", default="", help="regular expression on the case name")
    parser.add_argument("--format", choices=("console", "json"), default="console")
    args = parser.parse_args()
    report = run(args)
    if args.format == "json":
        json.dump(report, sys.stdout, indent=1)
        print()
    else:
        print(json.dumps(report["context"]))


if __name__ == "__main__":
    main()

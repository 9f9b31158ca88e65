#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
"""Writes tests/core/golden/moments.txt: the moments of f(X), X ~ N(mean, std^2), in mpmath.

For each case: E[f], Var[f], E[f^2], E[f'], E[f'^2] and P(f' = 0), with f and f' the exact formulas
of generate_golden.py (parameters rounded to float64, rrelu's slope (lower + upper)/2 rounded once).
Integrals are mpmath's tanh-sinh quadrature at 40 digits in z = (x - mean)/std, split at f's kinks,
at 0 and at fixed cuts in z; P(f' = 0) adds the probability of every stretch between breakpoints where
f' is identically 0.

Run with Debian's python3 (python3-mpmath; the formulas module imports torch):
    /usr/bin/python3 tools/golden/generate_moments.py [output file]
"""

import os
import sys

import mpmath
from mpmath import mp, mpf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_golden as gg  # noqa: E402

SELU = [gg.SELU_ALPHA, gg.SELU_SCALE]


def kinks(fid, p):
    if fid == "relu6":
        return [0.0, 6.0]
    if fid == "hardtanh":
        return [p[0], p[1]]
    if fid in ("hardswish", "hardsigmoid"):
        return [-3.0, 3.0]
    if fid == "softplus":
        return [p[1] / p[0], 0.0]
    return [0.0]


# (function, parameters as given to rx::gaussianMoments, mean, std)
CASES = [
    ("relu", [], 0, 1), ("relu", [], 1.5, 0.5), ("relu", [], -2, 3), ("relu", [], 0, 1e-6),
    ("relu", [], 0, 1e6), ("relu", [], -30, 1),
    ("relu6", [], 0, 1), ("relu6", [], 5, 2), ("relu6", [], 3, 1e-8),
    ("leaky_relu", [0.01], 0, 1), ("leaky_relu", [0.0], 0, 1), ("leaky_relu", [-0.3], 0.5, 2),
    ("leaky_relu", [0.2], -1, 1e12),
    ("prelu", [0.25], 0, 1), ("prelu", [0.0], 1, 1),
    ("rrelu", [1 / 8, 1 / 3], 0, 1), ("rrelu", [0.0, 0.0], -1, 0.5),
    ("hardtanh", [-1.0, 1.0], 0, 1), ("hardtanh", [-2.5, 0.5], 0.3, 1.7), ("hardtanh", [0.1, 0.2], 0.15, 1e-4),
    ("hardswish", [], 0, 1), ("hardswish", [], -1, 2), ("hardswish", [], 2.9, 0.1),
    ("hardsigmoid", [], 0, 1), ("hardsigmoid", [], 1, 4),
    ("elu", [1.0], 0, 1), ("elu", [0.0], 0, 1), ("elu", [2.5], -1, 2), ("elu", [1.0], 0, 1e-7),
    ("selu", SELU, 0, 1), ("selu", SELU, 0.5, 2), ("selu", [0.0, SELU[1]], 0, 1), ("selu", SELU, -3, 1e3),
    ("celu", [1.0], 0, 1), ("celu", [0.5], -0.5, 1.5), ("celu", [2.5], 1, 0.3),
    ("gelu", [0], 0, 1), ("gelu", [1], 0, 1), ("gelu", [0], -1, 0.5), ("gelu", [0], 0, 1e5),
    ("silu", [], 0, 1), ("silu", [], -1.278, 0.01), ("silu", [], 2, 3),
    ("mish", [], 0, 1), ("mish", [], -2, 1),
    ("softplus", [1.0, 20.0], 0, 1), ("softplus", [2.0, 20.0], 0, 1), ("softplus", [1.0, 1.0], 0.5, 1),
    ("softplus", [1.0, 20.0], 18, 3),
]


def function(fid):
    return next(f for f in gg.FUNCTIONS if f.id == fid)


def exactParameters(fn, params):
    given = [fn.parameters[i].choices[int(v)] if fn.parameters[i].choices else v for i, v in enumerate(params)]
    return fn.exactParameters(fn, given, gg.FLOAT64)


def moments(fid, params, mean, std):
    fn = function(fid)
    p = exactParameters(fn, params)
    y = fn.quantities["y"]
    dy = fn.quantities["dydx"]
    m, s = mpf(mean), mpf(std)
    phi = lambda z: mpmath.exp(-z * z / 2) / mpmath.sqrt(2 * mpmath.pi)  # noqa: E731
    # Fixed cuts keep the Gaussian's bulk in panels of its own size when the kinks are far away.
    # Around each kink, cuts at +-1/8 .. 64 in x and +-1/8 .. 4 in z resolve what lies close to it.
    cuts = {mpf(c) for c in (-40, -10, -5, -2, 0, 2, 5, 10, 40)}
    for k in kinks(fid, params):
        z = (mpf(k) - m) / s
        cuts.add(z)
        for d in (mpf(1) / 8, 1, 8, 64):
            cuts |= {(mpf(k) + d - m) / s, (mpf(k) - d - m) / s}
        for d in (mpf(1) / 8, mpf(1) / 2, 1, 2, 4):
            cuts |= {z - d, z + d}
    breaks = sorted(cuts)
    points = [-mpmath.inf] + breaks + [mpmath.inf]

    def integral(g):
        # Panel by panel with φ(z) = φ(w)·exp(−(z − w)(z + w)/2), w the panel's end nearest 0: the
        # integrand stays near 1 in far tails, where tanh-sinh otherwise loses digits.
        total = mpf(0)
        for a, b in zip(points[:-1], points[1:]):
            w = a if a >= 0 else b if b <= 0 else mpf(0)
            total += phi(w) * mpmath.quad(lambda z: g(m + s * z) * mpmath.exp(-(z - w) * (z + w) / 2), [a, b])
        return total

    mean1 = integral(lambda x: y(x, p))
    second = integral(lambda x: y(x, p) ** 2)
    variance = integral(lambda x: (y(x, p) - mean1) ** 2)
    gradient = integral(lambda x: dy(x, p))
    gradientSquare = integral(lambda x: dy(x, p) ** 2)
    # Stretches between kinks (in x) where f' is identically 0, probed near their finite ends.
    dead = mpf(0)
    xs = [-mpmath.inf] + sorted({mpf(k) for k in kinks(fid, params)} | {mpf(0)}) + [mpmath.inf]
    for a, b in zip(xs[:-1], xs[1:]):
        if a == -mpmath.inf:
            probes = [b - d for d in (mpf(1) / 1024, mpf(1) / 8, 1, 8)]
        elif b == mpmath.inf:
            probes = [a + d for d in (mpf(1) / 1024, mpf(1) / 8, 1, 8)]
        else:
            probes = [a + (b - a) * t for t in (mpf("0.1"), mpf("0.5"), mpf("0.9"))]
        if all(dy(x, p) == 0 for x in probes):
            dead += gg.normalCdf((b - m) / s) - gg.normalCdf((a - m) / s)
    return [mean1, variance, second, gradient, gradientSquare, dead]



def main():
    mp.dps = 40
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "tests", "core", "golden", "moments.txt")
    path = os.path.normpath(sys.argv[1] if len(sys.argv) > 1 else default)
    lines = ["# function parameters(;-separated or -) mean std | E[f] Var[f] E[f^2] E[f'] E[f'^2] P(f'=0)",
             "# written by tools/golden/generate_moments.py (mpmath, 40 digits); numbers to 20 digits"]
    for fid, params, mean, std in CASES:
        values = moments(fid, params, mean, std)
        given = ";".join(repr(float(v)) for v in params) or "-"
        values = [v if abs(v) > mpf("1e-300") else mpf(0) for v in values]
        numbers = " ".join(mpmath.nstr(v, 20, min_fixed=1, max_fixed=0) for v in values)
        lines.append(f"{fid} {given} {float(mean)!r} {float(std)!r} {numbers}")
        print(lines[-1])
    with open(path, "w", encoding="ascii", newline="\n") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
"""Writes core/src/functions/smoothconstants.h: the constants of the smooth functions to 128 bits and,
for each dy/dx that crosses zero, a polynomial that evaluates it near the zero without cancellation;
and core/src/fastmathconstants.h: the polynomial of the exponential for float results.

    /usr/bin/python3 tools/golden/smooth_constants.py [smoothconstants.h [fastmathconstants.h]]

Near the zero r of dy/dx its two terms cancel, and the relative error of the computed difference
grows like 1/|x - r|. There the kernels use dy/dx = h q(h), h = x - r, q a Chebyshev fit of
dy/dx / h on [-RADIUS, RADIUS], accurate to far below 2^-64 relative. The exact derivatives are the
golden generator's.

GELU's Φ(-a) for a >= 0 is written e^(-a²/2) M(y) with y = (a - C)/(a + C): M(y) = e^(a²/2) Φ(-a)
(Mills' ratio) goes from 1/2 at a = 0 towards 1/(a √(2π)) and is smooth in y (the transformation of
Shepherd and Laframboise, Math. Comp. 36, 1981, for erfc), so one polynomial in y covers a in
[0, GELU_TAIL_END], beyond which a float GELU and its dy/dx are 0 or x and 1, with no cancellation.

For float64 M(a) is needed to about 2^-59 relative (dy/dx = e^(-a²/2) (M - a/√(2π)) cancels up to 11
times outside the series about its zero), on [0, 40): piecewise, a polynomial per piece of width
GELU_MILLS_STEP in t = a - centre, the low powers' coefficients as pairs of doubles.

Tanhshrink's x - tanh(x) = x³ (1/3 + u T(u)) with u = x² <= 1: T a fit to double coefficients, so that
float64 needs no difference where it cancels (|x| < 1; beyond, (|x| - 1) + 2e/(1 + e), e = e^-2|x|,
has terms of one sign).

The exponential for float results reduces x to r, |r| <= ln2/2, and writes expm1(r) = r + r² q(r): q
a Chebyshev fit (near-minimax) of the lowest degree within EXP_FLOAT_TARGET relative of expm1, where
the Taylor series of the same accuracy needs one term more.
"""

import os
import sys

import mpmath
from mpmath import mp, mpf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_golden as golden  # noqa: E402

mp.dps = 80
RADIUS = mpf(1) / 8
TARGET = mpf(2) ** -72   # relative error of the fit
# Float results computed in double need fewer digits, hence lower degrees: GELU's over the same radius
# (outside it dy/dx cancels at most 11 times), SiLU's over 1/32, where (1 + x) + e^x cancels to 1.2e-8
# relative (0.2 of a float's ulp) with the float grade's e^x (1e-9 relative).
FLOAT_TARGET = mpf(2) ** -36


def longDouble(value):
    """value rounded to the 64-bit significand of x87's long double: (C literal, rounded mpf)."""
    v = mpf(value)
    if v == 0:
        return "0.0L", mpf(0)
    exponent = int(mpmath.floor(mpmath.log(abs(v), 2)))
    mantissa = int(mpmath.nint(abs(v) * mpf(2) ** (63 - exponent)))
    if mantissa >= 2**64:
        mantissa //= 2
        exponent += 1
    rounded = mpf(mantissa) * mpf(2) ** (exponent - 63)
    sign = "-" if v < 0 else ""
    return f"{sign}0x{mantissa:016X}p{exponent - 63}L", (-rounded if v < 0 else rounded)


def doubleDouble(value):
    """value as hi + lo, each a long double: 'hi, lo' (C literals)."""
    hiText, hi = longDouble(value)
    loText, _ = longDouble(mpf(value) - hi)
    return f"{hiText}, {loText}"


def rootSeries(name, derivative, guess, radius=RADIUS, target=TARGET, function=None, use=None):
    root = mpmath.findroot(derivative, mpf(guess))
    rootHi = float(root)
    rootLoText, _ = longDouble(root - mpf(rootHi))
    slope = mpmath.diff(derivative, root)

    def quotient(h):
        return slope if h == 0 else derivative(root + h) / h

    for degree in range(2, 60):
        coefficients, error = mpmath.chebyfit(quotient, [-radius, radius], degree + 1, error=True)
        if error < target * abs(slope):
            break
    else:
        raise RuntimeError(f"{name}: no fit")
    # Check the fit against the function at points the fit did not use.
    for k in range(-50, 51):
        h = radius * k / 50 + mpf(10) ** -30
        fit = mpmath.polyval(coefficients, h) * h
        assert abs(fit - derivative(root + h)) <= 4 * target * abs(slope * h), (name, k)
    lines = [f"/// {use}"] if use else []
    lines += [f"/// dy/dx of {function or name} near its zero {mpmath.nstr(root, 20)}: degree {degree}, error "
              f"{mpmath.nstr(error / abs(slope), 3)} relative.",
              f"inline constexpr long double {name}RootCoefficients[] = {{"]
    for c in reversed(coefficients):   # lowest power first
        lines.append(f"    {longDouble(c)[0]},")
    lines.append("};")
    lines.append(f"inline constexpr RootSeries {name}Root{{{rootHi.hex()}, {rootLoText}, {float(radius)},")
    lines.append(f"    {name}RootCoefficients}};")
    return "\n".join(lines)


GELU_TAIL_CENTRE = mpf(4)
GELU_TAIL_END = mpf(15)             # float GELU is -0 below -14.1, dy/dx -0 below -14.6
GELU_TAIL_TARGET = mpf(10) ** -10   # relative error of M's fit, for float results computed in double


def geluTailPolynomial():
    """M(y) (see above) on [-1, y(GELU_TAIL_END)] with double coefficients, lowest power first."""
    c = GELU_TAIL_CENTRE
    end = (GELU_TAIL_END - c) / (GELU_TAIL_END + c)

    def mills(y):
        a = c * (1 + y) / (1 - y)
        return mpmath.exp(a * a / 2) * mpmath.erfc(a / mpmath.sqrt(2)) / 2

    for degree in range(8, 40):
        coefficients = mpmath.chebyfit(mills, [-1, end], degree + 1)
        rounded = [mpf(float(v)) for v in coefficients]   # as the kernels hold them
        # The error of the double coefficients, measured at points the fit did not use.
        worst = max(abs(mpmath.polyval(rounded, y) / mills(y) - 1)
                    for y in (-1 + (end + 1) * (mpf(k) / 1000) for k in range(1001)))
        if worst < GELU_TAIL_TARGET:
            break
    else:
        raise RuntimeError("geluTail: no fit")
    lines = [f"/// GELU's Φ(-a) = e^(-a²/2) M(y), y = (a - {int(c)})/(a + {int(c)}), 0 <= a <= "
             f"{int(GELU_TAIL_END)}: degree {degree},",
             f"/// error {mpmath.nstr(worst, 3)} relative (in doubles).",
             f"inline constexpr double geluTailCentre = {float(c)};",
             f"inline constexpr double geluTailEnd = {float(end).hex()}; // y at a = {int(GELU_TAIL_END)}",
             "inline constexpr double geluTailCoefficients[] = {"]
    for v in reversed(rounded):   # lowest power first
        lines.append(f"    {float(v).hex()},")
    lines.append("};")
    return "\n".join(lines)


GELU_MILLS_STEP = mpf(1) / 4
GELU_MILLS_END = mpf(40)            # e^(-a²/2) is 0 in double beyond 38.6
GELU_MILLS_DEGREE = 11
GELU_MILLS_PAIRS = 3                # coefficients of t^0, t^1, t^2 as hi + lo
GELU_MILLS_TARGET = mpf(2) ** -60   # relative error of the fit, coefficients as the kernels hold them


def geluMillsTable():
    """M(a) = e^(a²/2) Φ(-a) for float64: on [k/2, (k + 1)/2] a polynomial in t = a - centre_k, centre_0 = 0
    (so that t = a is exact for tiny a) and centre_k = k/2 + 1/4 (t exact: a and centre_k are multiples
    of ulp(a)). Rows: c0 hi, c0 lo, c1 hi, c1 lo, c2 hi, c2 lo, c3, ..., c13 (lowest power first)."""
    def mills(a):
        return mpmath.exp(a * a / 2) * mpmath.erfc(a / mpmath.sqrt(2)) / 2

    count = int(GELU_MILLS_END / GELU_MILLS_STEP)
    rows = []
    worst = mpf(0)
    for k in range(count):
        low, high = k * GELU_MILLS_STEP, (k + 1) * GELU_MILLS_STEP
        centre = mpf(0) if k == 0 else low + GELU_MILLS_STEP / 2
        coefficients = mpmath.chebyfit(lambda t: mills(centre + t), [low - centre, high - centre],
                                       GELU_MILLS_DEGREE + 1)
        coefficients = list(reversed(coefficients))   # lowest power first
        row, held = [], []
        for j, v in enumerate(coefficients):
            hi = mpf(float(v))
            if j < GELU_MILLS_PAIRS:
                lo = mpf(float(v - hi))
                row += [hi, lo]
                held.append(hi + lo)
            else:
                row.append(hi)
                held.append(hi)
        # The held coefficients' error, at points the fit did not use.
        for n in range(41):
            t = low - centre + (high - low) * (mpf(n) + mpf(1) / 3) / 41
            error = abs(mpmath.polyval(list(reversed(held)), t) / mills(centre + t) - 1)
            worst = max(worst, error)
        rows.append(row)
    if worst > GELU_MILLS_TARGET:
        raise RuntimeError(f"geluMills: error {mpmath.nstr(worst, 3)}")
    width = len(rows[0])
    lines = [f"/// GELU's Mills' ratio M(a) = e^(a²/2) Φ(-a), float64: {count} pieces of "
             f"{float(GELU_MILLS_STEP)} on [0, {int(GELU_MILLS_END)}],",
             f"/// each a polynomial of degree {GELU_MILLS_DEGREE} in t = a - centre (0 for the first, "
             "else the middle), error",
             f"/// {mpmath.nstr(worst, 3)} relative. Rows: t^0, t^1, t^2 as hi, lo; then t^3 ... "
             f"t^{GELU_MILLS_DEGREE}.",
             f"inline constexpr double geluMillsStep = {float(GELU_MILLS_STEP)};",
             f"inline constexpr int geluMillsPieces = {count};",
             f"inline constexpr int geluMillsPairs = {GELU_MILLS_PAIRS};",
             f"inline constexpr double geluMillsCoefficients[{count}][{width}] = {{"]
    for row in rows:
        lines.append("    {" + ", ".join(float(v).hex() for v in row) + "},")
    lines.append("};")
    return "\n".join(lines)


EXP_FLOAT_RADIUS = mpf("0.3467")    # ln2/2 = 0.34657..., and the reduction's rounding
EXP_FLOAT_TARGET = mpf(6) * 10**-10  # the Taylor series to r^8 it replaces: 6e-10 relative


def expm1FloatPolynomial():
    """q(r) = (expm1(r) - r)/r² on [-EXP_FLOAT_RADIUS, EXP_FLOAT_RADIUS] with double coefficients."""
    def q(r):
        return mpf(1) / 2 if r == 0 else (mpmath.expm1(r) - r) / r**2

    points = [EXP_FLOAT_RADIUS * (k - 1000) / 1000 for k in range(2001)]
    for degree in range(2, 12):
        coefficients = mpmath.chebyfit(q, [-EXP_FLOAT_RADIUS, EXP_FLOAT_RADIUS], degree + 1)
        rounded = [mpf(float(v)) for v in coefficients]
        worst = max(abs(r * r * (mpmath.polyval(rounded, r) - q(r)) / mpmath.expm1(r)) for r in points if r != 0)
        if worst < EXP_FLOAT_TARGET:
            break
    else:
        raise RuntimeError("expm1 for floats: no fit")
    lines = [f"/// expm1(r) = r + r² q(r) for |r| <= {mpmath.nstr(EXP_FLOAT_RADIUS, 4)}: q to degree {degree}, "
             f"error {mpmath.nstr(worst, 3)} relative",
             "/// (of expm1, in doubles), lowest power first.",
             f"inline constexpr std::array<double, {degree + 1}> expm1FloatCoefficients{{"]
    for v in reversed(rounded):
        lines.append(f"    {float(v).hex()},")
    lines.append("};")
    return "\n".join(lines)


def tanhshrinkPolynomial():
    """T(u) (see above) on [0, 1] with double coefficients, lowest power first."""
    def t(u):
        if u == 0:
            return mpf(-2) / 15
        x = mpmath.sqrt(u)
        return ((x - mpmath.tanh(x)) / x**3 - mpf(1) / 3) / u

    for degree in range(8, 40):
        coefficients = mpmath.chebyfit(t, [0, 1], degree + 1)
        rounded = [mpf(float(v)) for v in coefficients]
        worst = max(abs(mpmath.polyval(rounded, u) / t(u) - 1) for u in (mpf(k) / 1000 for k in range(1001)))
        if worst < mpf(2) ** -55:
            break
    else:
        raise RuntimeError("tanhshrink: no fit")
    lines = [f"/// Tanhshrink's x - tanh(x) = x³ (1/3 + u T(u)), u = x² <= 1: T to degree {degree}, error "
             f"{mpmath.nstr(worst, 3)} relative (in doubles).",
             "inline constexpr double tanhshrinkCoefficients[] = {"]
    for v in reversed(rounded):
        lines.append(f"    {float(v).hex()},")
    lines.append("};")
    return "\n".join(lines)


def writeHeader(path, include, namespace, body):
    """Writes the generated header path: include's standard header, then body in namespace."""
    out = [
        "// SPDX-License-Identifier: GPL-3.0-or-later",
        "// Copyright (C) 2026 The ReLU Explorer authors",
        "#pragma once",
        "",
        f"// Written by tools/golden/smooth_constants.py (mpmath {mpmath.__version__}). Do not edit.",
        "",
        f"#include <{include}>",
        "",
        "// clang-format off",
        f"namespace {namespace} {{",
        "",
        *body,
        "",
        f"}} // namespace {namespace}",
        "// clang-format on",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(path)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "core", "src", "functions", "smoothconstants.h")
    path = os.path.normpath(sys.argv[1] if len(sys.argv) > 1 else default)
    pi = mpmath.pi
    constants = [
        ("invSqrt2", 1 / mpmath.sqrt(2), "1/√2"),
        ("invSqrt2Pi", 1 / mpmath.sqrt(2 * pi), "1/√(2π)"),
        ("twoOverSqrtPi", 2 / mpmath.sqrt(pi), "2/√π"),
        ("geluTanhScale", 2 * mpmath.sqrt(2 / pi), "2·√(2/π)"),
        ("geluTanhCubic", mpf("0.044715"), "0.044715"),
        ("oneThird", mpf(1) / 3, "1/3"),
    ]
    out = [
        "/// hi + lo, each a long double: 128 bits of a constant.",
        "struct Constant",
        "{",
        "    long double hi;",
        "    long double lo;",
        "};",
        "",
        "/// dy/dx = h * (c[0] + c[1] h + ...) for h = x - (root + rootLow), |h| <= radius.",
        "struct RootSeries",
        "{",
        "    double root;",
        "    long double rootLow;",
        "    double radius;",
        "    std::span<const long double> c;",
        "};",
        "",
    ]
    for name, value, what in constants:
        out.append(f"inline constexpr Constant {name}{{{doubleDouble(value)}}}; // {what}")
    out.append("")
    out.append(rootSeries("geluErf", golden.geluErfDydx, -0.75))
    out.append("")
    out.append(rootSeries("geluTanh", golden.geluTanhDydx, -0.75))
    out.append("")
    out.append(rootSeries("silu", golden.siluDydx, -1.28))
    out.append("")
    out.append(rootSeries("mish", golden.mishDydx, -1.19))
    out.append("")
    out.append(rootSeries("geluErfFloat", golden.geluErfDydx, -0.75, RADIUS, FLOAT_TARGET, "geluErf",
                          "For float results, which need fewer digits:"))
    out.append("")
    out.append(rootSeries("siluFloat", golden.siluDydx, -1.28, mpf(1) / 32, FLOAT_TARGET, "silu",
                          "For float results, which need fewer digits:"))
    out.append("")
    out.append(geluTailPolynomial())
    out.append("")
    out.append(geluMillsTable())
    out.append("")
    out.append(tanhshrinkPolynomial())
    writeHeader(path, "span", "rx::fn::smooth", out)

    default = os.path.join(here, "..", "..", "core", "src", "fastmathconstants.h")
    path = os.path.normpath(sys.argv[2] if len(sys.argv) > 2 else default)
    writeHeader(path, "array", "rx::fastmath::constants", [expm1FloatPolynomial()])


if __name__ == "__main__":
    main()

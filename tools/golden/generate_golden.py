#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
"""Writes the golden data of the core tests: tests/core/golden/<id>_<dtype>.txt.

For every function in FUNCTIONS, dtype, parameter vector and input x, one line holds the exact value
(mpmath, correctly rounded to the dtype) of y, dy/dx and every dy/dparam, and PyTorch's scalar-path
result (a one-element tensor and autograd). Run with Debian's python3 (python3-torch, python3-mpmath):

    /usr/bin/python3 tools/golden/generate_golden.py [output-dir]

Adding a function means adding one Function entry; its quantities are named as rx::quantityName names
them ("y", "dydx", "dyd" + parameter name) and the tests check the header against the catalogue.
"""

import math
import os
import struct
import sys
from dataclasses import dataclass, field
from typing import Callable

import mpmath
import torch
import torch.nn.functional as F
from mpmath import mp, mpf

mp.dps = 60


@dataclass(frozen=True)
class DType:
    name: str
    torch: torch.dtype
    precision: int       # significand bits, hidden bit included
    minExponent: int     # exponent of the smallest denormal
    maxExponent: int     # exponent of the largest finite value's leading bit


FLOAT32 = DType("float32", torch.float32, 24, -149, 127)
FLOAT64 = DType("float64", torch.float64, 53, -1074, 1023)
DTYPES = [FLOAT32, FLOAT64]


def roundTo(value, dtype):
    """value (mpf, int or float) rounded once to dtype, half to even, as a Python float."""
    v = mpf(value)
    if mpmath.isnan(v):
        return math.nan
    if mpmath.isinf(v):
        return math.inf if v > 0 else -math.inf
    if v == 0:
        return 0.0
    sign, man, exp, bc = v._mpf_
    if exp + bc < dtype.minExponent:  # below half the smallest denormal
        return -0.0 if sign else 0.0
    quantum = max(exp + bc - dtype.precision, dtype.minExponent)
    if exp < quantum:
        shift = quantum - exp
        rest = man & ((1 << shift) - 1)
        half = 1 << (shift - 1)
        man >>= shift
        if rest > half or (rest == half and man & 1):
            man += 1
        exp = quantum
    if man.bit_length() + exp > dtype.maxExponent + 1:
        return -math.inf if sign else math.inf
    result = math.ldexp(man, exp)
    return -result if sign else result


def nextToward(x, direction, dtype):
    """The neighbouring value of x in dtype, towards +inf (direction > 0) or -inf."""
    if dtype is FLOAT64:
        return math.nextafter(x, math.copysign(math.inf, direction))
    bits = struct.unpack("<I", struct.pack("<f", x))[0]
    if x == 0:
        bits = 1 | (0 if direction > 0 else 0x80000000)
    elif (x > 0) == (direction > 0):
        bits += 1
    else:
        bits -= 1
    return struct.unpack("<f", struct.pack("<I", bits))[0]


def hexText(value):
    """float.hex() without the trailing zeros of the significand: '0x1.47ae14p-7', 'inf', 'nan'."""
    text = float(value).hex()
    if "p" not in text:
        return text
    mantissa, exponent = text.split("p")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return mantissa + "p" + exponent


# Exact formulas of NUMERICS.md in mpmath. x is an mpf (possibly ±inf), p the parameters as mpf, already
# rounded to the dtype. x = 0 takes the left branch (x > 0 is false).

def positive(x):
    return x > 0


def reluQuantities():
    return {
        "y": lambda x, p: x if positive(x) else mpf(0),
        "dydx": lambda x, p: mpf(1) if positive(x) else mpf(0),
    }


def relu6Quantities():
    return {
        "y": lambda x, p: min(max(x, mpf(0)), mpf(6)),
        "dydx": lambda x, p: mpf(1) if 0 < x < 6 else mpf(0),
    }


def linearQuantities(name):
    return {
        "y": lambda x, p: x if positive(x) else p[0] * x,
        "dydx": lambda x, p: mpf(1) if positive(x) else p[0],
        "dyd" + name: lambda x, p: mpf(0) if positive(x) else x,
    }


def eluQuantities():
    return {
        "y": lambda x, p: x if positive(x) else p[0] * mpmath.expm1(x),
        "dydx": lambda x, p: mpf(1) if positive(x) else p[0] * mpmath.exp(x),
        "dydalpha": lambda x, p: mpf(0) if positive(x) else mpmath.expm1(x),
    }


def seluQuantities():
    return {
        "y": lambda x, p: p[1] * (x if positive(x) else p[0] * mpmath.expm1(x)),
        "dydx": lambda x, p: p[1] if positive(x) else p[1] * p[0] * mpmath.exp(x),
        "dydalpha": lambda x, p: mpf(0) if positive(x) else p[1] * mpmath.expm1(x),
        "dydscale": lambda x, p: x if positive(x) else p[0] * mpmath.expm1(x),
    }


@dataclass
class Parameter:
    name: str
    default: object
    tensor: bool = False                  # passed to PyTorch as a tensor with requires_grad
    choices: list = field(default_factory=list)   # non-empty for a choice parameter (values are names)


@dataclass
class Function:
    id: str
    parameters: list
    # Parameter vectors to test besides the defaults.
    parameterSets: list
    # PyTorch's call: torchCall(x, params), params as floats/strings or tensors (tensor=True).
    torchCall: Callable
    quantities: dict


SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946


def seluCall(x, p):
    if (p[0], p[1]) == (SELU_ALPHA, SELU_SCALE):
        return F.selu(x)
    # F.selu's constants are fixed; it is aten's elu with these two numbers, which takes others.
    return torch._C._nn.elu(x, p[0], p[1], 1.0)


FUNCTIONS = [
    Function("relu", [], [], lambda x, p: F.relu(x), reluQuantities()),
    Function("relu6", [], [], lambda x, p: F.relu6(x), relu6Quantities()),
    Function("leaky_relu", [Parameter("negative_slope", 0.01)], [[0.0], [-0.3], [1.7], [0.2], [1e6]],
             lambda x, p: F.leaky_relu(x, p[0]), linearQuantities("negative_slope")),
    Function("elu", [Parameter("alpha", 1.0)], [[0.0], [-0.5], [2.5], [1e6]],
             lambda x, p: F.elu(x, p[0]), eluQuantities()),
    Function("selu", [Parameter("alpha", SELU_ALPHA), Parameter("scale", SELU_SCALE)],
             [[1.0, 1.0], [0.0, SELU_SCALE], [-0.5, 2.0], [2.5, 0.5], [1e6, 1e6]],
             seluCall, seluQuantities()),
    Function("prelu", [Parameter("weight", 0.25, tensor=True)], [[0.0], [-0.2], [1.5], [1e6]],
             lambda x, p: F.prelu(x, p[0]), linearQuantities("weight")),
]


def inputs(dtype, dense):
    """The x values for one parameter vector, rounded to dtype, in a fixed order without repeats."""
    fmax = struct.unpack("<f", struct.pack("<I", 0x7F7FFFFF))[0]
    tiny = math.ldexp(1.0, dtype.minExponent)                        # smallest denormal
    minNormal = math.ldexp(1.0, dtype.minExponent + dtype.precision - 1)
    largestDenormal = minNormal - tiny
    maxValue = fmax if dtype is FLOAT32 else sys.float_info.max
    values = [0.0, -0.0, math.inf, -math.inf, math.nan,
              tiny, -tiny, largestDenormal, -largestDenormal, minNormal, -minNormal,
              maxValue, -maxValue, 1e30, -1e30, 1e10, -1e10]
    for kink in (0.0, 6.0):
        values += [nextToward(kink, -1, dtype), kink, nextToward(kink, 1, dtype)]
    values += [nextToward(nextToward(6.0, -1, dtype), -1, dtype),
               nextToward(nextToward(6.0, 1, dtype), 1, dtype)]
    values += [1e-30, -1e-30, 1e-20, -1e-20, 1e-8, -1e-8, 2.0**-30, -(2.0**-30), 1e-5, -1e-5,
               1e-3, -1e-3, -0.01, -0.1, -0.25, -0.4999, -0.5, -0.50001, nextToward(-0.5, 1, dtype),
               nextToward(-0.5, -1, dtype), -0.69314718, -1.0, -1.5, -2.0, -3.0, -5.0, -10.0, -17.0,
               -25.0, -30.0, -40.0, -50.0, -60.0, -80.0, -87.0, -87.5, -90.0, -100.0, -103.0, -104.0,
               -105.0, -110.0, -112.0, -115.0, -120.0, -130.0, -200.0, -500.0, -700.0, -708.0, -708.5,
               -720.0, -740.0, -744.0, -745.0, -745.2, -750.0, -760.0, -800.0, -1e4]
    steps = 400 if dense else 80
    values += [-20.0 + 40.0 * i / steps for i in range(steps + 1)]
    seen, result = set(), []
    for v in values:
        r = roundTo(v, dtype) if not math.isnan(v) else math.nan
        key = "nan" if math.isnan(r) else r.hex()
        if key not in seen:
            seen.add(key)
            result.append(r)
    return result


def torchResult(function, dtype, x, params):
    """PyTorch's y and gradients for one element: [y, dydx, dydparam...], None where it has none."""
    xt = torch.tensor([x], dtype=dtype.torch, requires_grad=True)
    args = []
    for spec, value in zip(function.parameters, params):
        if spec.tensor:
            args.append(torch.tensor([value], dtype=dtype.torch, requires_grad=True))
        else:
            args.append(value)
    y = function.torchCall(xt, args)
    y.backward(torch.ones_like(y))
    result = [y.item(), xt.grad.item()]
    for spec, arg in zip(function.parameters, args):
        result.append(arg.grad.item() if spec.tensor else None)
    return result


def roundedParameter(spec, value, dtype):
    return value if spec.choices else mpf(roundTo(value, dtype))


def exactResult(function, dtype, x, params):
    if math.isnan(x):
        return [math.nan] * len(function.quantities)   # the contract: NaN in, NaN out
    p = [roundedParameter(s, v, dtype) for s, v in zip(function.parameters, params)]
    return [roundTo(q(mpf(x), p), dtype) for q in function.quantities.values()]


def writeTable(function, dtype, path):
    names = list(function.quantities)
    expected = ["y", "dydx"] + ["dyd" + p.name for p in function.parameters]
    assert names == expected, f"{function.id}: quantities {names}, expected {expected}"
    defaults = [p.default for p in function.parameters]
    lines = [
        "# SPDX-License-Identifier: GPL-3.0-or-later",
        "# Copyright (C) 2026 The ReLU Explorer authors",
        f"# Golden data for {function.id} in {dtype.name}; written by tools/golden/generate_golden.py"
        f" (torch {torch.__version__}, mpmath {mpmath.__version__}). Do not edit.",
        "# Hex floats. x is in the dtype; parameters are as given (double) and rounded to the dtype",
        "# before use. exact: the true value, correctly rounded to the dtype (NaN for NaN input, by",
        "# contract). torch: PyTorch's one-element (scalar kernel) value and autograd gradients, '-' where",
        "# PyTorch has no gradient. A choice parameter is written as its name.",
        " ".join(["x"] + [p.name for p in function.parameters] + ["exact:" + n for n in names]
                 + ["torch:" + n for n in names]),
    ]
    headerLines = len(lines)
    for params in [defaults] + function.parameterSets:
        dense = params == defaults   # the full sweep for the defaults, a coarse one for the others
        paramText = [v if s.choices else hexText(v) for s, v in zip(function.parameters, params)]
        for x in inputs(dtype, dense):
            exact = exactResult(function, dtype, x, params)
            fromTorch = torchResult(function, dtype, x, params)
            row = [hexText(x)] + paramText + [hexText(v) for v in exact]
            row += ["-" if v is None else hexText(v) for v in fromTorch]
            lines.append(" ".join(row))
    with open(path, "w", encoding="ascii", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
    return len(lines) - headerLines


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "tests", "core", "golden")
    outDir = os.path.normpath(sys.argv[1] if len(sys.argv) > 1 else default)
    os.makedirs(outDir, exist_ok=True)
    torch.set_num_threads(1)
    for function in FUNCTIONS:
        for dtype in DTYPES:
            path = os.path.join(outDir, f"{function.id}_{dtype.name}.txt")
            count = writeTable(function, dtype, path)
            print(f"{path}: {count} cases")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
"""Writes the golden data of the core tests: tests/core/golden/<id>_<dtype>.txt.

For every function in FUNCTIONS, dtype, parameter vector and input x, one line holds the exact value
(mpmath, correctly rounded to the dtype) of y, dy/dx and every dy/dparam, PyTorch's scalar-path
result (a one-element tensor and autograd) and how far from PyTorch the app may be on that line.
Run with Debian's python3 (python3-torch, python3-mpmath):

    /usr/bin/python3 tools/golden/generate_golden.py [output-dir] [--random N] [--only id,id...]

--random N adds N more random inputs per table, for a stress run into another directory that the
tests read when RX_GOLDEN_DIR names it (core_tests "[golden]", and "[.report]" for the largest
distances); the committed tables are written without it. --only writes the tables of some functions.

Adding a function means adding one Function entry; its quantities are named as rx::quantityName names
them ("y", "dydx", "dyd" + the name of each parameter that is not a choice) and the tests check the
header against the catalogue. The accuracy the app must reach is in the catalogue
(Activation::accuracy); the torch_ulp column is where PyTorch itself can be trusted to that many ulp.
"""

import inspect
import math
import os
import random
import struct
import sys
from dataclasses import dataclass, field
from typing import Callable, Optional

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
    if v == 0:  # mpf has no -0: a float zero keeps its sign
        return math.copysign(0.0, value) if isinstance(value, float) else 0.0
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


def around(x, dtype, steps=2):
    """x rounded to dtype and its neighbours, steps of them on each side."""
    centre = roundTo(x, dtype)
    values = [centre]
    for direction in (-1, 1):
        v = centre
        for _ in range(steps):
            v = nextToward(v, direction, dtype)
            values.append(v)
    return values


def hexText(value):
    """float.hex() without the trailing zeros of the significand: '0x1.47ae14p-7', 'inf', 'nan'."""
    text = float(value).hex()
    if "p" not in text:
        return text
    mantissa, exponent = text.split("p")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return mantissa + "p" + exponent


# Exact formulas of docs/NUMERICS.md in mpmath. x is an mpf (possibly ±inf), p the parameters as the
# function's exactParameters give them (by default each rounded to the dtype; a choice as its name).
# x = 0 takes the left branch (x > 0 is false). Where a formula would cancel or overflow in 60 digits,
# it is written in an equivalent form that does not; infinities take the limits.

INF = mpf("inf")
# Beyond this |x| every smooth function below is 0, x, 1 or their limits once rounded to float64
# (its exponentials are below 2^-1400), so it is not asked to evaluate e^(-1e30).
FAR = 1000


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


def linearQuantities(*names):
    """leaky_relu, prelu (one slope parameter) and rrelu (slope (lower + upper) / 2, so each bound
    contributes half), with p[0] the slope."""
    def dydparam(x, p):
        return mpf(0) if positive(x) else x / len(names)
    quantities = {
        "y": lambda x, p: x if positive(x) else p[0] * x,
        "dydx": lambda x, p: mpf(1) if positive(x) else p[0],
    }
    for name in names:
        quantities["dyd" + name] = dydparam
    return quantities


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


def expm1MinusTExp(t):
    """expm1(t) - t e^t, = -sum (n-1) t^n / n! (n >= 2): the series where the difference cancels."""
    if abs(t) < mpf("0.01"):
        return -mpmath.fsum((n - 1) * t**n / mpmath.factorial(n) for n in range(2, 40))
    return mpmath.exp(t) * (1 - t) - 1


def celuQuantities():
    # t = x / alpha; y = alpha expm1(t), dy/dx = e^t, dy/dalpha = expm1(t) - t e^t for x <= 0.
    def y(x, p):
        if positive(x):
            return x
        if mpmath.isinf(x):
            return -p[0] if p[0] > 0 else -INF
        return p[0] * mpmath.expm1(x / p[0])

    def dydx(x, p):
        if positive(x):
            return mpf(1)
        if mpmath.isinf(x):
            return mpf(0) if p[0] > 0 else INF
        return mpmath.exp(x / p[0])

    def dydalpha(x, p):
        if positive(x):
            return mpf(0)
        if mpmath.isinf(x):
            return mpf(-1) if p[0] > 0 else -INF
        return expm1MinusTExp(x / p[0])

    return {"y": y, "dydx": dydx, "dydalpha": dydalpha}


def hardtanhQuantities():
    return {
        "y": lambda x, p: p[0] if x <= p[0] else p[1] if x >= p[1] else x,
        "dydx": lambda x, p: mpf(0) if x <= p[0] or x >= p[1] else mpf(1),
        "dydmin_val": lambda x, p: mpf(1) if x <= p[0] else mpf(0),
        "dydmax_val": lambda x, p: mpf(1) if x >= p[1] else mpf(0),
    }


def hardswishQuantities():
    # Current PyTorch's convention at the kinks: dy/dx = 0 at -3 and 1 at 3 (1.13: -0.5 and 1.5).
    return {
        "y": lambda x, p: mpf(0) if x <= -3 else x if x >= 3 else x * (x + 3) / 6,
        "dydx": lambda x, p: mpf(0) if x <= -3 else mpf(1) if x >= 3 else (2 * x + 3) / 6,
    }


def hardsigmoidQuantities():
    return {
        "y": lambda x, p: mpf(0) if x <= -3 else mpf(1) if x >= 3 else (x + 3) / 6,
        "dydx": lambda x, p: mpf(1) / 6 if -3 < x < 3 else mpf(0),
    }


def normalCdf(x):
    return mpmath.erfc(-x / mpmath.sqrt(2)) / 2


def normalPdf(x):
    return mpmath.exp(-x * x / 2) / mpmath.sqrt(2 * mpmath.pi)


def sigmoid(v):
    return 1 / (1 + mpmath.exp(-v))


def sigmoidComplement(v):
    """1 - sigmoid(v) without the subtraction."""
    return 1 / (1 + mpmath.exp(v))


def smooth(y, dydx):
    """Quantities y, dydx of a function that is 0 (with derivative 0) at -inf and x (1) at +inf."""
    def atY(x, p):
        return mpf(0) if x < -FAR else x if x > FAR else y(x, p)

    def atDydx(x, p):
        return mpf(0) if x < -FAR else mpf(1) if x > FAR else dydx(x, p)

    return {"y": atY, "dydx": atDydx}


def geluErfDydx(x, p=None):
    return normalCdf(x) + x * normalPdf(x)


GELU_CUBIC = mpf("0.044715")


def geluTanhInner(x):
    """v = 2u = 2 sqrt(2/pi) (x + 0.044715 x^3): 0.5 (1 + tanh(u)) = sigmoid(v)."""
    return 2 * mpmath.sqrt(2 / mpmath.pi) * (x + GELU_CUBIC * x**3)


def geluTanhDydx(x, p=None):
    v = geluTanhInner(x)
    dv = 2 * mpmath.sqrt(2 / mpmath.pi) * (1 + 3 * GELU_CUBIC * x * x)
    return sigmoid(v) + x * sigmoid(v) * sigmoidComplement(v) * dv


def geluQuantities():
    def y(x, p):
        if p[0] == "tanh":
            return x * sigmoid(geluTanhInner(x))
        return x * normalCdf(x)

    def dydx(x, p):
        return geluTanhDydx(x) if p[0] == "tanh" else geluErfDydx(x)

    return smooth(y, dydx)


def siluDydx(x, p=None):
    return sigmoid(x) * (1 + x * sigmoidComplement(x))


def siluQuantities():
    return smooth(lambda x, p: x * sigmoid(x), siluDydx)


def mishDydx(x, p=None):
    sp = mpmath.log1p(mpmath.exp(x))
    return mpmath.tanh(sp) + x * mpmath.sech(sp) ** 2 * sigmoid(x)


def mishQuantities():
    return smooth(lambda x, p: x * mpmath.tanh(mpmath.log1p(mpmath.exp(x))), mishDydx)


def softplusQuantities():
    # z = beta x (exact in 60 digits); linear when z > threshold (strict, on the exact product).
    # dy/dbeta = (z sigmoid(z) - log(1 + e^z)) / beta^2, written without the cancellation for z >> 0;
    # dy/dthreshold = 0 (y does not depend on it but for the jump at z = threshold).
    def linear(x, p):
        return x * p[0] > p[1]

    def y(x, p):
        if linear(x, p):
            return x
        z = x * p[0]
        return (max(z, 0) + mpmath.log1p(mpmath.exp(-abs(z)))) / p[0]

    def dydx(x, p):
        return mpf(1) if linear(x, p) else sigmoid(x * p[0])

    def dydbeta(x, p):
        z = x * p[0]
        if linear(x, p) or mpmath.isinf(z):
            return mpf(0)
        e = mpmath.exp(-abs(z))
        return -(abs(z) * e / (1 + e) + mpmath.log1p(e)) / p[0] ** 2

    return {"y": y, "dydx": dydx, "dydbeta": dydbeta, "dydthreshold": lambda x, p: mpf(0)}


def logsigmoidQuantities():
    # y = min(x, 0) - log1p(e^-|x|), dy/dx = sigmoid(-x): no cancellation for either sign.
    def y(x, p):
        if mpmath.isinf(x):
            return mpf(0) if x > 0 else x
        return min(x, mpf(0)) - mpmath.log1p(mpmath.exp(-abs(x)))

    def dydx(x, p):
        if mpmath.isinf(x):
            return mpf(0) if x > 0 else mpf(1)
        return sigmoidComplement(x)

    return {"y": y, "dydx": dydx}


def tanhshrinkQuantities():
    # x - tanh(x) loses about 2 log2(1/|x|) bits near 0: 200 more bits cover |x| >= 1e-20, and below
    # that the series' first two terms are exact far beyond either dtype.
    def y(x, p):
        if mpmath.isinf(x):
            return x
        if abs(x) < mpf("1e-20"):
            return x**3 / 3 - 2 * x**5 / 15
        with mp.workprec(mp.prec + 200):
            return x - mpmath.tanh(x)

    def dydx(x, p):
        if mpmath.isinf(x):
            return mpf(1)
        return mpmath.tanh(x) ** 2

    return {"y": y, "dydx": dydx}


@dataclass
class Parameter:
    name: str
    default: object
    tensor: bool = False                  # passed to PyTorch as a tensor with requires_grad
    choices: list = field(default_factory=list)   # non-empty for a choice parameter (values are names)


def roundEach(function, params, dtype):
    return [v if spec.choices else mpf(roundTo(v, dtype)) for spec, v in zip(function.parameters, params)]


@dataclass
class Function:
    id: str
    parameters: list
    # Parameter vectors to test besides the defaults.
    parameterSets: list
    # PyTorch's call: torchCall(x, params), params as floats/strings or tensors (tensor=True).
    torchCall: Callable
    quantities: dict
    # The parameters as the quantities receive them: (function, params, dtype) -> list.
    exactParameters: Callable = roundEach
    # More inputs for one parameter vector: (params, dtype) -> list of floats.
    extraInputs: Optional[Callable] = None
    # Largest distance in ulp from PyTorch on one line, or None where it is not compared:
    # (x, params, dtype) -> int or None. Functions with Accuracy::pytorchBits are compared bit for bit
    # wherever PyTorch has a value, whatever this says.
    torchUlp: Optional[Callable] = None
    # Whether every parameter vector gets the full sweep (otherwise only the defaults).
    denseForAll: bool = False
    # Random inputs added to the full sweeps, for the smooth functions.
    randomInputs: int = 0


SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946


def seluCall(x, p):
    if (p[0], p[1]) == (SELU_ALPHA, SELU_SCALE):
        return F.selu(x)
    # F.selu's constants are fixed; it is aten's elu with these two numbers, which takes others.
    return torch._C._nn.elu(x, p[0], p[1], 1.0)


def eluTorchUlp(x, params, dtype):
    """PyTorch 1.13 computes exp(x) - 1, inaccurate near 0. It also rounds exp(x) before scaling it,
    which costs up to |coefficient|/2 ulp once exp(x) is subnormal. Elsewhere it is within 3 ulp."""
    logMinNormal = math.log(math.ldexp(1.0, dtype.minExponent + dtype.precision - 1))
    return 3 if (x <= -0.5 or x > 0) and x >= logMinNormal else None


def rreluParameters(function, params, dtype):
    """PyTorch computes the slope (lower + upper) / 2 in double, then rounds it to the dtype."""
    return [mpf(roundTo((params[0] + params[1]) / 2, dtype))]


def hardtanhInputs(params, dtype):
    return around(params[0], dtype) + around(params[1], dtype)


def hardInputs(params, dtype):
    return around(-3.0, dtype) + around(3.0, dtype) + around(-1.5, dtype) + [-2.999, 2.999, -3.001, 3.001]


def rootInputs(derivative):
    """The inputs nearest the zero of dy/dx (where its two terms cancel) and a few around it."""
    def inputs(params, dtype):
        root = mpmath.findroot(lambda x: derivative(x, params), mpf(-1))
        values = around(root, dtype, 3)
        for offset in (1e-12, 1e-9, 1e-6, 1e-4, 1e-3, 0.01, 0.05, 0.1, 0.124, 0.126, 0.2, 0.3, 0.5):
            values += [float(root) - offset, float(root) + offset]
        return values
    return inputs


def geluInputs(params, dtype):
    derivative = geluTanhDydx if params[0] == "tanh" else geluErfDydx
    # Float32 results underflow near -14, float64 ones near -38.5 (erfc subnormal from -37.5).
    tails = [-5.5, -6.0, -7.5, -8.5, -9.5, -10.5, -11.5, -12.5, -13.5, -14.0, -14.3, -14.6, -15.0,
             -21.0, -22.0, -24.0, -26.5, -27.0, -33.0, -36.5, -37.0, -37.5, -37.8, -38.0, -38.3, -38.5,
             -38.6, -39.0, -41.0, 21.0, 37.0]
    return rootInputs(derivative)(params, dtype) + tails


def celuInputs(params, dtype):
    """x = |alpha| t for t < 0: x / alpha = t for alpha > 0, -t (e^(x/alpha) overflowing) for alpha < 0."""
    a = abs(params[0])
    return [a * t for t in (-1e-8, -1e-3, -0.5, -0.99, -1.0, -1.01, -2.0, -20.0, -100.0, -700.0, -745.0,
                            -760.0, -11000.0)]


def softplusInputs(params, dtype):
    beta, threshold = params
    # The switch to the linear branch, and where e^(beta x) and its square leave the range of the dtype.
    values = around(threshold / beta, dtype, 3)
    for z in (-800.0, -745.0, -740.0, -709.0, -104.0, -88.0, -50.0, -20.0, -1.0, -1e-3, 1e-3, 1.0, 10.0,
              19.9, 30.0, 88.0, 710.0):
        values.append(z / beta)
    return values


def tanhshrinkInputs(params, dtype):
    """Both sides of the switch to the series at |x| = 1/8, and where x^3/3 becomes subnormal."""
    values = around(0.125, dtype, 3) + around(-0.125, dtype, 3)
    values += [0.05, -0.07, 0.1, 0.2, 0.3, -0.6, 1e-13, -1e-13, 1e-15, 5e-103, -5e-103, 3e-308]
    return values


def noTorch(x, params, dtype):
    return None


FUNCTIONS = [
    Function("relu", [], [], lambda x, p: F.relu(x), reluQuantities()),
    Function("relu6", [], [], lambda x, p: F.relu6(x), relu6Quantities()),
    Function("leaky_relu", [Parameter("negative_slope", 0.01)], [[0.0], [-0.3], [1.7], [0.2], [1e6]],
             lambda x, p: F.leaky_relu(x, p[0]), linearQuantities("negative_slope")),
    Function("elu", [Parameter("alpha", 1.0)], [[0.0], [-0.5], [2.5], [1e6]],
             lambda x, p: F.elu(x, p[0]), eluQuantities(), torchUlp=eluTorchUlp),
    Function("selu", [Parameter("alpha", SELU_ALPHA), Parameter("scale", SELU_SCALE)],
             [[1.0, 1.0], [0.0, SELU_SCALE], [-0.5, 2.0], [2.5, 0.5], [1e6, 1e6]],
             seluCall, seluQuantities(), torchUlp=eluTorchUlp),
    Function("prelu", [Parameter("weight", 0.25, tensor=True)], [[0.0], [-0.2], [1.5], [1e6]],
             lambda x, p: F.prelu(x, p[0]), linearQuantities("weight")),
    Function("celu", [Parameter("alpha", 1.0)], [[0.5], [2.5], [-1.0], [-0.25], [1e-3], [1e6]],
             lambda x, p: F.celu(x, p[0]), celuQuantities(), extraInputs=celuInputs, randomInputs=200),
    # [0.1, 0.6] and [0.3, 0.4]: (lower + upper) / 2 rounded to float32 differs from the mean of the
    # rounded bounds.
    Function("rrelu", [Parameter("lower", 1.0 / 8), Parameter("upper", 1.0 / 3)],
             [[0.1, 0.6], [0.3, 0.4], [0.0, 0.0], [0.3, 0.3], [-0.5, 1.7], [1.0, 1.0], [1e6, 1e6]],
             lambda x, p: F.rrelu(x, p[0], p[1], training=False), linearQuantities("lower", "upper"),
             exactParameters=rreluParameters),
    Function("hardtanh", [Parameter("min_val", -1.0), Parameter("max_val", 1.0)],
             [[0.0, 6.0], [-2.5, 0.5], [0.1, 0.2], [-3.0, -2.0], [-1e6, 1e6], [0.3, 0.30000001]],
             lambda x, p: F.hardtanh(x, p[0], p[1]), hardtanhQuantities(), extraInputs=hardtanhInputs),
    Function("hardswish", [], [], lambda x, p: F.hardswish(x), hardswishQuantities(),
             extraInputs=hardInputs, randomInputs=200),
    Function("hardsigmoid", [], [], lambda x, p: F.hardsigmoid(x), hardsigmoidQuantities(),
             extraInputs=hardInputs, randomInputs=200),
    Function("gelu", [Parameter("approximate", "none", choices=["none", "tanh"])], [["tanh"]],
             lambda x, p: F.gelu(x, approximate=p[0]), geluQuantities(), extraInputs=geluInputs,
             denseForAll=True, randomInputs=300),
    Function("silu", [], [], lambda x, p: F.silu(x), siluQuantities(),
             extraInputs=rootInputs(siluDydx), randomInputs=300),
    Function("mish", [], [], lambda x, p: F.mish(x), mishQuantities(),
             extraInputs=rootInputs(mishDydx), randomInputs=300),
    Function("softplus", [Parameter("beta", 1.0), Parameter("threshold", 20.0)],
             [[2.0, 20.0], [0.5, 5.0], [-1.0, 20.0], [1.0, -1.0], [3.0, 0.0], [1e6, 20.0], [1e-3, 20.0],
              [1.0, 1e6], [0.1, 1e6]],
             lambda x, p: F.softplus(x, p[0], p[1]), softplusQuantities(), extraInputs=softplusInputs,
             randomInputs=300),
    Function("logsigmoid", [], [], lambda x, p: F.logsigmoid(x), logsigmoidQuantities(), randomInputs=300),
    Function("tanhshrink", [], [], lambda x, p: F.tanhshrink(x), tanhshrinkQuantities(),
             extraInputs=tanhshrinkInputs, randomInputs=300),
]


def inputs(dtype, dense, extra=(), randomCount=0, seed=""):
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
    values += list(extra)
    if randomCount:
        # Uniform over [-12, 12], where the smooth functions bend, and log-uniform magnitudes.
        generator = random.Random(seed)
        for i in range(randomCount):
            if i % 3 == 2:
                values.append(math.copysign(10.0 ** generator.uniform(-8, 3), generator.random() - 0.5))
            else:
                values.append(generator.uniform(-12.0, 12.0))
    seen, result = set(), []
    for v in values:
        r = roundTo(v, dtype) if not math.isnan(v) else math.nan
        key = "nan" if math.isnan(r) else r.hex()
        if key not in seen:
            seen.add(key)
            result.append(r)
    return result


def numericParameters(function):
    return [p for p in function.parameters if not p.choices]


def quantityNames(function):
    return ["y", "dydx"] + ["dyd" + p.name for p in numericParameters(function)]


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
        if not spec.choices:
            result.append(arg.grad.item() if spec.tensor else None)
    return result


def exactResult(function, dtype, x, params):
    if math.isnan(x):
        return [math.nan] * len(function.quantities)   # the contract: NaN in, NaN out
    # Near 0 a term like x^2 can decide a tie between two denormals: carry -log2|x| more bits.
    extraBits = max(0, -math.frexp(x)[1]) if 0 < abs(x) < 1 else 0
    with mp.workprec(mp.prec + extraBits):
        p = function.exactParameters(function, params, dtype)
        return [roundTo(q(mpf(x), p), dtype) for q in function.quantities.values()]


def writeTable(function, dtype, path, randomCount):
    names = list(function.quantities)
    expected = quantityNames(function)
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
        "# PyTorch has no gradient. A choice parameter is written as its name and has no derivative.",
        "# torch_ulp: how far from PyTorch's values the app may be on this line, '-' where PyTorch is not",
        "# trusted (see tools/golden/generate_golden.py).",
        " ".join(["x"] + [p.name for p in function.parameters] + ["exact:" + n for n in names]
                 + ["torch:" + n for n in names] + ["torch_ulp"]),
    ]
    headerLines = len(lines)
    torchUlp = function.torchUlp or noTorch
    for params in [defaults] + function.parameterSets:
        dense = params == defaults or function.denseForAll
        paramText = [v if s.choices else hexText(v) for s, v in zip(function.parameters, params)]
        extra = function.extraInputs(params, dtype) if function.extraInputs else []
        count = (function.randomInputs if dense else 0) + (randomCount if dense else randomCount // 4)
        seed = f"{function.id} {params} {dtype.name} {randomCount}"
        for x in inputs(dtype, dense, extra, count, seed):
            exact = exactResult(function, dtype, x, params)
            fromTorch = torchResult(function, dtype, x, params)
            tolerance = None if math.isnan(x) else torchUlp(x, params, dtype)
            row = [hexText(x)] + paramText + [hexText(v) for v in exact]
            row += ["-" if v is None else hexText(v) for v in fromTorch]
            row.append("-" if tolerance is None else str(tolerance))
            lines.append(" ".join(row))
    with open(path, "w", encoding="ascii", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
    return len(lines) - headerLines


def checkDefaults(function):
    """The defaults are PyTorch's wherever the Python signature of F.<id> states them."""
    try:
        signature = inspect.signature(getattr(F, function.id))
    except (AttributeError, TypeError, ValueError):
        return
    for p in function.parameters:
        stated = signature.parameters.get(p.name)
        if stated is not None and stated.default is not inspect.Parameter.empty:
            assert stated.default == p.default, f"{function.id}.{p.name}: PyTorch's default is {stated.default}"


def main():
    args = sys.argv[1:]
    randomCount = 0
    if "--random" in args:
        at = args.index("--random")
        randomCount = int(args[at + 1])
        del args[at:at + 2]
    only = None
    if "--only" in args:
        at = args.index("--only")
        only = args[at + 1].split(",")
        del args[at:at + 2]
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "tests", "core", "golden")
    outDir = os.path.normpath(args[0] if args else default)
    os.makedirs(outDir, exist_ok=True)
    torch.set_num_threads(1)
    for function in FUNCTIONS:
        if only and function.id not in only:
            continue
        checkDefaults(function)
        for dtype in DTYPES:
            path = os.path.join(outDir, f"{function.id}_{dtype.name}.txt")
            count = writeTable(function, dtype, path, randomCount)
            print(f"{path}: {count} cases")


if __name__ == "__main__":
    main()

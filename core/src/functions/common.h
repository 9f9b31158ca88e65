// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// What every catalogue entry uses. An entry is a struct with:
//   paramCount, the number of parameters;
//   eval<Q, T>(x, params), quantity Q (0 = y, 1 = dy/dx, 2 + i = dy/d(numeric parameter i)) in type
//     T, NaN-free for finite input (the kernel loop turns NaN input into NaN output); a choice
//     parameter arrives as its index;
//   kinks(params), the x positions where dy/dx jumps;
//   describe(), the metadata (names, parameters, formulas, explanation, PyTorch templates, accuracy).
// and optionally:
//   derivativeCount, the number of dy/dparam quantities when some parameters are choices;
//   prepare<T>(params), the parameters (given as double) as eval receives them, when PyTorch does
//     more than round each one to T;
//   parameterProblem(params), "" or why the values are refused (Activation::parameterProblem).

#include <array>
#include <cmath>
#include <cstddef>
#include <span>
#include <vector>

#include "fastmath.h"
#include "reluexplorer/activation.h"

namespace rx::fn::inline RX_ISA_NS {

template <class T, std::size_t N> using Params = std::array<T, N>;

/// y, dy/dx and the derivatives by the parameters that are not choices.
template <class F> constexpr std::size_t quantityCountOf()
{
    if constexpr (requires { F::derivativeCount; })
        return 2 + F::derivativeCount;
    else
        return 2 + F::paramCount;
}

/// The parameters as F's eval receives them: each rounded once to T unless F prepares them itself.
template <class F, class T> Params<T, F::paramCount> preparedParameters(const double *params)
{
    if constexpr (requires { F::template prepare<T>(params); }) {
        return F::template prepare<T>(params);
    } else {
        Params<T, F::paramCount> p{};
        for (std::size_t i = 0; i < F::paramCount; ++i)
            p[i] = static_cast<T>(params[i]);
        return p;
    }
}

/// c * expm1(x) for x <= 0 with c = hi + lo: float through double (one final rounding); double
/// through the vectorised double-grade expm1 where fused multiply-add is fast, else libm's. At x = ±0
/// it is c·(+0), the zero of c's sign, as PyTorch's (exp(x) - 1)·c.
inline float scaledExpm1(float x, double hi, double)
{
    return static_cast<float>(hi * (x == 0 ? 0.0 : fastmath::expm1ForFloat(x)));
}
inline double scaledExpm1(double x, double hi, double lo)
{
#if defined(RX_FAST_FMA)
    double eLo = 0;
    const double e = fastmath::expm1PairFrom(fastmath::reduceForDouble(fastmath::clampDouble(x)), eLo);
    // expm1 as a pair: c·expm1 rounds once. For c = 0 the correction's +0 would turn c·e's -0 into +0.
    const double r = hi == 0 ? hi * e : fastmath::mulAdd(hi, e, fastmath::mulAdd(hi, eLo, lo * e));
#else
    // in long double, rounded once: libm's expm1 rounded to double and then scaled reached 1.7 ulp
    const long double e = std::expm1(static_cast<long double>(x > 0 ? 0.0 : x));
    const double r = static_cast<double>(e * hi + e * lo);
#endif
    return x == 0 ? hi * 0.0 : r; // hi·e + lo·e is +0 for hi < 0 < lo
}

/// c * exp(x) for x <= 0, as scaledExpm1.
inline float scaledExp(float x, double hi, double)
{
    return static_cast<float>(hi * fastmath::expForFloat(x));
}
inline double scaledExp(double x, double hi, double lo)
{
#if defined(RX_FAST_FMA)
    return fastmath::scaledExpForDouble(x, hi, lo);
#else
    // Below -708.4 exp(x) is subnormal, and scaling its rounded value by a large c would scale the
    // rounding error too. There exp(x) = exp(x + s) * 2^-1024 * (1 - d) with s = 1024 ln 2 + d rounded
    // to double; x + s is exact for x in [-1024, -512].
    constexpr double s = 0x1.62e42fefa39efp+9;
    constexpr double d = -0x1.abc9e3b39803fp-46;
    const bool deep = x < -700.0;
    const double e = std::exp(x > 0 ? 0.0 : deep ? x + s : x);
    const double r = std::fma(hi, e, (lo - (deep ? hi * d : 0.0)) * e);
    return deep ? r * 0x1p-1024 : r;
#endif
}

/// a * b as hi + lo: exact in double for float inputs (lo = 0), double-double for double inputs.
struct Product
{
    double hi;
    double lo;
};
inline Product exactProduct(float a, float b)
{
    return {double(a) * double(b), 0.0};
}
inline Product exactProduct(double a, double b)
{
    const double hi = a * b;
    return {hi, std::fma(a, b, -hi)};
}

} // namespace rx::fn::inline RX_ISA_NS

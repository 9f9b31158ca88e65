// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// Arithmetic for the smooth functions. Each is evaluated in a wider type W and rounded once to T:
// float through double, double through long double (64-bit significand on x86-64). glibc's double
// erfc and tanh are up to 2.6 and 1.9 ulp off, its long double functions within 2 of their own ulps,
// i.e. 0.002 of a double's. Where a rounded argument would be amplified (e^v for |v| in the hundreds,
// erfc in its tail) a low part carries the argument's rounding error.

#include <cmath>
#include <limits>
#include <type_traits>

#include "fastmath.h"
#include "functions/smoothconstants.h"

namespace rx::fn::inline RX_ISA_NS {

template <class T> using Wide = std::conditional_t<std::is_same_v<T, float>, double, long double>;

/// hi + lo, |lo| far below ulp(hi).
template <class W> struct Pair
{
    W hi;
    W lo;
};

/// a + b exactly (two-sum).
template <class W> Pair<W> twoSum(W a, W b)
{
    const W s = a + b;
    const W bb = s - a;
    return {s, (a - (s - bb)) + (b - bb)};
}

/// a * b exactly, barring overflow and denormal products: a fused multiply-add, or Dekker's product
/// of halves split by Veltkamp's constant.
template <class W> Pair<W> twoProduct(W a, W b)
{
    const W p = a * b;
#if defined(RX_FAST_FMA)
    if constexpr (std::is_same_v<W, double>)
        return {p, fastmath::mulAdd(a, b, -p)};
#endif
    constexpr W split = W(1ull << ((std::numeric_limits<W>::digits + 1) / 2)) + 1;
    const W ca = split * a;
    const W aHi = ca - (ca - a);
    const W aLo = a - aHi;
    const W cb = split * b;
    const W bHi = cb - (cb - b);
    const W bLo = b - bHi;
    return {p, ((aHi * bHi - p) + aHi * bLo + aLo * bHi) + aLo * bLo};
}

/// A 128-bit constant as hi + lo in W.
template <class W> constexpr Pair<W> constant(smooth::Constant c)
{
    if constexpr (std::is_same_v<W, long double>) {
        return {c.hi, c.lo};
    } else {
        const W hi = static_cast<W>(c.hi);
        return {hi, static_cast<W>((c.hi - hi) + c.lo)};
    }
}

/// exp(-|v|) for v = hi + lo.
template <class W> W expMinusAbs(W hi, W lo)
{
    const W e = std::exp(-std::fabs(hi));
    return e - e * (hi < 0 ? -lo : lo);
}

/// Whether x is where s evaluates dy/dx.
template <class W> bool nearRoot(const smooth::RootSeries &s, W x)
{
    return std::fabs(x - W(s.root)) <= W(s.radius);
}

/// dy/dx near its zero from s (see tools/golden/smooth_constants.py).
template <class W> W rootSeries(const smooth::RootSeries &s, W x)
{
    const W h = (x - W(s.root)) - W(s.rootLow); // x - root is exact
    W q = W(s.c.back());
    for (std::size_t k = s.c.size() - 1; k-- > 0;)
        q = q * h + W(s.c[k]);
    return q * h;
}

} // namespace rx::fn::inline RX_ISA_NS

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// Branch-free pieces of the smooth functions, in double for both dtypes, written so that GCC
// vectorises the kernel loops that call them. A float result rounds once from a double carrying
// about 30 more bits than it needs (within 1 ulp); a double result is kept within 2 ulp by forms
// that do not cancel and by carrying the rounding error of the last steps.

#include <array>
#include <cmath>
#include <iterator>
#include <cstddef>
#include <utility>

#include "fastmath.h"
#include "functions/smoothconstants.h"
#include "functions/widemath.h"

namespace rx::fn::inline RX_ISA_NS {

/// Whether a type's smooth functions take the vectorised path: float always, double only where
/// fused multiply-add is fast (the double-grade exponential needs it); elsewhere the wide one.
template <class T> constexpr bool vectorPath()
{
#if defined(RX_FAST_FMA)
    return true;
#else
    return sizeof(T) == 4;
#endif
}

/// For float x: x in double, x with its magnitude clamped at 700 (fastmath::absClamped), and e^-|that|;
/// e^-700 is far below half a float's ulp, of 0 and of 1. Clamped in double, so that the comparisons
/// that follow take 8-lane masks and x is converted once.
struct ClampedExp
{
    double x;
    double clamped;
    double e;
};
inline ClampedExp clampedExpNegAbs(float x)
{
    const double xd = x;
    const double a = fastmath::absClamped(xd, 700.0);
    return {xd, std::copysign(a, xd), fastmath::expFrom(fastmath::reduceForFloat(-a))};
}

/// e^-|x| in double: float grade (1e-9 relative) for float input, double grade (0.75 ulp) for double.
inline double expNegAbs(float x)
{
    return clampedExpNegAbs(x).e;
}
inline double expNegAbs(double x)
{
    return fastmath::expForDouble(-__builtin_fabs(x));
}

/// e^-|x| = (hi + lo) * scale * scaleLow (see fastmath::ExpParts); lo = 0 and no scale in the float
/// grade, whose error is far below a float's ulp.
inline fastmath::ExpParts expNegAbsParts(float x)
{
    return {expNegAbs(x), 0.0, 1.0, 1.0};
}
inline fastmath::ExpParts expNegAbsParts(double x)
{
    return fastmath::expPartsForDouble(-__builtin_fabs(x));
}

/// A root series (smoothconstants.h) with its coefficients in double.
template <std::size_t N> struct DoubleSeries
{
    double root;
    double rootLow;
    double radius;
    std::array<double, N> c;
};

template <std::size_t N> constexpr DoubleSeries<N> doubleSeries(const smooth::RootSeries &s)
{
    DoubleSeries<N> d{s.root, static_cast<double>(s.rootLow), s.radius, {}};
    for (std::size_t k = 0; k < N; ++k)
        d.c[k] = static_cast<double>(s.c[k]);
    return d;
}

inline constexpr auto siluSeries = doubleSeries<std::size(smooth::siluRootCoefficients)>(smooth::siluRoot);
inline constexpr auto mishSeries = doubleSeries<std::size(smooth::mishRootCoefficients)>(smooth::mishRoot);
inline constexpr auto geluErfSeries =
    doubleSeries<std::size(smooth::geluErfRootCoefficients)>(smooth::geluErfRoot);

// For float results, which need fewer digits: lower degrees (smoothconstants.h).
inline constexpr auto siluFloatSeries =
    doubleSeries<std::size(smooth::siluFloatRootCoefficients)>(smooth::siluFloatRoot);
inline constexpr auto geluErfFloatSeries =
    doubleSeries<std::size(smooth::geluErfFloatRootCoefficients)>(smooth::geluErfFloatRoot);

inline constexpr auto geluTail = std::to_array(smooth::geluTailCoefficients);
inline constexpr auto tanhshrinkTail = std::to_array(smooth::tanhshrinkCoefficients);

using fastmath::horner;

/// dy/dx about its zero from series S (coefficients C in long double), h (c0 + c1 h + ...) with h = x -
/// root as a pair, the last steps as pairs and c0 to long double's precision: within about 0.7 ulp for
/// float64. All in double, h and the last product alone rounded, silu's and mish's reached 2.0 and 2.5
/// ulp towards the radius.
template <const auto &S, const auto &C> [[gnu::always_inline]] inline double seriesPairAt(double x)
{
    constexpr std::size_t n = std::size(S.c);
    constexpr double c0Low = static_cast<double>(C[0] - S.c[0]);
    constexpr auto tail = [] {
        std::array<double, n - 1> c{};
        for (std::size_t k = 1; k < n; ++k)
            c[k - 1] = S.c[k];
        return c;
    }();
    const Pair<double> h = twoSum(x - S.root, -S.rootLow); // x - root is exact within the radius
    const double q = horner(tail, h.hi, std::make_index_sequence<n - 2>{});
    const Pair<double> p = twoProduct(h.hi, q);
    Pair<double> u = twoSum(S.c[0], p.hi);
    u.lo += p.lo + (c0Low + h.lo * q);
    const Pair<double> r = twoProduct(h.hi, u.hi);
    return r.hi + (r.lo + (h.hi * u.lo + h.lo * u.hi));
}

/// dy/dx near its zero for a float result, h (c0 + c1 h + ...) with h = x - root (exact within the
/// radius) by Estrin's scheme: its rounding differs from Horner's in the last bits of a double, far
/// below half a float's ulp, and its chain of dependent steps is shorter.
template <std::size_t N>
[[gnu::always_inline]] inline double seriesAtForFloat(const DoubleSeries<N> &s, double x)
{
    const double h = (x - s.root) - s.rootLow;
    return fastmath::estrin(s.c, h) * h;
}

/// log1p(e) for e in [0, 1] to 2e-12 relative, for float results: 2 atanh(s) with s = e/(2 + e) <= 1/3,
/// its odd series to s^21.
inline constexpr std::array<double, 11> atanhSeries{1.0,      1.0 / 3,  1.0 / 5,  1.0 / 7,  1.0 / 9, 1.0 / 11,
                                                    1.0 / 13, 1.0 / 15, 1.0 / 17, 1.0 / 19, 1.0 / 21};
[[gnu::always_inline]] inline double log1pForFloat(double e)
{
    const double s = e / (2 + e);
    return 2 * s * horner(atanhSeries, s * s, std::make_index_sequence<10>{});
}

/// log1p(e) for e = eHi + eLo in [0, 1] (normal or 0) as hi + lo, |lo| < hi/25, for double results: 2
/// atanh(s) with s = e/(2 + e) <= 1/3 carried as a pair, its odd series to s^39 (truncation below 1e-19
/// relative); the series' rounding errors are scaled by its share, under 1/27, so hi + lo is within
/// about 2^-58 relative of log1p(eHi + eLo).
inline constexpr std::array<double, 19> atanhTail{
    1.0 / 3,  1.0 / 5,  1.0 / 7,  1.0 / 9,  1.0 / 11, 1.0 / 13, 1.0 / 15, 1.0 / 17, 1.0 / 19, 1.0 / 21,
    1.0 / 23, 1.0 / 25, 1.0 / 27, 1.0 / 29, 1.0 / 31, 1.0 / 33, 1.0 / 35, 1.0 / 37, 1.0 / 39};
[[gnu::always_inline]] inline Pair<double> log1pPair(double eHi, double eLo)
{
    const double d = 2 + eHi;
    const double dLo = ((2 - d) + eHi) + eLo;
    const double s = eHi / d;
    const double sLo = ((fastmath::mulAdd(-s, d, eHi) + eLo) - s * dLo) / d; // the remainder is exact
    const double t = s * s;
    const double tail = 2 * s * t * fastmath::estrin(atanhTail, t);
    return {2 * s, 2 * sLo + tail};
}

/// Products and sums of pairs, to about 2^-100 relative (barring cancellation in a sum).
[[gnu::always_inline]] inline Pair<double> mul(Pair<double> a, Pair<double> b)
{
    Pair<double> r = twoProduct(a.hi, b.hi);
    r.lo += a.hi * b.lo + a.lo * b.hi;
    return r;
}
[[gnu::always_inline]] inline Pair<double> add(Pair<double> a, Pair<double> b)
{
    Pair<double> r = twoSum(a.hi, b.hi);
    r.lo += a.lo + b.lo;
    return r;
}

/// n / d for n = nHi + nLo and d = dHi + dLo as q + r, r the correction step's term (q + r to about
/// 2^-100 relative of the quotient of the pairs, for finite nonzero q).
[[gnu::always_inline]] inline Pair<double> divideToPair(double nHi, double nLo, double dHi, double dLo)
{
    const double q = nHi / dHi;
    const double r = (fastmath::mulAdd(-q, dHi, nHi) + nLo) - q * dLo;
    return {q, r / dHi};
}

/// n / d for n = nHi + nLo and d = dHi + dLo, with one correction step: within about 0.5 ulp of the
/// quotient of the two pairs. A zero or infinite quotient is nHi / dHi, signed zero included.
[[gnu::always_inline]] inline double divide(double nHi, double nLo, double dHi, double dLo)
{
    const double q = nHi / dHi;
    const double r = (fastmath::mulAdd(-q, dHi, nHi) + nLo) - q * dLo;
    const bool finite = (q != 0) & (q - q == 0);
    return finite ? q + r / dHi : q;
}

/// divide() for a denominator dHi in [1, 2^20]: one division, for the reciprocal, instead of two. q =
/// n (1/d) is within about 1.5 ulp, and the correction step brings it within about 0.5 ulp as there.
[[gnu::always_inline]] inline double divideBounded(double nHi, double nLo, double dHi, double dLo)
{
    const double inv = 1 / dHi;
    const double q = nHi * inv;
    const double r = (fastmath::mulAdd(-q, dHi, nHi) + nLo) - q * dLo;
    const bool finite = (q != 0) & (q - q == 0);
    return finite ? fastmath::mulAdd(r, inv, q) : q;
}

} // namespace rx::fn::inline RX_ISA_NS

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// Branch-free exp and expm1 for x <= 0, written so that GCC vectorises the loops that call them.
// The float grade has relative error below 1e-9 (a float rounded from it is within 0.52 ulp); the
// double grade is within 0.75 ulp and needs a fused multiply-add (RX_FAST_FMA).

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>

#include "fastmathconstants.h"
#include "isa.h"

#if defined(__FMA__) || defined(__FP_FAST_FMA)
#define RX_FAST_FMA 1
#endif

namespace rx::fastmath::inline RX_ISA_NS {

/// a * b + c, fused where the instruction set has it (the kernels are compiled without contraction).
inline double mulAdd(double a, double b, double c)
{
#if defined(RX_FAST_FMA)
    return __builtin_fma(a, b, c);
#else
    return a * b + c;
#endif
}

/// c[Lo] + c[Lo + 1] h + ... + c[Hi - 1] h^(Hi - Lo - 1) by Estrin's scheme: the terms split at the
/// largest power of two below their count, powers[k] = h^(2^k). Its chain of dependent steps grows
/// with the logarithm of the degree, where Horner's grows with the degree: the float64 loops are
/// bound by that latency (the double-grade exponential's polynomial below went from 12 steps to 5).
template <std::size_t Lo, std::size_t Hi, std::size_t N>
[[gnu::always_inline]] inline double estrinRange(const std::array<double, N> &c,
                                                 const std::array<double, 6> &powers)
{
    if constexpr (Hi - Lo == 1) {
        return c[Lo];
    } else {
        constexpr std::size_t split = std::bit_floor(Hi - Lo - 1);
        constexpr std::size_t level = std::countr_zero(split);
        return mulAdd(powers[level], estrinRange<Lo + split, Hi>(c, powers),
                      estrinRange<Lo, Lo + split>(c, powers));
    }
}
template <std::size_t N> [[gnu::always_inline]] inline double estrin(const std::array<double, N> &c, double h)
{
    static_assert(N >= 1 && N <= 64);
    // Written out, not as a loop: where that loop was left for a late unrolling, GCC no longer
    // vectorised the kernel loop around it (float64 Softplus's y: 175 -> 32 M elements/s).
    const double h2 = h * h;
    const double h4 = h2 * h2;
    const double h8 = h4 * h4;
    const double h16 = h8 * h8;
    const std::array<double, 6> powers{h, h2, h4, h8, h16, h16 * h16};
    return estrinRange<0, N>(c, powers);
}

/// c[0] + c[1] h + ... + c[N - 1] h^(N - 1) by Horner's scheme, written out so that no inner loop keeps
/// the kernel loop from being vectorised (see estrin).
template <std::size_t N, std::size_t... I>
[[gnu::always_inline]] inline double horner(const std::array<double, N> &c, double h,
                                            std::index_sequence<I...>)
{
    double p = c[N - 1];
    ((p = mulAdd(p, h, c[N - 2 - I])), ...);
    return p;
}

/// x = k ln 2 + r with |r| <= ln2 / 2: 2^k = twoK * twoKScale (two factors keep 2^k normal down to
/// k = -1076) and expm1(r) = em1R.
struct Reduced
{
    double twoK;
    double twoKScale;
    double em1R;
    double em1RLow = 0; // the double grade's rounding error of em1R
};

/// 2^h and 2^(k - h), h = k/2 rounded, for the integer k = kd. Each exponent plus its bias is put in
/// the low bits of a double by adding 1.5 2^52 + 1023 and shifted into place; in double arithmetic,
/// because AVX2 has no 64-bit arithmetic shift and emulated k/2 on the integers in several steps.
inline void powersOfTwo(double kd, double &first, double &second)
{
    constexpr double biasedShifter = 0x1.8p52 + 1023;
    const double hs = mulAdd(kd, 0.5, biasedShifter);
    const double h = hs - biasedShifter;
    const double ls = (kd - h) + biasedShifter;
    first = std::bit_cast<double>(std::bit_cast<std::uint64_t>(hs) << 52);
    second = std::bit_cast<double>(std::bit_cast<std::uint64_t>(ls) << 52);
}

/// Float grade, for x in [-700, 0] (the callers clamp in float). Below -700, exp(x) times any product
/// of two floats (< 2^256) is under half the smallest float denormal, and expm1(x) rounds to -1.
inline Reduced reduceForFloat(double x)
{
    constexpr double shifter = 0x1.8p52;
    const double shifted = mulAdd(x, 0x1.71547652b82fep0, shifter);
    const double k = shifted - shifter;
    const auto kBits = static_cast<std::int64_t>(std::bit_cast<std::uint64_t>(shifted) -
                                                 std::bit_cast<std::uint64_t>(shifter));
    Reduced red{};
    red.twoK = std::bit_cast<double>(static_cast<std::uint64_t>(kBits + 1023) << 52); // k >= -1010
    red.twoKScale = 1.0;
    // k ln2Hi is exact (|k| <= 1010), so the fused first step rounds as the two separate ones did.
    const double r = mulAdd(-k, 0x1.ef35793c7673p-45, mulAdd(-k, 0x1.62e42fefa3800p-1, x));
    // expm1(r) = r + r² q(r), q the fit of fastmathconstants.h: 5.3e-10 relative for |r| <= 0.347, one
    // step fewer than the Taylor series to r^8 (6e-10) it replaced.
    constexpr auto &q = constants::expm1FloatCoefficients;
    red.em1R = mulAdd(r * r, estrin(q, r), r);
    return red;
}

/// Double grade, for x in [-800, 0] (the callers clamp). Below -800, exp(x) times any coefficient up
/// to 2^60 rounds to 0 and expm1(x) to -1.
inline Reduced reduceForDouble(double x)
{
    constexpr double shifter = 0x1.8p52;
    const double shifted = mulAdd(x, 0x1.71547652b82fep0, shifter);
    const double k = shifted - shifter;
    Reduced red{};
    powersOfTwo(k, red.twoK, red.twoKScale);
    // Cody-Waite: k * ln2Hi is exact, r = rr + c to about 2^-100.
    constexpr double ln2Hi = 0x1.62e42fee00000p-1;
    constexpr double ln2Lo = 0x1.a39ef35793c76p-33;
    const double rHi = mulAdd(-k, ln2Hi, x);
    const double rr = mulAdd(-k, ln2Lo, rHi);
    const double c = mulAdd(-k, ln2Lo, rHi - rr);
    // Taylor series of expm1 to r^14: truncation below 1.3e-17 relative for |r| <= 0.347. p(r) = 1/2! +
    // r/3! + ... + r^12/14! by Estrin's scheme; its different rounding is scaled by r^2 <= 0.12 in the
    // result.
    static constexpr std::array<double, 13> taylor{
        1.0 / 2,         1.0 / 6,          1.0 / 24,         1.0 / 120,     1.0 / 720,
        1.0 / 5040,      1.0 / 40320,      1.0 / 362880,     1.0 / 3628800, 1.0 / 39916800,
        1.0 / 479001600, 1.0 / 6227020800, 1.0 / 87178291200};
    const double p = estrin(taylor, rr);
    // expm1(rr + c) = expm1(rr) + c (1 + rr) to first order.
    const double tail = mulAdd(rr * rr, p, mulAdd(c, rr, c));
    red.em1R = rr + tail;
    red.em1RLow = (rr - red.em1R) + tail;
    return red;
}

inline double expm1From(const Reduced &red)
{
    const double twoK = red.twoK * red.twoKScale; // exact down to 2^-1074
    return mulAdd(twoK, red.em1R, twoK - 1.0);
}

inline double expFrom(const Reduced &red)
{
    const double twoK = red.twoK * red.twoKScale; // exact down to 2^-1074
    return mulAdd(twoK, red.em1R, twoK);
}

/// min(|x|, limit) from the bits of x: as integers, floats that are not negative order as their values
/// (NaN gives limit). A clamp written as a comparison lets GCC evaluate what follows it under masks
/// for the clamped lanes, which costs more than it saves: float32 SiLU's loop (AVX-512) took 111
/// instructions per 16 elements that way, 71 this way, and ran 1.5 times as fast.
inline float absClamped(float x, float limit)
{
    const std::uint32_t bits = std::bit_cast<std::uint32_t>(x) & 0x7fffffffu;
    return std::bit_cast<float>(std::min(bits, std::bit_cast<std::uint32_t>(limit)));
}
/// In double, AVX2 has no 64-bit integer minimum (several steps emulate it) and no masks: there the
/// comparison, one vminpd, is faster (float32 gelu 1.06x, celu's dy/dx 1.08x with the AVX2 kernels).
inline double absClamped(double x, double limit)
{
#if defined(__AVX512F__)
    const std::uint64_t bits = std::bit_cast<std::uint64_t>(x) & 0x7fffffffffffffffu;
    return std::bit_cast<double>(std::min(bits, std::bit_cast<std::uint64_t>(limit)));
#else
    const double a = std::fabs(x);
    return a < limit ? a : limit;
#endif
}

/// min(x, 0) clamped at -limit, from the bits as absClamped, as -0 for x >= 0.
inline double negativeClamped(float x, float limit)
{
    const auto negative = static_cast<std::uint32_t>(std::bit_cast<std::int32_t>(x) >> 31); // x < 0: ~0
    return -double(std::bit_cast<float>(std::bit_cast<std::uint32_t>(absClamped(x, limit)) & negative));
}
inline double negativeClamped(double x, double limit)
{
    const auto negative = static_cast<std::uint64_t>(std::bit_cast<std::int64_t>(x) >> 63);
    return -std::bit_cast<double>(std::bit_cast<std::uint64_t>(absClamped(x, limit)) & negative);
}

// Clamping first, for every lane, keeps the vectoriser from evaluating the reduction at the clamp bound
// under a mask (and from underflow assists on lanes whose result is discarded): measured 1.6 -> 2.1 G
// elements/s for float ELU, 0.55 -> 1.1 for double.
inline double clampFloat(float x)
{
    return negativeClamped(x, 700.0f);
}

inline double clampDouble(double x)
{
    const double c = x < 0.0 ? x : 0.0;
    return c > -800.0 ? c : -800.0;
}

/// expm1(min(x, 0)) with error below 1e-9 relative, for float results.
inline double expm1ForFloat(float x)
{
    return expm1From(reduceForFloat(clampFloat(x)));
}

/// exp(min(x, 0)) with error below 1e-9 relative, for float results.
inline double expForFloat(float x)
{
    return expFrom(reduceForFloat(clampFloat(x)));
}

/// expm1(min(x, 0)) within 0.75 ulp (with RX_FAST_FMA).
inline double expm1ForDouble(double x)
{
    return expm1From(reduceForDouble(clampDouble(x)));
}

/// expm1From(red) as hi + lo with lo = 2^k em1RLow: exactly em1R + em1RLow for k = 0 (|x| <= ln2/2,
/// where expm1's own rounding weighs most); for k < 0, hi's rounding stays, half an ulp of a value
/// beyond 0.29 in magnitude. For c·expm1: rounded first and then scaled, ELU's α·expm1 reached 2 ulp
/// where expm1 lies low in its binade and the product high; with lo, about 1.5 at most.
inline double expm1PairFrom(const Reduced &red, double &lo)
{
    lo = (red.twoK * red.twoKScale) * red.em1RLow;
    return expm1From(red);
}

/// exp(min(x, 0)) within 0.75 ulp (with RX_FAST_FMA).
inline double expForDouble(double x)
{
    return expFrom(reduceForDouble(clampDouble(x)));
}

/// exp(min(x, 0)) = (hi + lo) * scale * scaleLow, hi + lo in [0.7, 1.42] to about 0.15 ulp (with
/// RX_FAST_FMA), for forms that cancel after multiplying by it; the two powers of two scale a result
/// into the subnormal range with one rounding.
struct ExpParts
{
    double hi;
    double lo;
    double scale;
    double scaleLow;
};
inline ExpParts expPartsForDouble(double x)
{
    const Reduced red = reduceForDouble(clampDouble(x));
    const double hi = 1 + red.em1R;
    return {hi, ((1 - hi) + red.em1R) + red.em1RLow, red.twoK, red.twoKScale};
}

/// (hi + lo) * exp(min(x, 0)) within 1.5 ulp (with RX_FAST_FMA). The coefficient multiplies
/// exp(r) before the scaling by 2^k, so a subnormal exp(x) does not lose a large coefficient's digits.
inline double scaledExpForDouble(double x, double hi, double lo)
{
    const Reduced red = reduceForDouble(clampDouble(x));
    const double v = mulAdd(hi, red.em1R, hi + mulAdd(lo, red.em1R, lo));
    return (v * red.twoK) * red.twoKScale;
}

} // namespace rx::fastmath::inline RX_ISA_NS

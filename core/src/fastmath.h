// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// Branch-free exp and expm1 in double for x <= 0, written so that GCC vectorises the loops that call
// them. Relative error below 1e-9, so a float result rounded from them is within 0.52 ulp.

#include <bit>
#include <cstdint>

#include "isa.h"

namespace rx::fastmath::inline RX_ISA_NS {

/// a * b + c, fused where the instruction set has it (the kernels are compiled without contraction).
inline double mulAdd(double a, double b, double c)
{
#if defined(__FMA__)
    return __builtin_fma(a, b, c);
#else
    return a * b + c;
#endif
}

struct Reduced
{
    double twoK; // 2^k, k = round(x / ln 2)
    double em1R; // expm1(r), r = x - k ln 2, |r| <= ln2 / 2
};

inline Reduced reduce(double x)
{
    // Below -110, exp(x) is under half the smallest float denormal and expm1(x) rounds to -1.
    x = x > 0.0 ? 0.0 : x;
    x = x < -110.0 ? -110.0 : x;
    constexpr double shifter = 0x1.8p52;
    const double shifted = x * 0x1.71547652b82fep0 + shifter;
    const double k = shifted - shifter;
    const auto kBits = static_cast<std::int64_t>(std::bit_cast<std::uint64_t>(shifted) -
                                                 std::bit_cast<std::uint64_t>(shifter));
    const double twoK = std::bit_cast<double>(static_cast<std::uint64_t>(kBits + 1023) << 52);
    const double r = (x - k * 0x1.62e42fefa3800p-1) - k * 0x1.ef35793c7673p-45;
    // Taylor series of expm1 to r^8: truncation below 6e-10 relative for |r| <= 0.347, a hundredth
    // of a float ulp. Only float results are computed here.
    double p = 1.0 / 40320;
    p = mulAdd(p, r, 1.0 / 5040);
    p = mulAdd(p, r, 1.0 / 720);
    p = mulAdd(p, r, 1.0 / 120);
    p = mulAdd(p, r, 1.0 / 24);
    p = mulAdd(p, r, 1.0 / 6);
    p = mulAdd(p, r, 0.5);
    return {twoK, mulAdd(r * r, p, r)};
}

/// expm1(min(x, 0)); -1 below -110.
inline double expm1NonPositive(double x)
{
    const Reduced red = reduce(x);
    return mulAdd(red.twoK, red.em1R, red.twoK - 1.0);
}

/// exp(min(x, 0)); 2^-159 below -110 (0 once rounded to float).
inline double expNonPositive(double x)
{
    const Reduced red = reduce(x);
    return mulAdd(red.twoK, red.em1R, red.twoK);
}

} // namespace rx::fastmath::inline RX_ISA_NS

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>
#include <type_traits>

namespace rxtest {

/// Number of representable T between a and b: +0 and -0 are the same point, equal infinities are
/// 0 apart, the largest finite value is 1 from infinity. NaN is 0 from NaN and at maximal distance
/// from everything else.
template <class T> std::uint64_t ulpDistance(T a, T b)
{
    static_assert(std::is_floating_point_v<T> && (sizeof(T) == 4 || sizeof(T) == 8));
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b) ? 0 : std::numeric_limits<std::uint64_t>::max();
    using Bits = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
    constexpr Bits signBit = Bits(1) << (sizeof(T) * 8 - 1);
    const Bits bitsA = std::bit_cast<Bits>(a);
    const Bits bitsB = std::bit_cast<Bits>(b);
    const std::uint64_t magnitudeA = bitsA & ~signBit;
    const std::uint64_t magnitudeB = bitsB & ~signBit;
    if ((bitsA & signBit) != (bitsB & signBit))
        return magnitudeA + magnitudeB;
    return magnitudeA > magnitudeB ? magnitudeA - magnitudeB : magnitudeB - magnitudeA;
}

/// |got - exact| in units of the spacing of T where exact lies (the smallest subnormal at and below
/// T's smallest normal): "within N ulp of the exact value". A count of whole ulps from the rounded
/// exact value (ulpDistance) lets errors up to N + 1/2 pass. NaN against NaN and equal infinities are
/// 0; an infinity against a finite value, or NaN against a number, is infinite.
template <class T> long double ulpError(long double exact, T got)
{
    static_assert(std::is_floating_point_v<T> && (sizeof(T) == 4 || sizeof(T) == 8));
    constexpr long double infinite = std::numeric_limits<long double>::infinity();
    if (std::isnan(exact) || std::isnan(got))
        return std::isnan(exact) && std::isnan(got) ? 0 : infinite;
    const T rounded = static_cast<T>(exact);
    if (std::isinf(rounded) || std::isinf(got))
        return rounded == got ? 0 : infinite;
    constexpr int smallestNormal = std::numeric_limits<T>::min_exponent - 1; // -126, -1022
    const int binade = exact == 0 ? smallestNormal : std::max(std::ilogb(exact), smallestNormal);
    const long double spacing = std::ldexp(1.0L, binade - (std::numeric_limits<T>::digits - 1));
    return std::fabs(static_cast<long double>(got) - exact) / spacing;
}

/// "%a" text of a value (exact): "-0x1.8p+1", "inf", "nan".
template <class T> std::string hexText(T value)
{
    char text[40];
    std::snprintf(text, sizeof text, "%a", static_cast<double>(value));
    return text;
}

} // namespace rxtest

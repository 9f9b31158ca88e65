// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <type_traits>

#include "functions/common.h"
#include "functions/widemath.h"
#include "reluexplorer/numbers.h"

namespace rx::fn::inline RX_ISA_NS {

/// rrelu in eval mode: leaky_relu with slope s = (lower + upper) / 2. dy/dlower = dy/dupper =
/// x > 0 ? 0 : x / 2.
struct Rrelu
{
    static constexpr std::size_t paramCount = 2;

    /// p[0] is the slope, computed in double and then rounded to T, as PyTorch does.
    template <class T> static Params<T, paramCount> prepare(const double *params)
    {
        return {static_cast<T>((params[0] + params[1]) / 2), T(0)};
    }

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &p)
    {
        const T s = p[0];
        if constexpr (Q == 0)
            return x > 0 ? x : x * s;
        else if constexpr (Q == 1)
            return x > 0 ? T(1) : s;
        else
            return x > 0 ? T(0) : x * T(0.5);
    }

    static std::vector<double> kinks(std::span<const double> p)
    {
        return (p[0] + p[1]) / 2 == 1.0 ? std::vector<double>{} : std::vector<double>{0.0};
    }

    static std::string parameterProblem(std::span<const double> p)
    {
        if (p[0] > p[1])
            return "rrelu: lower (" + formatNumber(p[0]) + ") must not exceed upper (" + formatNumber(p[1]) +
                   "), as PyTorch requires";
        return {};
    }

    static Activation describe()
    {
        Activation a;
        a.id = "rrelu";
        a.displayName = "RReLU";
        a.group = Group::ReluFamily;
        a.parameters = {{"lower",
                         "l",
                         1.0 / 8,
                         0.0,
                         1.0,
                         0.005,
                         "Lower bound of the random slope drawn in training.",
                         {}},
                        {"upper",
                         "u",
                         1.0 / 3,
                         0.0,
                         1.0,
                         0.005,
                         "Upper bound of the random slope; evaluation uses the mean (l + u)/2.",
                         {}}};
        a.formulaText = "rrelu(x) = x if x > 0, else x·(l + u)/2 (evaluation mode)";
        a.formulaHtml = "rrelu(<i>x</i>) = <i>x</i> if <i>x</i> &gt; 0, else <i>x</i>·(<i>l</i> + "
                        "<i>u</i>)/2 (evaluation mode)";
        a.formulaSpoken = "rrelu of x equals x if x is greater than 0, otherwise x times, l plus u, over 2, "
                          "in evaluation mode";
        a.explanation =
            "Randomised leaky ReLU draws a new negative slope from [l, u] for every element while "
            "training, a little noise that regularises the network; in evaluation it uses the mean "
            "slope, so it is LeakyReLU with slope (l + u)/2, as shown here. The randomness makes "
            "training runs harder to reproduce.";
        a.kinkNote = "At x = 0 PyTorch uses dy/dx = (l + u)/2, the slope of the left branch.";
        a.moduleTemplate = "torch.nn.RReLU(lower={lower}, upper={upper}).eval()";
        a.functionalTemplate = "F.rrelu(x, lower={lower}, upper={upper}, training=False)";
        a.accuracy = Accuracy::bitsOfPytorch();
        return a;
    }
};

/// hardtanh: y = clamp(x, min_val, max_val); dy/dx = min_val < x < max_val ? 1 : 0 (0 at both kinks);
/// dy/dmin_val = x <= min_val ? 1 : 0; dy/dmax_val = x >= max_val ? 1 : 0.
struct Hardtanh
{
    static constexpr std::size_t paramCount = 2;

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &p)
    {
        const T lo = p[0];
        const T hi = p[1];
        if constexpr (Q == 0)
            return std::min(std::max(x, lo), hi); // max, then min: two instructions
        else if constexpr (Q == 1)
            return (x <= lo || x >= hi) ? T(0) : T(1);
        else if constexpr (Q == 2)
            return x <= lo ? T(1) : T(0);
        else
            return x >= hi ? T(1) : T(0);
    }

    static std::vector<double> kinks(std::span<const double> p) { return {p[0], p[1]}; }

    static std::string parameterProblem(std::span<const double> p, DType dtype)
    {
        const std::string values =
            "min_val (" + formatNumber(p[0]) + ") and max_val (" + formatNumber(p[1]) + ")";
        if (!(p[0] < p[1]))
            return "hardtanh: " + values +
                   ": min_val must be less than max_val, as torch.nn.Hardtanh requires";
        if (dtype == DType::Float32 && !(static_cast<float>(p[0]) < static_cast<float>(p[1])))
            return "hardtanh: " + values + " are equal in float32; min_val must be less than max_val";
        return {};
    }

    static Activation describe()
    {
        Activation a;
        a.id = "hardtanh";
        a.displayName = "Hardtanh";
        a.group = Group::ReluFamily;
        a.parameters = {{"min_val", "a", -1.0, -6.0, 0.0, 0.1, "Lower clip: y = a for x <= a.", {}},
                        {"max_val", "b", 1.0, 0.1, 6.0, 0.1, "Upper clip: y = b for x >= b.", {}}};
        a.formulaText = "hardtanh(x) = min(max(x, a), b)";
        a.formulaHtml = "hardtanh(<i>x</i>) = min(max(<i>x</i>, <i>a</i>), <i>b</i>)";
        a.formulaSpoken = "hardtanh of x equals the minimum of b and the maximum of x and a";
        a.explanation =
            "Hardtanh is the identity clipped to [a, b]: a piecewise-linear stand-in for tanh that costs "
            "two comparisons. ReLU6 is hardtanh(0, 6). Outside [a, b] the gradient is exactly zero, so "
            "units pushed far into either clip stop learning.";
        a.kinkNote = "PyTorch uses dy/dx = 0 at both kinks, x = a and x = b.";
        a.moduleTemplate = "torch.nn.Hardtanh(min_val={min_val}, max_val={max_val})";
        a.functionalTemplate = "F.hardtanh(x, min_val={min_val}, max_val={max_val})";
        a.accuracy = Accuracy::bitsOfPytorch();
        return a;
    }
};

/// n / 6 within half an ulp and a hair, n's sign for a zero. With fused multiply-add as n (1/6 + its
/// rounding error), a multiplication where a division is five times slower; without, that would be
/// about 1 ulp, and float64 hardswish would reach 2.25 ulp: a division there.
inline double sixthOfRounded(double n)
{
#if defined(RX_FAST_FMA)
    constexpr double sixthHi = 0x1.5555555555555p-3;
    constexpr double sixthLo = 0x1.5555555555555p-57;
    return fastmath::mulAdd(n, sixthHi, n * sixthLo);
#else
    return n / 6;
#endif
}

/// n / 6 in double for a float result: within 1 ulp of a double, far below half a float's ulp.
inline float sixth(double n)
{
    return static_cast<float>(n * 0x1.5555555555555p-3);
}

// The middle pieces of hardswish and hardsigmoid for float, rounded once. With AVX-512 they stay in
// float (sixteen lanes where double has eight), as exact pairs; else in double, where the products and
// sums are exact and sixth() rounds once before the last rounding. With the AVX2 kernels the double
// form measured 1.05-1.14x the float pairs (y and dy/dx, N = 10^3 and 10^6).
#if defined(RX_FAST_FMA) && defined(__AVX512F__)
/// (hi + lo) / 6 for |lo| at most about an ulp of hi: q = hi/6 to about an ulp, hi - 6q exactly by fused
/// multiply-add, then q + (hi - 6q + lo)/6 rounded once: within half an ulp and some 1e-7 ulp. As 1/6
/// is not exact, a quotient exactly halfway between two floats may round to the odd one, where the
/// double form rounds it to even (q + (r + lo)/6 with a division gets that right, but measured 0.8-0.9x).
inline float sixth(float hi, float lo)
{
    constexpr float c = 0x1.555556p-3f; // 1/6, rounded
    const float q = hi * c;
    const float r = __builtin_fmaf(-q, 6.0f, hi);
    return __builtin_fmaf(r + lo, c, q);
}
/// x(x + 3)/6: x + 3 = s + e and x s = p + pe exactly (|x| < 3 where it is used); x e is far below an
/// ulp of p, so its rounding does not count. The pairs' sums give +0 at x = -0, which keeps its sign.
inline float hardswishMiddle(float x)
{
    const float s = 3 + x;
    const float e = x - (s - 3);
    const float p = x * s;
    const float pe = __builtin_fmaf(x, s, -p);
    return __builtin_copysignf(sixth(p, __builtin_fmaf(x, e, pe)), x); // the sign of x, of a zero too
}
/// (2x + 3)/6, with 2x + 3 as an exact pair.
inline float hardswishMiddleSlope(float x)
{
    const float a = 2 * x;
    const float s = a + 3;
    const float b = s - a;
    return sixth(s, (a - (s - b)) + (3 - b));
}
/// (x + 3)/6, with x + 3 as an exact pair (|x| < 3).
inline float hardsigmoidMiddle(float x)
{
    const float s = 3 + x;
    return sixth(s, x - (s - 3));
}
#else
inline float hardswishMiddle(float x)
{
    return sixth(double(x) * (double(x) + 3));
}
inline float hardswishMiddleSlope(float x)
{
    return sixth(2 * double(x) + 3);
}
inline float hardsigmoidMiddle(float x)
{
    return sixth(double(x) + 3);
}
#endif

/// max(x, -3) as the unsigned minimum of the bits: negative numbers order backwards by their bits, above
/// every positive one. A comparison and a select let GCC specialise the arithmetic after them for -3, in
/// both branches (a NaN with its sign bit set gives -3; the kernel loop returns the NaN).
template <class T> [[gnu::always_inline]] inline T atLeastMinus3(T x)
{
    using U = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
    const U bits = std::bit_cast<U>(x);
    constexpr U bound = std::bit_cast<U>(T(-3));
    return std::bit_cast<T>(bits < bound ? bits : bound);
}

/// max(x, -3) for hardsigmoid. With AVX-512 from the bits: after a select GCC computed the float pairs
/// for -3 as well (16 instructions per 16 floats against 12; 1.23-1.34x float32, 1.11-1.14x float64 on
/// a Zen 4). The AVX2 and generic kernels measured faster with the select (the bits: 0.24-0.95x).
template <class T> [[gnu::always_inline]] inline T hardsigmoidClamp(T x)
{
#if defined(__AVX512F__)
    return atLeastMinus3(x);
#else
    return x < -3 ? T(-3) : x;
#endif
}

/// hardswish: y = x <= -3 ? 0 : x >= 3 ? x : x(x + 3)/6; dy/dx = x <= -3 ? 0 : x >= 3 ? 1 : (2x + 3)/6
/// (current PyTorch: 0 at -3 and 1 at 3).
struct Hardswish
{
    static constexpr std::size_t paramCount = 0;

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &)
    {
        // The middle piece for every lane, then the selects (as ELU's exponential, exponential.h).
        if constexpr (Q == 0) {
            // Below -3 the middle piece at -3: -3·0/6 = -0, as PyTorch's x·0/6.
            const T middle = middleValue(atLeastMinus3(x));
            return x >= 3 ? x : middle;
        } else {
            const T middle = middleSlope(x);
            return x <= -3 ? T(0) : (x >= 3 ? T(1) : middle);
        }
    }

    static float middleValue(float x) { return hardswishMiddle(x); }
    static float middleSlope(float x) { return hardswishMiddleSlope(x); }
    // float64 rounds x + 3, x(x + 3) and the quotient by 6. In ulps of y the first two weigh most where
    // y is just below a power of two: at most 0.92 + 0.67 + 1/3, 1.915 ulp of the 2 allowed (measured,
    // tests/core/test_dense.cpp). The product keeps x's sign, of a zero too: -0 at x = -0 and -3·0 = -0
    // below -3, as PyTorch's x·0/6.
    static double middleValue(double x) { return sixthOfRounded(x * (3 + x)); }
    static double middleSlope(double x) { return sixthOfRounded(2 * x + 3); } // within 1 ulp

    static std::vector<double> kinks(std::span<const double>) { return {-3.0, 3.0}; }

    static Activation describe()
    {
        Activation a;
        a.id = "hardswish";
        a.displayName = "Hardswish";
        a.group = Group::ReluFamily;
        a.formulaText = "hardswish(x) = x·relu6(x + 3)/6";
        a.formulaHtml = "hardswish(<i>x</i>) = <i>x</i>·relu6(<i>x</i> + 3)/6";
        a.formulaSpoken = "hardswish of x equals x times relu6 of, x plus 3, over 6";
        a.explanation =
            "Hardswish replaces the sigmoid in SiLU (swish) by the piecewise-linear relu6(x + 3)/6, so "
            "it needs no exponential: MobileNetV3 uses it on phones. It is 0 below -3, x above 3 and a "
            "parabola between, with a small dip below zero. Its derivative jumps at -3 and 3, and "
            "PyTorch has changed its convention there since version 1.13.";
        a.kinkNote = "Current PyTorch uses dy/dx = 0 at x = −3 and 1 at x = 3 (each the value of the "
                     "outer branch); PyTorch 1.13 gave −0.5 and 1.5.";
        a.moduleTemplate = "torch.nn.Hardswish()";
        a.functionalTemplate = "F.hardswish(x)";
        a.accuracy = Accuracy::withinUlp(1, 2);
        return a;
    }
};

/// hardsigmoid: y = x <= -3 ? 0 : x >= 3 ? 1 : (x + 3)/6; dy/dx = -3 < x < 3 ? 1/6 : 0.
struct Hardsigmoid
{
    static constexpr std::size_t paramCount = 0;

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &)
    {
        if constexpr (Q == 0)
            return x >= 3 ? T(1) : middleValue(hardsigmoidClamp(x)); // the middle piece is +0 at -3
        else
            return (x > -3 && x < 3) ? T(1) / T(6) : T(0);
    }

    static float middleValue(float x) { return hardsigmoidMiddle(x); }
    static double middleValue(double x) { return sixthOfRounded(x + 3); } // within 1 ulp, as x + 3 is rounded

    static std::vector<double> kinks(std::span<const double>) { return {-3.0, 3.0}; }

    static Activation describe()
    {
        Activation a;
        a.id = "hardsigmoid";
        a.displayName = "Hardsigmoid";
        a.group = Group::ReluFamily;
        a.formulaText = "hardsigmoid(x) = relu6(x + 3)/6";
        a.formulaHtml = "hardsigmoid(<i>x</i>) = relu6(<i>x</i> + 3)/6";
        a.formulaSpoken = "hardsigmoid of x equals relu6 of, x plus 3, over 6";
        a.explanation =
            "Hardsigmoid is a straight-line stand-in for the logistic sigmoid: 0 below -3, 1 above 3 and "
            "a slope of 1/6 between. It is cheap and exact in low precision (MobileNetV3's gates), but "
            "its gradient is zero outside [-3, 3], where the real sigmoid's is only small.";
        a.kinkNote = "PyTorch uses dy/dx = 0 at both kinks, x = −3 and x = 3.";
        a.moduleTemplate = "torch.nn.Hardsigmoid()";
        a.functionalTemplate = "F.hardsigmoid(x)";
        a.accuracy = Accuracy::withinUlp(1, 2);
        return a;
    }
};

} // namespace rx::fn::inline RX_ISA_NS

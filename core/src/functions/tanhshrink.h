// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <array>
#include <cmath>

#include "functions/common.h"
#include "functions/vectormath.h"
#include "functions/widemath.h"

namespace rx::fn::inline RX_ISA_NS {

/// tanhshrink: y = x - tanh(x); dy/dx = tanh²(x). Near 0 the difference loses 3/x² of its digits, so
/// |x| < 1/8 takes the Taylor series x³/3 - 2x⁵/15 + ... (terms to x²³, truncation below 1e-24
/// relative). y(±0) = +0, as x - tanh(x) gives it in PyTorch.
struct Tanhshrink
{
    static constexpr std::size_t paramCount = 0;

    /// Whether vectorEval computes quantity Q: all, where the vectorised paths are.
    template <std::size_t Q, class T> static bool vectorFor(const Params<T, paramCount> &)
    {
        return vectorPath<T>();
    }

    /// float32 in double: tanh|x| = -m/(2 + m) with m = expm1(-2|x|) (double grade, within a few ulp of
    /// a double with or without fused multiply-add); y from the series for |x| < 1/2, where its terms
    /// to x²³ truncate below 1e-11 relative, and beyond, where x - tanh(x) loses at most 13 times
    /// tanh's relative error, as the difference.
    template <std::size_t Q, class T>
    [[gnu::always_inline]] static T vectorEval(T x, const Params<T, paramCount> &)
    {
        if constexpr (sizeof(T) == 4) {
            const double a = __builtin_fabsf(x);
            const double m = fastmath::expm1ForDouble(-2 * a);
            const double t = -m / (2 + m); // tanh|x|
            if constexpr (Q == 0) {
                const double x2 = a * a;
                const double series =
                    horner(seriesCoefficients<double>(), x2, std::make_index_sequence<10>{}) * x2 * a;
                const double difference = a < 0.5 ? series : a - t; // x - tanh(x) for |x|
                return x == 0 ? T(0) : static_cast<T>(x > 0 ? difference : -difference);
            } else {
                return static_cast<T>(t * t);
            }
        } else {
            return vectorEvalDouble<Q>(x);
        }
    }

    /// float64 in double. y: |x| < 1, x³ (1/3 + u T(u)) with u = x² and T the fit of smoothconstants.h
    /// (2^-55 relative), x³ and the sum carried as pairs; beyond, (|x| - 1) + 2e/(1 + e) with e =
    /// e^-2|x| as a pair (0.15 ulp), whose terms have one sign. dy/dx: tanh|x| = -m/(2 + m) with m =
    /// expm1(-2|x|) and the quotient as pairs, squared with one rounding.
    template <std::size_t Q> [[gnu::always_inline]] static double vectorEvalDouble(double x)
    {
        const double a = __builtin_fabs(x);
        const fastmath::Reduced red = fastmath::reduceForDouble(fastmath::clampDouble(-2 * a));
        const double twoK = red.twoK * red.twoKScale;
        if constexpr (Q == 1) {
            const double v = twoK - 1;
            const double vLo = twoK - (v + 1); // 2^k - 1 is inexact below k = -53
            const double mHi = fastmath::mulAdd(twoK, red.em1R, v);
            const double mLo = fastmath::mulAdd(twoK, red.em1R, v - mHi) + (vLo + twoK * red.em1RLow);
            const Pair<double> d = twoSum(2.0, mHi);
            const Pair<double> t = divideToPair(-mHi, -mLo, d.hi, d.lo + mLo);
            const Pair<double> square = twoProduct(t.hi, t.hi);
            return square.hi + (square.lo + 2 * t.hi * t.lo);
        } else {
            const double h = 1 + red.em1R;
            const double l = ((1 - h) + red.em1R) + red.em1RLow;
            const Pair<double> onePlusE = twoSum(1.0, twoK * h);
            const double f = divide(2 * (twoK * h), 2 * (twoK * l), onePlusE.hi, onePlusE.lo + twoK * l);
            const Pair<double> aMinus1 = twoSum(a, -1.0);
            const double far = a < 1e300 ? aMinus1.hi + (aMinus1.lo + f) : a;
            const Pair<double> u = twoProduct(a, a);
            Pair<double> cube = twoProduct(u.hi, a);
            cube.lo += u.lo * a;
            const double ut =
                u.hi * horner(tanhshrinkTail, u.hi, std::make_index_sequence<tanhshrinkTail.size() - 1>{});
            constexpr Pair<double> third = constant<double>(smooth::oneThird);
            Pair<double> sum = twoSum(third.hi, ut);
            sum.lo += third.lo;
            Pair<double> product = twoProduct(cube.hi, sum.hi);
            product.lo += cube.hi * sum.lo + cube.lo * sum.hi;
            const double r = a < 1 ? product.hi + product.lo : far;
            return x == 0 ? 0.0 : (x > 0 ? r : -r);
        }
    }

    /// Taylor coefficients of x - tanh(x) at x^3, x^5, ..., x^23.
    template <class W> static constexpr std::array<W, 11> seriesCoefficients()
    {
        return {W(1) / 3,
                W(-2) / 15,
                W(17) / 315,
                W(-62) / 2835,
                W(1382) / 155925,
                W(-21844) / 6081075,
                W(929569) / 638512875,
                W(-6404582) / 10854718875,
                W(443861162) / 1856156927625,
                W(-18888466084) / 194896477400625,
                W(113927491862) / 2900518163668125};
    }

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &)
    {
        using W = Wide<T>;
        const W xw = x;
        if constexpr (Q == 0) {
            if (x == 0)
                return T(0);
            if (std::fabs(xw) < W(0.125)) {
                constexpr std::array<W, 11> c = seriesCoefficients<W>();
                const W x2 = xw * xw;
                W s = c[10];
                for (int k = 9; k >= 0; --k)
                    s = s * x2 + c[k];
                return static_cast<T>(s * x2 * xw);
            }
            return static_cast<T>(xw - std::tanh(xw));
        } else {
            const W t = std::tanh(xw);
            return static_cast<T>(t * t);
        }
    }

    static std::vector<double> kinks(std::span<const double>) { return {}; }

    static Activation describe()
    {
        Activation a;
        a.id = "tanhshrink";
        a.displayName = "Tanhshrink";
        a.group = Group::SmoothRelatives;
        a.formulaText = "tanhshrink(x) = x − tanh(x)";
        a.formulaHtml = "tanhshrink(<i>x</i>) = <i>x</i> − tanh(<i>x</i>)";
        a.formulaSpoken = "tanhshrink of x equals x minus tanh of x";
        a.explanation =
            "What is left of x after tanh: flat like x³/3 around 0, then x − 1 or x + 1 far out, with "
            "derivative tanh²(x). It shrinks small inputs towards zero without a hard threshold, a "
            "smooth cousin of soft shrinkage used in sparse coding and denoising; as a hidden "
            "activation it is rare. Near 0 x − tanh(x) cancels, so it is evaluated from its series there.";
        a.moduleTemplate = "torch.nn.Tanhshrink()";
        a.functionalTemplate = "F.tanhshrink(x)";
        a.accuracy = Accuracy::withinUlp(1, 2);
        return a;
    }
};

} // namespace rx::fn::inline RX_ISA_NS

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

    /// Whether vectorEval computes quantity Q: float32.
    template <std::size_t Q, class T> static bool vectorFor(const Params<T, paramCount> &)
    {
        return sizeof(T) == 4;
    }

    /// float32 in double: tanh|x| = -m/(2 + m) with m = expm1(-2|x|) (double grade, within a few ulp of
    /// a double with or without fused multiply-add); y from the series for |x| < 1/2, where its terms
    /// to x²³ truncate below 1e-11 relative, and beyond, where x - tanh(x) loses at most 13 times
    /// tanh's relative error, as the difference.
    template <std::size_t Q, class T> static T vectorEval(T x, const Params<T, paramCount> &p)
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
            return eval<Q>(x, p);
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

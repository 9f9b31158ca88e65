// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cmath>
#include <limits>

#include "functions/common.h"
#include "functions/smooth.h"
#include "functions/vectormath.h"
#include "functions/widemath.h"

namespace rx::fn::inline RX_ISA_NS {

/// logsigmoid: y = log σ(x) = -softplus(-x) = min(x, 0) - log1p(e^-|x|); dy/dx = σ(-x) = 1 - σ(x).
/// Both sums have terms of one sign, so nothing cancels; y(+inf) = +0 and y(-inf) = -inf, as in PyTorch.
struct Logsigmoid
{
    static constexpr std::size_t paramCount = 0;

    /// Whether vectorEval computes quantity Q: all, where the vectorised paths are.
    template <std::size_t Q, class T> static bool vectorFor(const Params<T, paramCount> &)
    {
        return vectorPath<T>();
    }

    /// In double. y: e = e^-|x| and log1p(e) from its atanh series (float32: float grade; float64: both
    /// as pairs, and x - log1p(e) summed exactly but for its last rounding). e is taken as 0 where the
    /// wide path's e^-|x| is 0, so that y is +0 there and -0 for the x before, as before. dy/dx:
    /// Softplus's σ(z) at z = -x (β = 1, no threshold).
    template <std::size_t Q, class T> static T vectorEval(T x, const Params<T, paramCount> &)
    {
        if constexpr (Q == 0 && sizeof(T) == 4) {
            const double e0 = expNegAbs(x);
            const double e = __builtin_fabsf(x) < 745.13f ? e0 : 0.0;
            return static_cast<T>((x > 0 ? 0.0 : double(x)) - log1pForFloat(e));
        } else if constexpr (Q == 0) {
            const fastmath::ExpParts p = expNegAbsParts(x);
            const double e = (p.hi * p.scale) * p.scaleLow;
            const double eLo = (p.lo * p.scale) * p.scaleLow;
            const Pair<double> l = log1pPair(e, eLo);
            const Pair<double> sum = twoSum(x, -l.hi);
            const double negative = sum.hi + (sum.lo - l.lo);
            const double positive = -(l.hi + l.lo);
            // Beyond 700 e is near or below the normal range: log1p(e) = e there, and x - e = x.
            const double far = x > 0 ? -e : x;
            const double r = __builtin_fabs(x) > 700 ? far : (x > 0 ? positive : negative);
            return x > 11399.48 ? 0.0 : r; // long double's e^-x is 0 beyond
        } else {
            constexpr T inf = std::numeric_limits<T>::infinity();
            return Softplus::vectorEval<1>(T(-x), Params<T, 2>{T(1), inf});
        }
    }

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &)
    {
        using W = Wide<T>;
        const W e = std::exp(-std::fabs(W(x)));
        if constexpr (Q == 0)
            return static_cast<T>((x > 0 ? W(0) : W(x)) - std::log1p(e));
        else
            return static_cast<T>((x > 0 ? e : W(1)) / (1 + e));
    }

    static std::vector<double> kinks(std::span<const double>) { return {}; }

    static Activation describe()
    {
        Activation a;
        a.id = "logsigmoid";
        a.displayName = "LogSigmoid";
        a.group = Group::SmoothRelatives;
        a.formulaText = "logsigmoid(x) = ln σ(x) = −ln(1 + exp(−x)) = −softplus(−x)";
        a.formulaHtml = "logsigmoid(<i>x</i>) = ln σ(<i>x</i>) = −ln(1 + e<sup>−<i>x</i></sup>) = "
                        "−softplus(−<i>x</i>)";
        a.formulaSpoken = "log sigmoid of x equals the natural log of sigma of x, which is minus the natural "
                          "log of, 1 plus e to the minus x";
        a.explanation =
            "The logarithm of the sigmoid: Softplus mirrored through the origin, near 0 for large "
            "positive inputs and close to x itself for large negative ones, with derivative σ(−x). It "
            "is rarely a hidden activation; it appears in losses, where log σ(x) computed directly "
            "would overflow or lose every digit (binary cross-entropy with logits, word2vec's negative "
            "sampling). It is never positive and costs an exponential and a logarithm.";
        a.moduleTemplate = "torch.nn.LogSigmoid()";
        a.functionalTemplate = "F.logsigmoid(x)";
        a.accuracy = Accuracy::withinUlp(1, 2);
        return a;
    }
};

} // namespace rx::fn::inline RX_ISA_NS

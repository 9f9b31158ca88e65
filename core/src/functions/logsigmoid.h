// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cmath>

#include "functions/common.h"
#include "functions/widemath.h"

namespace rx::fn::inline RX_ISA_NS {

/// logsigmoid: y = log σ(x) = -softplus(-x) = min(x, 0) - log1p(e^-|x|); dy/dx = σ(-x) = 1 - σ(x).
/// Both sums have terms of one sign, so nothing cancels; y(+inf) = +0 and y(-inf) = -inf, as in PyTorch.
struct Logsigmoid
{
    static constexpr std::size_t paramCount = 0;

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

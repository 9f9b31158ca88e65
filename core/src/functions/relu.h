// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <algorithm>

#include "functions/common.h"

namespace rx::fn::inline RX_ISA_NS {

/// relu: y = x >= 0 ? x : 0 (relu(-0) = -0, as PyTorch's clamp_min); dy/dx = x > 0 ? 1 : 0 (0 at
/// the kink).
struct Relu
{
    static constexpr std::size_t paramCount = 0;

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &)
    {
        if constexpr (Q == 0)
            return x >= 0 ? x : T(0);
        else
            return x > 0 ? T(1) : T(0);
    }

    static std::vector<double> kinks(std::span<const double>) { return {0.0}; }

    static Activation describe()
    {
        Activation a;
        a.id = "relu";
        a.displayName = "ReLU";
        a.group = Group::ReluFamily;
        a.formulaText = "relu(x) = max(0, x)";
        a.formulaHtml = "relu(<i>x</i>) = max(0, <i>x</i>)";
        a.formulaSpoken = "relu of x equals the maximum of 0 and x";
        a.explanation =
            "The rectified linear unit passes positive inputs unchanged and zeroes the rest. It is cheap "
            "and its gradient does not shrink for positive inputs, which made deep networks trainable. "
            "Its weakness is the dying ReLU: a unit whose input stays negative gets zero gradient and "
            "can stop learning for good.";
        a.kinkNote = "At x = 0 PyTorch uses dy/dx = 0 (the condition x > 0 is false there).";
        a.moduleTemplate = "torch.nn.ReLU()";
        a.functionalTemplate = "F.relu(x)";
        a.accuracy = Accuracy::bitsOfPytorch();
        return a;
    }
};

/// relu6: y = min(max(x, 0), 6); dy/dx = 0 < x < 6 ? 1 : 0 (0 at both kinks).
struct Relu6
{
    static constexpr std::size_t paramCount = 0;

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &)
    {
        if constexpr (Q == 0)
            return std::min(std::max(x, T(0)), T(6)); // max, then min: two instructions
        else
            return (x > 0 && x < 6) ? T(1) : T(0);
    }

    static std::vector<double> kinks(std::span<const double>) { return {0.0, 6.0}; }

    static Activation describe()
    {
        Activation a;
        a.id = "relu6";
        a.displayName = "ReLU6";
        a.group = Group::ReluFamily;
        a.formulaText = "relu6(x) = min(max(0, x), 6)";
        a.formulaHtml = "relu6(<i>x</i>) = min(max(0, <i>x</i>), 6)";
        a.formulaSpoken = "relu6 of x equals the minimum of 6 and the maximum of 0 and x";
        a.explanation =
            "ReLU capped at 6. The bounded output keeps activations in a small fixed range, which suits "
            "low-precision and mobile networks (MobileNet) where large values would lose precision. Like "
            "ReLU it has zero gradient for x < 0, and also for x > 6, so units can saturate on both sides.";
        a.kinkNote = "PyTorch uses dy/dx = 0 at both kinks, x = 0 and x = 6 (relu6 is hardtanh(0, 6)).";
        a.moduleTemplate = "torch.nn.ReLU6()";
        a.functionalTemplate = "F.relu6(x)";
        a.accuracy = Accuracy::bitsOfPytorch();
        return a;
    }
};

} // namespace rx::fn::inline RX_ISA_NS

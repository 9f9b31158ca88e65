// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include "functions/common.h"

namespace rx::fn::inline RX_ISA_NS {

/// leaky_relu: y = x > 0 ? x : s*x; dy/dx = x > 0 ? 1 : s (s at 0); dy/ds = x > 0 ? 0 : x.
struct LeakyRelu
{
    static constexpr std::size_t paramCount = 1;

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &p)
    {
        const T s = p[0];
        if constexpr (Q == 0)
            return x > 0 ? x : x * s;
        else if constexpr (Q == 1)
            return x > 0 ? T(1) : s;
        else
            return x > 0 ? T(0) : x;
    }

    static std::vector<double> kinks(std::span<const double> p)
    {
        return p[0] == 1.0 ? std::vector<double>{} : std::vector<double>{0.0};
    }

    static Activation describe()
    {
        Activation a;
        a.id = "leaky_relu";
        a.displayName = "LeakyReLU";
        a.group = Group::ReluFamily;
        a.parameters = {{"negative_slope",
                         "s",
                         0.01,
                         -0.5,
                         1.0,
                         0.01,
                         "Slope for x < 0: how much of a negative input leaks through.",
                         {}}};
        a.formulaText = "leaky_relu(x) = x if x > 0, else s·x";
        a.formulaHtml = "leaky_relu(<i>x</i>) = <i>x</i> if <i>x</i> &gt; 0, else <i>s</i>·<i>x</i>";
        a.formulaSpoken = "leaky relu of x equals x if x is greater than 0, otherwise s times x";
        a.explanation =
            "LeakyReLU lets a small fixed fraction of negative inputs through, so the gradient for x < 0 "
            "is s instead of 0 and units cannot die. The default slope 0.01 is so small that the "
            "negative side looks flat at the usual scale: zoom in to see it. The Signal view (View > "
            "Signal view) shows the chance of a zero gradient fall to 0 as s leaves 0.";
        a.kinkNote = "At x = 0 PyTorch uses dy/dx = s, the slope of the left branch.";
        a.moduleTemplate = "torch.nn.LeakyReLU(negative_slope={negative_slope})";
        a.functionalTemplate = "F.leaky_relu(x, negative_slope={negative_slope})";
        a.accuracy = Accuracy::bitsOfPytorch();
        return a;
    }
};

/// prelu with one weight: y = x > 0 ? x : w*x; dy/dx = x > 0 ? 1 : w; dy/dw = x > 0 ? 0 : x.
struct Prelu
{
    static constexpr std::size_t paramCount = 1;

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &p)
    {
        const T w = p[0];
        if constexpr (Q == 0)
            return x > 0 ? x : w * x;
        else if constexpr (Q == 1)
            return x > 0 ? T(1) : w;
        else
            return x > 0 ? T(0) : x + T(0); // +0 at x = -0: PyTorch's weight gradient is a sum
    }

    static std::vector<double> kinks(std::span<const double> p)
    {
        return p[0] == 1.0 ? std::vector<double>{} : std::vector<double>{0.0};
    }

    static Activation describe()
    {
        Activation a;
        a.id = "prelu";
        a.displayName = "PReLU";
        a.group = Group::ReluFamily;
        a.parameters = {{"weight",
                         "a",
                         0.25,
                         -0.5,
                         1.0,
                         0.01,
                         "Learned slope for x < 0 (nn.PReLU's init); training updates it by dy/dweight.",
                         {}}};
        a.formulaText = "prelu(x) = x if x > 0, else a·x (a learned)";
        a.formulaHtml = "prelu(<i>x</i>) = <i>x</i> if <i>x</i> &gt; 0, else <i>a</i>·<i>x</i> "
                        "(<i>a</i> learned)";
        a.formulaSpoken =
            "prelu of x equals x if x is greater than 0, otherwise a times x, where a is learned";
        a.explanation =
            "Parametric ReLU is LeakyReLU whose negative slope is a weight the network learns, starting "
            "at 0.25. Its gradient with respect to the weight is x for x <= 0, so negative inputs teach "
            "the slope. It can overfit on small data, and weight decay should not be applied to a. The "
            "Signal view (View > Signal view) shows how a keeps gradients alive through many layers.";
        a.kinkNote = "At x = 0 PyTorch uses dy/dx = a and dy/da = 0 (x = 0 takes the left branch).";
        a.moduleTemplate = "torch.nn.PReLU(num_parameters=1, init={weight})";
        a.functionalTemplate = "F.prelu(x, torch.tensor([{weight}]))";
        a.accuracy = Accuracy::bitsOfPytorch();
        return a;
    }
};

} // namespace rx::fn::inline RX_ISA_NS

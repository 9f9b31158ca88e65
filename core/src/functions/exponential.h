// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include "functions/common.h"

namespace rx::fn::inline RX_ISA_NS {

/// elu: y = x > 0 ? x : a*expm1(x); dy/dx = x > 0 ? 1 : a*exp(x) (a at 0); dy/da = x > 0 ? 0 : expm1(x).
struct Elu
{
    static constexpr std::size_t paramCount = 1;

    template <std::size_t Q, class T>
    static T eval(T x, const Params<T, paramCount> &p)
    {
        const T a = p[0];
        if constexpr (Q == 0)
            return x > 0 ? x : scaledExpm1(x, a, 0.0);
        else if constexpr (Q == 1)
            return x > 0 ? T(1) : scaledExp(x, a, 0.0);
        else
            return x > 0 ? T(0) : scaledExpm1(x, 1.0, 0.0);
    }

    static std::vector<double> kinks(std::span<const double> p)
    {
        return p[0] == 1.0 ? std::vector<double>{} : std::vector<double>{0.0};
    }

    static Activation describe()
    {
        Activation a;
        a.id = "elu";
        a.displayName = "ELU";
        a.group = Group::ReluFamily;
        a.parameters = {{"alpha", "α", 1.0, 0.0, 3.0, 0.01,
                         "Saturation for x < 0: y approaches −α as x goes to −∞.", {}}};
        a.formulaText = "elu(x) = x if x > 0, else α·(exp(x) − 1)";
        a.formulaHtml = "elu(<i>x</i>) = <i>x</i> if <i>x</i> &gt; 0, else "
                        "α·(e<sup><i>x</i></sup> − 1)";
        a.explanation =
            "The exponential linear unit bends smoothly to -α for negative inputs. Negative outputs pull "
            "the mean activation towards zero, and the gradient never vanishes completely, so units do "
            "not die. With α = 1 the curve is smooth at 0; it costs an exponential per element.";
        a.kinkNote = "At x = 0 PyTorch uses dy/dx = α (the left branch); with α = 1 both sides agree.";
        a.moduleTemplate = "torch.nn.ELU(alpha={alpha})";
        a.functionalTemplate = "F.elu(x, alpha={alpha})";
        return a;
    }
};

/// selu: y = k*(x > 0 ? x : a*expm1(x)); dy/dx = x > 0 ? k : k*a*exp(x);
/// dy/da = x > 0 ? 0 : k*expm1(x); dy/dk = x > 0 ? x : a*expm1(x).
struct Selu
{
    static constexpr std::size_t paramCount = 2;

    template <std::size_t Q, class T>
    static T eval(T x, const Params<T, paramCount> &p)
    {
        const T a = p[0];
        const T k = p[1];
        if constexpr (Q == 0) {
            const Product ka = exactProduct(k, a);
            return x > 0 ? k * x : scaledExpm1(x, ka.hi, ka.lo);
        } else if constexpr (Q == 1) {
            const Product ka = exactProduct(k, a);
            return x > 0 ? k : scaledExp(x, ka.hi, ka.lo);
        } else if constexpr (Q == 2) {
            return x > 0 ? T(0) : scaledExpm1(x, k, 0.0);
        } else {
            return x > 0 ? x : scaledExpm1(x, a, 0.0);
        }
    }

    static std::vector<double> kinks(std::span<const double> p)
    {
        return p[0] == 1.0 ? std::vector<double>{} : std::vector<double>{0.0};
    }

    static Activation describe()
    {
        Activation a;
        a.id = "selu";
        a.displayName = "SELU";
        a.group = Group::ReluFamily;
        a.parameters = {
            {"alpha", "α", 1.6732632423543772848170429916717, 0.0, 3.0, 0.001,
             "Negative saturation: for x → −∞, y → −λα. Fixed in PyTorch.", {}},
            {"scale", "λ", 1.0507009873554804934193349852946, 0.5, 2.0, 0.001,
             "Overall scale λ, slightly above 1. Fixed in PyTorch.", {}}};
        a.formulaText = "selu(x) = λ·(x if x > 0, else α·(exp(x) − 1))";
        a.formulaHtml = "selu(<i>x</i>) = λ·(<i>x</i> if <i>x</i> &gt; 0, else "
                        "α·(e<sup><i>x</i></sup> − 1))";
        a.explanation =
            "The scaled ELU makes networks self-normalising: with α ≈ 1.6733 and λ ≈ 1.0507, chosen by "
            "Klambauer et al. (2017), activations with mean 0 and variance 1 keep mean 0 and variance 1 "
            "layer after layer (with LeCun-normal weights). Other values break that fixed point, which "
            "is why PyTorch does not let you change them; here you can, to see what they do.";
        a.kinkNote = "At x = 0 PyTorch uses dy/dx = λα ≈ 1.7581 (the left branch); the right side has λ.";
        a.moduleTemplate = "torch.nn.SELU()";
        a.functionalTemplate = "F.selu(x)";
        return a;
    }
};

} // namespace rx::fn::inline RX_ISA_NS

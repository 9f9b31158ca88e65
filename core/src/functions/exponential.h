// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>
#include <type_traits>

#include "functions/common.h"
#include "functions/vectormath.h"
#include "functions/widemath.h"

namespace rx::fn::inline RX_ISA_NS {

/// elu: y = x > 0 ? x : a*expm1(x); dy/dx = x > 0 ? 1 : a*exp(x) (a at 0); dy/da = x > 0 ? 0 : expm1(x).
struct Elu
{
    static constexpr std::size_t paramCount = 1;

    // The exponential is computed for every lane before the select: written inside the select, GCC
    // evaluates it under a mask for x <= 0 only, and the masked-off lanes' leftovers take slow
    // (underflow) paths: ELU's y ran at 0.46 G elements/s with x > 0 in half the lanes, 0.97 without.
    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &p)
    {
        const T a = p[0];
        if constexpr (Q == 0) {
            const T e = scaledExpm1(x, a, 0.0);
            return x > 0 ? x : e;
        } else if constexpr (Q == 1) {
            const T e = scaledExp(x, a, 0.0);
            return x > 0 ? T(1) : e;
        } else {
            const T e = scaledExpm1(x, 1.0, 0.0);
            return x > 0 ? T(0) : e;
        }
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
        a.parameters = {{"alpha",
                         "α",
                         1.0,
                         0.0,
                         3.0,
                         0.01,
                         "Saturation for x < 0: y approaches −α as x goes to −∞.",
                         {}}};
        a.formulaText = "elu(x) = x if x > 0, else α·(exp(x) − 1)";
        a.formulaHtml = "elu(<i>x</i>) = <i>x</i> if <i>x</i> &gt; 0, else "
                        "α·(e<sup><i>x</i></sup> − 1)";
        a.formulaSpoken =
            "elu of x equals x if x is greater than 0, otherwise alpha times, e to the x, minus 1";
        a.explanation =
            "The exponential linear unit bends smoothly to -α for negative inputs. Negative outputs pull "
            "the mean activation towards zero, and the gradient never vanishes completely, so units do "
            "not die. With α = 1 the curve is smooth at 0; it costs an exponential per element.";
        a.kinkNote = "At x = 0 PyTorch uses dy/dx = α (the left branch); with α = 1 both sides agree.";
        a.moduleTemplate = "torch.nn.ELU(alpha={alpha})";
        a.functionalTemplate = "F.elu(x, alpha={alpha})";
        a.accuracy = Accuracy::withinUlp(1, 2);
        return a;
    }
};

/// selu: y = k*(x > 0 ? x : a*expm1(x)) (0 at +inf when k = 0); dy/dx = x > 0 ? k : k*a*exp(x);
/// dy/da = x > 0 ? 0 : k*expm1(x); dy/dk = x > 0 ? x : a*expm1(x).
struct Selu
{
    static constexpr std::size_t paramCount = 2;

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &p)
    {
        const T a = p[0];
        const T k = p[1];
        // Every lane's exponential first, as in ELU.
        if constexpr (Q == 0) {
            const Product ka = exactProduct(k, a);
            const T e = scaledExpm1(x, ka.hi, ka.lo);
            // k = 0 is the zero function for x > 0, so +inf gives its limit k, not 0·inf = NaN.
            return x > 0 ? (k == 0 ? k : k * x) : e;
        } else if constexpr (Q == 1) {
            const Product ka = exactProduct(k, a);
            const T e = scaledExp(x, ka.hi, ka.lo);
            return x > 0 ? k : e;
        } else if constexpr (Q == 2) {
            const T e = scaledExpm1(x, k, 0.0);
            return x > 0 ? T(0) : e;
        } else {
            const T e = scaledExpm1(x, a, 0.0);
            return x > 0 ? x : e;
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
        a.parameters = {{"alpha",
                         "α",
                         1.6732632423543772848170429916717,
                         0.0,
                         3.0,
                         0.001,
                         "Negative saturation: for x → −∞, y → −λα. Fixed in PyTorch.",
                         {}},
                        {"scale",
                         "λ",
                         1.0507009873554804934193349852946,
                         0.5,
                         2.0,
                         0.001,
                         "Overall scale λ, slightly above 1. Fixed in PyTorch.",
                         {}}};
        a.formulaText = "selu(x) = λ·(x if x > 0, else α·(exp(x) − 1))";
        a.formulaHtml = "selu(<i>x</i>) = λ·(<i>x</i> if <i>x</i> &gt; 0, else "
                        "α·(e<sup><i>x</i></sup> − 1))";
        a.formulaSpoken = "selu of x equals lambda times: x if x is greater than 0, otherwise alpha times, e "
                          "to the x, minus 1";
        a.explanation =
            "The scaled ELU makes networks self-normalising: with α ≈ 1.6733 and λ ≈ 1.0507, chosen by "
            "Klambauer et al. (2017), activations with mean 0 and variance 1 keep mean 0 and variance 1 "
            "layer after layer (with LeCun-normal weights). Other values break that fixed point, which "
            "is why PyTorch does not let you change them; here you can, to see what they do. The Signal "
            "view (View > Signal view) derives both constants and shows the variance settle at 1.";
        a.kinkNote = "At x = 0 PyTorch uses dy/dx = λα ≈ 1.7581 (the left branch); the right side has λ.";
        a.moduleTemplate = "torch.nn.SELU()";
        a.functionalTemplate = "F.selu(x)";
        // nn.SELU fixes both constants; other values are a scaled ELU.
        a.customModuleTemplate = "lambda x: {scale} * F.elu(x, alpha={alpha})";
        a.customFunctionalTemplate = "{scale} * F.elu(x, alpha={alpha})";
        a.accuracy = Accuracy::withinUlp(1, 2);
        return a;
    }
};

/// The coefficients (m + 1)/(m + 2)! of -(expm1(t) - t e^t)/t^2 = 1/2 + t/3 + t^2/8 + ...
template <class W> constexpr std::array<W, 24> expm1MinusTExpSeries()
{
    std::array<W, 24> c{};
    W factorial = 2;
    for (std::size_t m = 0; m < c.size(); ++m) {
        c[m] = W(m + 1) / factorial;
        factorial *= W(m + 3);
    }
    return c;
}

/// expm1(t) - t e^t, with e = e^t: its series for |t| <= 1, where the difference cancels (to -t^2/2).
template <class W> W expm1MinusTExp(W t, W e)
{
    if (std::fabs(t) <= 1) {
        constexpr std::array<W, 24> c = expm1MinusTExpSeries<W>();
        W sum = c.back();
        for (std::size_t m = c.size() - 1; m-- > 0;)
            sum = sum * t + c[m];
        return -(t * t) * sum;
    }
    return t < 0 ? std::expm1(t) - t * e : e * (1 - t) - 1;
}

/// celu: with t = x/a, y = x > 0 ? x : a*expm1(t); dy/dx = x > 0 ? 1 : e^t (1 at 0, no kink);
/// dy/da = x > 0 ? 0 : expm1(t) - t e^t. Computed in Wide<T> with t's rounding error carried along.
struct Celu
{
    static constexpr std::size_t paramCount = 1;

    /// Whether vectorEval computes quantity Q: y, dy/dx and dy/dα for α > 0 (t <= 0 for x <= 0).
    template <std::size_t Q, class T> static bool vectorFor(const Params<T, paramCount> &p)
    {
        return vectorPath<T>() && p[0] > 0;
    }

    /// y and dy/dx in double, as ELU's: float through the float-grade exponential of t = x/α (its
    /// rounding errors are far below a float's ulp); double through the double grade with t's rounding error
    /// carried along (x - tα is exact).
    template <std::size_t Q, class T> static T vectorEval(T x, const Params<T, paramCount> &p)
    {
        const double a = p[0];
        // float: x times 1/α (hoisted out of the loop) instead of a division per element; its error,
        // about 2^-52 relative in t, moves e^t by under 2e-13 relative for t >= -700.
        double t = sizeof(T) == 4 ? double(x) * (1 / a) : double(x) / a;
        double tLow = 0;
        fastmath::Reduced red;
        if constexpr (sizeof(T) == 4) {
            red = fastmath::reduceForFloat(fastmath::negativeClamped(t, 700.0));
        } else {
            const Pair<double> back = twoProduct(t, a);
            const double rest = ((double(x) - back.hi) - back.lo) / a;
            tLow = t > -800 ? rest : 0.0;
            red = fastmath::reduceForDouble(fastmath::clampDouble(t));
        }
        const double e = fastmath::expFrom(red);
        if constexpr (Q == 2)
            return x > 0 ? T(0) : static_cast<T>(alphaDerivative(t, tLow, red));
        if constexpr (Q == 0) {
            // float: tLow is 0 and e tLow adds nothing (x = 0, where expm1 is -0, is taken apart below).
            // double: expm1 as a pair, so that the product by α rounds once.
            double em1Lo = 0;
            const double em1 = fastmath::expm1PairFrom(red, em1Lo);
            const double y =
                sizeof(T) == 4 ? a * em1 : fastmath::mulAdd(a, em1, a * fastmath::mulAdd(e, tLow, em1Lo));
            // Where t is tiny (subnormal for a large α), y = x (1 + t/2 + ...) rounds to x.
            const double small = sizeof(T) == 4 ? 0.0 : 0x1p-60;
            const T near0 = x == 0 ? static_cast<T>(a * 0.0) : x;
            return x > 0 ? x : (std::fabs(t) < small || x == 0 ? near0 : static_cast<T>(y));
        } else {
            return x > 0 ? T(1) : static_cast<T>(fastmath::mulAdd(e, tLow, e));
        }
    }

    /// dy/dα = f(t) = expm1(t) - t e^t for t = tHi + tLow <= 0, e^tHi reduced in red: f(tHi) - tHi
    /// e^tHi tLow. For t >= -1/2, -t² S(t) with S's series (f cancels to -t²/2), its last step and the
    /// product as pairs; below, e^tHi ((1 - tHi) - tHi tLow) - 1, which cancels up to 10 times at
    /// t = -1/2, with e^tHi and the product as pairs. Both within 1 ulp in double; for float the
    /// float grade's 1e-9 stays under 2e-8 relative after the cancellation.
    [[gnu::always_inline]] static double alphaDerivative(double t, double tLow, const fastmath::Reduced &red)
    {
        // S's coefficients past the first; the series is truncated below 1e-19 relative.
        static constexpr std::array<double, 17> tail = [] {
            std::array<double, 17> c{};
            const auto all = expm1MinusTExpSeries<long double>();
            for (std::size_t m = 0; m < c.size(); ++m)
                c[m] = static_cast<double>(all[m + 1]);
            return c;
        }();
        const double q = horner(tail, t, std::make_index_sequence<tail.size() - 1>{});
        const Pair<double> tq = twoProduct(t, q);
        const Pair<double> sum = twoSum(0.5, tq.hi);
        const double sLo = sum.lo + tq.lo;
        const Pair<double> square = twoProduct(t, t);
        const double near0 =
            -fastmath::mulAdd(square.hi, sum.hi, fastmath::mulAdd(square.hi, sLo, square.lo * sum.hi)) -
            t * tLow; // e^t is 1 to the correction's precision here
        // Direct form, t < -1/2: e^tHi = (eHi + eLo) 2^k.
        const double twoK = red.twoK * red.twoKScale;
        const double eHi = (1 + red.em1R) * twoK; // exact: a power of two times a double
        const double eLo = ((((1 - (1 + red.em1R)) + red.em1R) + red.em1RLow) * twoK);
        const double tc = t > -800 ? t : -800; // e^tc is 0 here and f is -1
        const Pair<double> u = twoSum(1.0, -tc);
        const double uLo = u.lo - tc * tLow;
        const Pair<double> m = twoProduct(eHi, u.hi);
        const double mLo = m.lo + (eHi * uLo + eLo * u.hi);
        const Pair<double> f = twoSum(m.hi, -1.0);
        const double far = f.hi + (f.lo + mLo);
        return t >= -0.5 ? near0 : far;
    }

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &p)
    {
        if (x > 0)
            return Q == 0 ? x : Q == 1 ? T(1) : T(0);
        using W = Wide<T>;
        // Beyond the limit e^t is 0 or e^|t| overflows T, well inside W's range.
        constexpr W limit = std::is_same_v<W, double> ? 700 : 11000;
        const W a = p[0];
        W t = W(x) / a;
        W tLow = 0;
        if (std::fabs(t) < limit) {
            const Pair<W> back = twoProduct(t, a);
            tLow = ((W(x) - back.hi) - back.lo) / a; // the remainder x - t*a is exact
        } else {
            t = t < 0 ? -limit : limit;
        }
        const W e = std::exp(t);
        if constexpr (Q == 0)
            return x == 0 ? static_cast<T>(a * W(0)) // PyTorch's (exp(x/a) - 1)·a: the sign of a
                          : static_cast<T>(a * (std::expm1(t) + e * tLow));
        else if constexpr (Q == 1)
            return static_cast<T>(e + e * tLow);
        else
            return static_cast<T>(expm1MinusTExp(t, e) - t * e * tLow);
    }

    static std::vector<double> kinks(std::span<const double>) { return {}; }

    static std::string parameterProblem(std::span<const double> p, DType dtype)
    {
        if (p[0] == 0)
            return "celu: alpha must not be 0 (CELU divides x by it; PyTorch refuses 0 too)";
        if (dtype == DType::Float32 && static_cast<float>(p[0]) == 0)
            return "celu: alpha must not be so small that it is 0 in float32 (CELU divides x by it)";
        return {};
    }

    static Activation describe()
    {
        Activation a;
        a.id = "celu";
        a.displayName = "CELU";
        a.group = Group::ReluFamily;
        a.parameters = {{"alpha",
                         "α",
                         1.0,
                         0.1,
                         3.0,
                         0.01,
                         "Saturation for x < 0 (y approaches −α) and the scale of x in the exponential.",
                         {}}};
        a.formulaText = "celu(x) = x if x > 0, else α·(exp(x/α) − 1)";
        a.formulaHtml = "celu(<i>x</i>) = <i>x</i> if <i>x</i> &gt; 0, else "
                        "α·(e<sup><i>x</i>/α</sup> − 1)";
        a.formulaSpoken = "celu of x equals x if x is greater than 0, otherwise alpha times, e to the x over "
                          "alpha, minus 1";
        a.explanation =
            "The continuously differentiable ELU divides the input by α inside the exponential, so its "
            "slope at 0 is 1 from both sides for every α: no kink, where ELU has one unless α = 1. With "
            "α = 1 it is ELU. It keeps ELU's negative saturation at −α and its cost, an exponential per "
            "element; α must not be 0.";
        a.moduleTemplate = "torch.nn.CELU(alpha={alpha})";
        a.functionalTemplate = "F.celu(x, alpha={alpha})";
        a.accuracy = Accuracy::withinUlp(1, 2);
        return a;
    }
};

} // namespace rx::fn::inline RX_ISA_NS

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <algorithm>
#include <limits>
#include <string>

#include "functions/common.h"
#include "functions/vectormath.h"
#include "functions/widemath.h"
#include "reluexplorer/numbers.h"

namespace rx::fn::inline RX_ISA_NS {

/// silu: y = x σ(x); dy/dx = σ(x)(1 + x(1 - σ(x))). With e = e^-|x| both are ratios of positive terms
/// but for dy/dx's zero near -1.28.
struct Silu
{
    static constexpr std::size_t paramCount = 0;

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &p)
    {
        if constexpr (vectorPath<T>())
            return vectorEval<Q>(x);
        else
            return wideEval<Q>(x, p);
    }

    // In double: y = n/d with d = 1 + e carried as a pair; dy/dx = e s/d² (x <= 0, s = (1 + x) + e) or
    // (d + x e)/d², where s cancels up to 2.5 times outside the series: e is carried as a pair too, and
    // for x <= 0 the quotients are scaled by e's power of two last (one rounding where they are
    // subnormal, x < -708).
    template <std::size_t Q, class T> static T vectorEval(T x)
    {
        const auto &root = siluSeries;
        if constexpr (sizeof(T) == 4) {
            const auto [xd, xw, e] = clampedExpNegAbs(x); // |x| <= 700: the results are those of x
            const double d = 1 + e;
            if constexpr (Q == 0) {
                return static_cast<T>((xd > 0 ? xd : xw * e) / d);
            } else {
                const double n = xd > 0 ? d + xw * e : e * ((1 + xw) + e);
                const double r = n / (d * d);
                const auto &near = siluFloatSeries;
                return static_cast<T>(std::fabs(xw - near.root) <= near.radius ? seriesAtForFloat(near, xw)
                                                                               : r);
            }
        } else {
            const double xw = x < -1e5 ? -1e5 : (x > 1e5 ? 1e5 : double(x));
            const fastmath::ExpParts p = expNegAbsParts(x);
            const double e = (p.hi * p.scale) * p.scaleLow;
            const double d = 1 + e;
            const double eLo = (p.lo * p.scale) * p.scaleLow;
            const double dLo = ((1 - d) + e) + eLo;
            const bool positive = x > 0;
            const double scale = positive ? 1.0 : p.scale;
            const double scaleLow = positive ? 1.0 : p.scaleLow;
            if constexpr (Q == 0) {
                // x e0 / d, scaled: e = e0 * scale * scaleLow.
                const double ne = xw * p.hi;
                const double n = positive ? double(x) : ne;
                const double nLo = positive ? 0.0 : fastmath::mulAdd(xw, p.hi, -ne) + xw * p.lo;
                return (divideBounded(n, nLo, d, dLo) * scale) * scaleLow;
            } else {
                // x <= 0: e0 s / d² with s = (1 + x) + e, exact 1 + x for x >= -2. x > 0: all positive.
                const Pair<double> s0 = twoSum(1 + xw, e);
                const double sLo = s0.lo + eLo;
                const double nNeg = p.hi * s0.hi;
                const double nNegLo = fastmath::mulAdd(p.hi, s0.hi, -nNeg) + (p.hi * sLo + p.lo * s0.hi);
                const double xe = xw * e;
                const double nPos = d + xe;
                const double nPosLo = (((d - nPos) + xe) + dLo) + fastmath::mulAdd(xw, e, -xe) + xw * eLo;
                const double dd = d * d;
                const double ddLo = fastmath::mulAdd(d, d, -dd) + 2 * d * dLo;
                const double n = positive ? nPos : nNeg;
                const double nLo = positive ? nPosLo : nNegLo;
                const double q = divideBounded(n, nLo, dd, ddLo);
                const double r = (q * scale) * scaleLow;
                return std::fabs(xw - root.root) <= root.radius
                           ? seriesPairAt<siluSeries, smooth::siluRootCoefficients>(xw)
                           : r;
            }
        }
    }

    template <std::size_t Q, class T> static T wideEval(T x, const Params<T, paramCount> &)
    {
        using W = Wide<T>;
        constexpr W limit = 1e5; // e^-limit is 0 in W
        const W xw = std::clamp(W(x), -limit, limit);
        if constexpr (Q == 1)
            if (nearRoot(smooth::siluRoot, xw))
                return static_cast<T>(rootSeries(smooth::siluRoot, xw));
        const W e = std::exp(-std::fabs(xw));
        const W d = 1 + e;
        if constexpr (Q == 0)
            return static_cast<T>((x > 0 ? W(x) : xw * e) / d);
        else
            return static_cast<T>((x > 0 ? d + xw * e : e * ((1 + xw) + e)) / (d * d));
    }

    static std::vector<double> kinks(std::span<const double>) { return {}; }

    static Activation describe()
    {
        Activation a;
        a.id = "silu";
        a.displayName = "SiLU";
        a.group = Group::SmoothRelatives;
        a.formulaText = "silu(x) = x·σ(x) = x/(1 + exp(−x))";
        a.formulaHtml = "silu(<i>x</i>) = <i>x</i>·σ(<i>x</i>) = <i>x</i>/(1 + e<sup>−<i>x</i></sup>)";
        a.formulaSpoken = "silu of x equals x times sigma of x, which is x over, 1 plus e to the minus x";
        a.explanation =
            "The sigmoid linear unit, also called swish, multiplies the input by its own sigmoid: a "
            "smooth ReLU with a small negative dip (minimum about −0.28 at x ≈ −1.28) that lets some "
            "negative signal and gradient through. EfficientNet and many vision and language models use "
            "it. It costs an exponential, and its output is not bounded above.";
        a.moduleTemplate = "torch.nn.SiLU()";
        a.functionalTemplate = "F.silu(x)";
        a.accuracy = Accuracy::withinUlp(1, 2);
        return a;
    }
};

/// mish: y = x tanh(softplus(x)); dy/dx = tanh(sp) + x (1 - tanh²(sp)) σ(x). For x <= 0 with e = e^x,
/// n = e(e + 2): tanh(sp) = n/(n + 2), (1 - tanh²) σ = 4e(1 + e)/(n + 2)². For x > 0 with e = e^-x,
/// w = (e/(1 + e))²: tanh(sp) = (1 - w)/(1 + w), (1 - tanh²) σ = 4w/((1 + w)²(1 + e)).
struct Mish
{
    static constexpr std::size_t paramCount = 0;

    /// Whether vectorEval computes quantity Q: all, where the vectorised paths are.
    template <std::size_t Q, class T> static bool vectorFor(const Params<T, paramCount> &)
    {
        return vectorPath<T>();
    }

    /// float32 in double, the same forms with e from the float grade (1e-9 relative): every term is
    /// positive but tanh(sp) + x (1 - tanh²) σ for x < 0, taken from the series where it cancels.
    template <std::size_t Q, class T>
    [[gnu::always_inline]] static T vectorEval(T x, const Params<T, paramCount> &)
    {
        if constexpr (sizeof(T) == 4) {
            const auto [xd, xw, e] = clampedExpNegAbs(x); // |x| <= 700: the results are those of x
            const double r = e / (1 + e);
            const double w = r * r;
            const double n = e * (e + 2);
            const bool positive = xd > 0;
            const double tanhSp = positive ? (1 - w) / (1 + w) : n / (n + 2);
            if constexpr (Q == 0) {
                return static_cast<T>((positive ? xd : xw) * tanhSp);
            } else {
                const double slope =
                    positive ? 4 * w / ((1 + w) * (1 + w) * (1 + e)) : 4 * e * (1 + e) / ((n + 2) * (n + 2));
                const auto &root = mishSeries;
                const double d = tanhSp + xw * slope;
                // At -inf the limit, +0, as the scalar path gives (e^-|x| is never quite 0 here).
                const double limit = xd == -std::numeric_limits<double>::infinity() ? 0.0 : d;
                return static_cast<T>(std::fabs(xw - root.root) <= root.radius ? seriesAtForFloat(root, xw)
                                                                               : limit);
            }
        } else {
            return vectorEvalDouble<Q>(x);
        }
    }

    /// float64 in double, with e = e^-|x| and every sum and product carried as pairs. x > 0: tanh(sp) =
    /// N/D with N = 1 + 2e, D = N + 2e², and dy/dx = (N D + 4x e²(1 + e))/D², all positive. x <= 0:
    /// with n = e(e + 2), y = x n/(n + 2) and dy/dx = e((e + 2)(n + 2) + 4x(1 + e))/(n + 2)², which
    /// cancels only about the series; there e's power of two scales the quotients last, as SiLU's.
    template <std::size_t Q> [[gnu::always_inline]] static double vectorEvalDouble(double x)
    {
        const double xw = x < -1e5 ? -1e5 : (x > 1e5 ? 1e5 : x);
        const fastmath::ExpParts p = expNegAbsParts(x);
        const Pair<double> e{(p.hi * p.scale) * p.scaleLow, (p.lo * p.scale) * p.scaleLow};
        const Pair<double> e0{p.hi, p.lo};
        const Pair<double> onePlusE = add({1.0, 0.0}, e);
        const Pair<double> twoPlusE = add({2.0, 0.0}, e);
        const Pair<double> xPair{xw, 0.0};
        // x > 0
        const Pair<double> n1 = add({1.0, 0.0}, {2 * e.hi, 2 * e.lo});
        const Pair<double> e2 = mul(e, e);
        const Pair<double> d1 = add(n1, {2 * e2.hi, 2 * e2.lo});
        // x <= 0: n = e0 (e + 2) scaled
        const Pair<double> n0 = mul(e0, twoPlusE);
        const Pair<double> n{(n0.hi * p.scale) * p.scaleLow, (n0.lo * p.scale) * p.scaleLow};
        const Pair<double> n2 = add(n, {2.0, 0.0});
        const bool positive = x > 0;
        const double scale = positive ? 1.0 : p.scale;
        const double scaleLow = positive ? 1.0 : p.scaleLow;
        if constexpr (Q == 0) {
            const Pair<double> num = mul(xPair, positive ? n1 : n0);
            const Pair<double> den = positive ? d1 : n2;
            const double r = (divideBounded(num.hi, num.lo, den.hi, den.lo) * scale) * scaleLow;
            return x > 40 ? x : r;
        } else {
            const Pair<double> four{4 * xw, 0.0};
            const Pair<double> numPos = add(mul(n1, d1), mul(mul(four, e2), onePlusE));
            const Pair<double> bracket = add(mul(twoPlusE, n2), mul(four, onePlusE));
            const Pair<double> numNeg = mul(e0, bracket);
            const Pair<double> num = positive ? numPos : numNeg;
            const Pair<double> den = positive ? mul(d1, d1) : mul(n2, n2);
            const double r = (divideBounded(num.hi, num.lo, den.hi, den.lo) * scale) * scaleLow;
            const auto &root = mishSeries;
            const double series = seriesPairAt<mishSeries, smooth::mishRootCoefficients>(xw);
            const double limit = x == -std::numeric_limits<double>::infinity() ? 0.0 : r; // as for float32
            return x > 40 ? 1.0 : (std::fabs(xw - root.root) <= root.radius ? series : limit);
        }
    }

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &)
    {
        using W = Wide<T>;
        constexpr W limit = 1e5;
        const W xw = std::clamp(W(x), -limit, limit);
        if constexpr (Q == 1)
            if (nearRoot(smooth::mishRoot, xw))
                return static_cast<T>(rootSeries(smooth::mishRoot, xw));
        const W e = std::exp(-std::fabs(xw));
        W tanhSp;
        W slope;
        if (x > 0) {
            const W r = e / (1 + e);
            const W w = r * r;
            tanhSp = (1 - w) / (1 + w);
            slope = 4 * w / ((1 + w) * (1 + w) * (1 + e));
        } else {
            const W n = e * (e + 2);
            tanhSp = n / (n + 2);
            slope = 4 * e * (1 + e) / ((n + 2) * (n + 2));
        }
        if constexpr (Q == 0)
            return static_cast<T>((x > 0 ? W(x) : xw) * tanhSp);
        else
            return static_cast<T>(tanhSp + xw * slope);
    }

    static std::vector<double> kinks(std::span<const double>) { return {}; }

    static Activation describe()
    {
        Activation a;
        a.id = "mish";
        a.displayName = "Mish";
        a.group = Group::SmoothRelatives;
        a.formulaText = "mish(x) = x·tanh(softplus(x)) = x·tanh(ln(1 + exp(x)))";
        a.formulaHtml = "mish(<i>x</i>) = <i>x</i>·tanh(softplus(<i>x</i>)) = "
                        "<i>x</i>·tanh(ln(1 + e<sup><i>x</i></sup>))";
        a.formulaSpoken = "mish of x equals x times tanh of softplus of x, which is x times tanh of the "
                          "natural log of, 1 plus e to the x";
        a.explanation =
            "Mish (Misra, 2019) is a self-gated smooth ReLU like SiLU, with a slightly deeper, wider "
            "negative dip (minimum about −0.31 near x = −1.19) and a smoother gradient; YOLOv4 uses it. "
            "It costs an exponential, a logarithm and a tanh per element, more than SiLU or GELU.";
        a.moduleTemplate = "torch.nn.Mish()";
        a.functionalTemplate = "F.mish(x)";
        a.accuracy = Accuracy::withinUlp(1, 2);
        return a;
    }
};

/// softplus: with z = βx, linear (y = x, dy/dx = 1, dy/dβ = 0) when z > threshold (strict, on the exact
/// product); else y = log(1 + e^z)/β, dy/dx = σ(z), dy/dβ = (z σ(z) - log(1 + e^z))/β². dy/dthreshold
/// is 0: y does not depend on it but for the jump at z = threshold.
struct Softplus
{
    static constexpr std::size_t paramCount = 2;

    /// Whether vectorEval computes quantity Q: y, dy/dx and dy/dβ; in float64 y only for |β| >= 2^-60
    /// and dy/dβ for |β| >= 2^-20, so that e^-|z|/β and |z| e^-|z|/β² are 0 where |z| is beyond the
    /// clamp at 800.
    template <std::size_t Q, class T> static bool vectorFor(const Params<T, paramCount> &p)
    {
        const double beta = std::fabs(double(p[0]));
        return vectorPath<T>() && (Q == 1 || (Q == 0 && (sizeof(T) == 4 || beta >= 0x1p-60)) ||
                                   (Q == 2 && (sizeof(T) == 4 || beta >= 0x1p-20)));
    }

    /// In double with z = βx: exact for float input; for double input z's low part corrects e^-|z|, and
    /// σ(z) is a quotient of pairs scaled by e's power of two last, as SiLU's.
    template <std::size_t Q, class T>
    [[gnu::always_inline]] static T vectorEval(T x, const Params<T, paramCount> &p)
    {
        const double beta = p[0];
        const double threshold = p[1];
        const double zHi = beta * double(x);
        // Beyond |z| = 800 e^-|z| is 0 and zLo is not needed (nor small).
        const double zLo =
            sizeof(T) == 4 || !(std::fabs(zHi) < 800) ? 0.0 : fastmath::mulAdd(beta, double(x), -zHi);
        // z > threshold on the exact product; written as one comparison, which GCC vectorises (the
        // two joined by | kept the float64 loop scalar).
        const double side = zHi == threshold ? zLo : zHi - threshold;
        const bool linear = side > 0;
        const bool positive = zHi > 0;
        if constexpr (sizeof(T) == 4) {
            const double e = fastmath::expFrom(fastmath::reduceForFloat(-fastmath::absClamped(zHi, 700.0)));
            if constexpr (Q == 0) {
                const double l = log1pForFloat(e);
                return linear ? x : static_cast<T>((positive ? zHi + l : l) / beta);
            } else if constexpr (Q == 2) {
                // -(|z| e/(1 + e) + log1p(e))/β², β² exact; |z| = inf has e = 0 and no first term.
                const double absZ = std::fabs(zHi) < 0x1p1023 ? std::fabs(zHi) : 0.0;
                const double r = -(absZ * e / (1 + e) + log1pForFloat(e)) / (beta * beta);
                return linear ? T(0) : static_cast<T>(r);
            } else {
                return linear ? T(1) : static_cast<T>((positive ? 1.0 : e) / (1 + e));
            }
        } else {
            // e^-|z| = e^-|zHi| (1 -+ zLo), to first order.
            const fastmath::ExpParts ep = fastmath::expPartsForDouble(positive ? -zHi : zHi);
            const double e0Lo = ep.lo - ep.hi * (positive ? zLo : -zLo);
            const double e = (ep.hi * ep.scale) * ep.scaleLow;
            const double eLo = (e0Lo * ep.scale) * ep.scaleLow;
            if constexpr (Q == 0) {
                // (z + log1p(e))/β or log1p(e)/β with log1p(e) a pair, one rounding in the division;
                // below z = -700 log1p(e) = e, divided before e's scaling (one rounding if subnormal).
                const Pair<double> l = log1pPair(e, eLo);
                const Pair<double> sum = twoSum(zHi, l.hi);
                const bool deep = zHi < -700;
                const double n = positive ? sum.hi : (deep ? ep.hi : l.hi);
                const double nLo = positive ? sum.lo + (zLo + l.lo) : (deep ? e0Lo : l.lo);
                const double q = divide(n, nLo, beta, 0.0);
                const double r = deep ? (q * ep.scale) * ep.scaleLow : q;
                return linear ? x : (zHi > 0x1.fffffffffffffp1023 ? zHi / beta : r);
            } else if constexpr (Q == 2) {
                // -(|z| e/(1 + e) + log1p(e))/β² from pairs, one rounding in the last division. Beyond
                // |z| = 700, -(|z| + 1) e/β² (e/(1 + e) and log1p(e) are e there) divided before e's
                // scaling; beyond 800, where e is clamped, 0 (vectorFor bounds β).
                const Pair<double> absZ = positive ? Pair<double>{zHi, zLo} : Pair<double>{-zHi, -zLo};
                const Pair<double> ePair{e, eLo};
                const Pair<double> l = log1pPair(e, eLo);
                const Pair<double> onePlusE = add({1.0, 0.0}, ePair);
                const Pair<double> ze = mul(absZ, ePair);
                const Pair<double> first = divideToPair(ze.hi, ze.lo, onePlusE.hi, onePlusE.lo);
                const bool deep = std::fabs(zHi) > 700;
                const Pair<double> near = add(first, l);
                const Pair<double> far = mul(add(absZ, {1.0, 0.0}), {ep.hi, e0Lo});
                const Pair<double> n = deep ? far : near;
                const Pair<double> b2 = mul({beta, 0.0}, {beta, 0.0});
                const double q = -divide(n.hi, n.lo, b2.hi, b2.lo);
                const double r = deep ? (q * ep.scale) * ep.scaleLow : q;
                return linear ? 0.0 : (std::fabs(zHi) > 800 ? -0.0 : r);
            }
            const double d = 1 + e;
            const double dLo = ((1 - d) + e) + eLo;
            const double n = positive ? 1.0 : ep.hi;
            const double nLo = positive ? 0.0 : e0Lo;
            const double q = divideBounded(n, nLo, d, dLo);
            return linear ? T(1) : (positive ? q : (q * ep.scale) * ep.scaleLow);
        }
    }

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &p)
    {
        using W = Wide<T>;
        const W beta = p[0];
        const W threshold = p[1];
        Pair<W> z = twoProduct(beta, W(x)); // exact
        if (std::isinf(z.hi))
            z.lo = 0;
        if (z.hi > threshold || (z.hi == threshold && z.lo > 0))
            return Q == 0 ? x : Q == 1 ? T(1) : T(0);
        if constexpr (Q == 3)
            return T(0);
        // e = e^-|z|, with z's low part: the relative error of e^z is |z| times z's.
        const W e = expMinusAbs(z.hi, z.lo);
        const W log1pE = std::log1p(e);
        if constexpr (Q == 0) {
            return static_cast<T>((z.hi > 0 ? z.hi + (z.lo + log1pE) : log1pE) / beta);
        } else if constexpr (Q == 1) {
            return static_cast<T>((z.hi > 0 ? 1 : e) / (1 + e));
        } else {
            // z σ(z) - log(1 + e^z) = -(|z| e/(1 + e) + log1p(e)) for either sign of z: no cancellation.
            const W absZ = std::isinf(z.hi) ? 0 : (z.hi > 0 ? z.hi + z.lo : -(z.hi + z.lo));
            return static_cast<T>(-(absZ * e / (1 + e) + log1pE) / (beta * beta));
        }
    }

    static std::vector<double> kinks(std::span<const double> p)
    {
        const double x = p[1] / p[0];
        return std::isfinite(x) ? std::vector<double>{x} : std::vector<double>{};
    }

    static std::string parameterProblem(std::span<const double> p, DType dtype)
    {
        if (p[0] == 0)
            return "softplus: beta must not be 0 (softplus divides by it)";
        if (dtype == DType::Float32 && static_cast<float>(p[0]) == 0)
            return "softplus: beta must not be so small that it is 0 in float32 (softplus divides by it)";
        return {};
    }

    static Activation describe()
    {
        Activation a;
        a.id = "softplus";
        a.displayName = "Softplus";
        a.group = Group::SmoothRelatives;
        a.parameters = {{"beta",
                         "β",
                         1.0,
                         0.1,
                         10.0,
                         0.1,
                         "Sharpness: larger β bends closer to ReLU; the curve is ln(1 + e^(βx))/β.",
                         {}},
                        {"threshold",
                         "t",
                         20.0,
                         0.0,
                         40.0,
                         0.5,
                         "Above βx = t PyTorch returns x itself, for numerical stability.",
                         {}}};
        a.formulaText = "softplus(x) = ln(1 + exp(β·x))/β, or x where β·x > t";
        a.formulaHtml = "softplus(<i>x</i>) = ln(1 + e<sup>β<i>x</i></sup>)/β, or <i>x</i> where "
                        "β<i>x</i> &gt; <i>t</i>";
        a.formulaSpoken = "softplus of x equals the natural log of, 1 plus e to the beta x, over beta; or x "
                          "where beta times x is greater than t";
        a.explanation =
            "Softplus is a smooth ReLU that is positive everywhere; its derivative is the sigmoid σ(βx). "
            "Larger β makes it sharper. It never outputs zero, so units cannot die, but it is not "
            "centred and costs an exponential and a logarithm. It is used where outputs must be "
            "positive, such as variances.";
        a.kinkNote = "Where β·x passes the threshold t PyTorch switches to y = x: y jumps by about "
                     "e^(−t)/β and dy/dx from σ(t) to 1. At β·x = t exactly the log branch applies.";
        a.moduleTemplate = "torch.nn.Softplus(beta={beta}, threshold={threshold})";
        a.functionalTemplate = "F.softplus(x, beta={beta}, threshold={threshold})";
        a.accuracy = Accuracy::withinUlp(1, 2);
        return a;
    }
};

} // namespace rx::fn::inline RX_ISA_NS

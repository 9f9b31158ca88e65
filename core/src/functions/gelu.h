// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <limits>
#include <utility>

#include "functions/common.h"
#include "functions/vectormath.h"
#include "functions/widemath.h"

namespace rx::fn::inline RX_ISA_NS {

/// gelu, approximate = 'none': y = x Φ(x), Φ(x) = erfc(-x/√2)/2; dy/dx = Φ(x) + x φ(x).
template <std::size_t Q, class T> T geluErf(T x)
{
    using W = Wide<T>;
    constexpr W limit = 200; // Φ(-200) and φ(±200) are 0, Φ(200) is 1, in W
    const W xw = std::clamp(W(x), -limit, limit);
    if constexpr (Q == 1)
        if (nearRoot(smooth::geluErfRoot, xw))
            return static_cast<T>(rootSeries(smooth::geluErfRoot, xw));
    // t = -x/√2 = tHi + tLow; erfc(tHi + tLow) = erfc(tHi) - (2/√π) e^(-tHi²) tLow, without which
    // the tail's relative error would be 2t² times t's.
    const Pair<W> s = constant<W>(smooth::invSqrt2);
    const Pair<W> t = twoProduct(-xw, s.hi);
    const W tLow = t.lo - xw * s.lo;
    const W tail = constant<W>(smooth::twoOverSqrtPi).hi * std::exp(-t.hi * t.hi) * tLow;
    const W cdf = (std::erfc(t.hi) - tail) / 2;
    if constexpr (Q == 0)
        return static_cast<T>((x > 0 ? W(x) : xw) * cdf);
    // φ(x) = e^(-x²/2)/√(2π) with x² = hi + lo exactly.
    const Pair<W> square = twoProduct(xw, xw);
    const W density = std::exp(-square.hi / 2) * (1 - square.lo / 2) * constant<W>(smooth::invSqrt2Pi).hi;
    return static_cast<T>(cdf + xw * density);
}

/// gelu, approximate = 'none', float32 in double, vectorised: with a = |x| and e = e^(-x²/2) (x² exact),
/// Φ(-a) = e M(y), M the polynomial of smoothconstants.h in y = (a - 4)/(a + 4) (error below 2e-11
/// relative for a <= 15, where the float results that depend on it end), Φ(a) = 1 - Φ(-a); dy/dx =
/// Φ(x) + x e/√(2π). With e's 1e-9 the results are within 2e-9 relative but where dy/dx cancels, at
/// most 11 times outside the series about its zero (and e is common to both terms).
template <std::size_t Q> [[gnu::always_inline]] inline float geluErfFloat(float x)
{
    const double xd = x;
    const double a = fastmath::absClamped(xd, 200.0); // e^(-x²/2) is 0 beyond 38.6
    const double xw = std::copysign(a, xd);
    const double halfSquare = -0.5 * (a * a);
    const double clamped = -fastmath::absClamped(halfSquare, 700.0);
    const double eClamped = fastmath::expFrom(fastmath::reduceForFloat(clamped));
    const double e = halfSquare > -700 ? eClamped : 0.0;
    // Beyond a = 15 M is held at M(15) > 0: e M is then far below half a float's ulp of 1 and of 0.
    const double y = (a - smooth::geluTailCentre) / (a + smooth::geluTailCentre);
    const double m = fastmath::estrin(geluTail, y < smooth::geluTailEnd ? y : smooth::geluTailEnd);
    const double lower = e * m; // Φ(-a)
    const double cdf = xw > 0 ? 1 - lower : lower;
    if constexpr (Q == 0) {
        return static_cast<float>((xd > 0 ? xd : xw) * cdf);
    } else {
        constexpr auto invSqrt2Pi = static_cast<double>(smooth::invSqrt2Pi.hi);
        const double r1 = cdf + xw * e * invSqrt2Pi;
        const auto &root = geluErfFloatSeries;
        return static_cast<float>(__builtin_fabs(xw - root.root) <= root.radius ? seriesAtForFloat(root, xw)
                                                                                : r1);
    }
}

/// Mills' ratio M(a) = e^(a²/2) Φ(-a) for a in [0, 40) as hi + lo, within about 2^-59 relative: the
/// piece of smoothconstants.h that holds a, its Horner steps in double but the last geluMillsPairs,
/// which carry their rounding (and the coefficients' own) as pairs.
template <std::size_t... J>
[[gnu::always_inline]] inline Pair<double> geluMills(double a, std::index_sequence<J...>)
{
    constexpr int width = std::size(smooth::geluMillsCoefficients[0]);
    constexpr int pairs = smooth::geluMillsPairs;
    const double piece = __builtin_trunc(a * (1 / smooth::geluMillsStep));
    // k = piece from the bits of piece + 1.5 * 2^52 (AVX2 has no conversion to 64 bits, which GCC's
    // gathers need)
    constexpr double shifter = 0x1.8p52;
    const std::int64_t k =
        std::bit_cast<std::int64_t>(piece + shifter) - std::bit_cast<std::int64_t>(shifter);
    // t = a - centre is exact: the first piece's centre is 0, the others' are multiples of ulp(a).
    const double t = a - (piece == 0 ? 0.0 : (piece + 0.5) * smooth::geluMillsStep);
    const auto &c = smooth::geluMillsCoefficients; // indexed as c[k][j], which GCC gathers
    double q = c[k][width - 1];
    ((q = fastmath::mulAdd(q, t, c[k][width - 2 - int(J)])), ...);
    Pair<double> m{q, 0.0};
    for (int j = pairs - 1; j >= 0; --j) {
        Pair<double> p = twoProduct(m.hi, t);
        p.lo = fastmath::mulAdd(m.lo, t, p.lo);
        m = twoSum(c[k][2 * j], p.hi);
        m.lo += p.lo + c[k][2 * j + 1];
    }
    return m;
}

/// gelu, approximate = 'none', float64, vectorised (with fast fused multiply-add): a = min(|x|, 39.875),
/// Φ(-a) = e M(a), e = e^(-a²/2) from the double-grade exponential of -hi/2 (a² = hi + lo exactly) as
/// a pair times 1 - lo/2, M from geluMills. y = x e M (x <= 0) or x (1 - e M); dy/dx = e (M - a/√(2π))
/// (x <= 0) or 1 - e (M - a/√(2π)), all as pairs: the difference cancels up to 11 times outside the
/// series about dy/dx's zero. For x <= 0, e's power of two scales the result last, so that a
/// subnormal result is rounded once.
template <std::size_t Q> [[gnu::always_inline]] inline double geluErfDouble(double x)
{
    // a = min(|x|, end), and end for NaN (the loop returns it): e^(-a²/2) is 0 beyond 38.6. The minimum
    // of the bits is not a branch; a select here would let GCC fold the table's loads for a = end and
    // make the others masked loads, which it does not gather.
    constexpr double end = smooth::geluMillsPieces * smooth::geluMillsStep - smooth::geluMillsStep / 2;
    const std::int64_t absBits = std::bit_cast<std::int64_t>(x) & ~(std::int64_t(1) << 63);
    const std::int64_t endBits = std::bit_cast<std::int64_t>(end);
    const double a = std::bit_cast<double>(absBits < endBits ? absBits : endBits);
    const bool positive = x > 0;
    const Pair<double> square = twoProduct(a, a);
    const fastmath::ExpParts p = fastmath::expPartsForDouble(-0.5 * square.hi);
    const Pair<double> e{p.hi, fastmath::mulAdd(-p.hi, 0.5 * square.lo, p.lo)};
    constexpr std::size_t width = std::size(smooth::geluMillsCoefficients[0]);
    const Pair<double> m = geluMills(a, std::make_index_sequence<width - 2 * smooth::geluMillsPairs - 1>{});
    if constexpr (Q == 0) {
        const Pair<double> lower = mul(e, m); // Φ(-a) unscaled
        const Pair<double> yNeg = mul({-a, 0.0}, lower);
        const double rNeg = ((yNeg.hi + yNeg.lo) * p.scale) * p.scaleLow;
        Pair<double> cdf = twoSum(1.0, -((lower.hi * p.scale) * p.scaleLow));
        cdf.lo -= (lower.lo * p.scale) * p.scaleLow;
        const Pair<double> yPos = mul({a, 0.0}, cdf);
        const double r = positive ? yPos.hi + yPos.lo : rNeg;
        // y has x's sign, a zero too (the pairs' hi + lo gives +0); Φ(39) rounds to 1.
        return x > 39 ? x : __builtin_copysign(r, x);
    } else {
        const Pair<double> c = constant<double>(smooth::invSqrt2Pi);
        Pair<double> ac = twoProduct(a, c.hi);
        ac.lo = fastmath::mulAdd(a, c.lo, ac.lo);
        Pair<double> d = twoSum(m.hi, -ac.hi); // M - a/√(2π)
        d.lo += m.lo - ac.lo;
        const Pair<double> ed = mul(e, d);
        const double rNeg = ((ed.hi + ed.lo) * p.scale) * p.scaleLow;
        Pair<double> dPos = twoSum(1.0, -((ed.hi * p.scale) * p.scaleLow));
        dPos.lo -= (ed.lo * p.scale) * p.scaleLow;
        const double r = positive ? dPos.hi + dPos.lo : rNeg;
        const double limit = x == -std::numeric_limits<double>::infinity() ? 0.0 : r;
        const auto &root = geluErfSeries;
        return __builtin_fabs(x - root.root) <= root.radius
                   ? seriesPairAt<geluErfSeries, smooth::geluErfRootCoefficients>(x)
                   : limit;
    }
}

/// gelu, approximate = 'tanh': y = x σ(v), σ(v) = (1 + tanh(v/2))/2, v = 2√(2/π)(x + 0.044715 x³);
/// dy/dx = σ(v) + x σ(v)(1 - σ(v)) v'.
template <std::size_t Q, class T> T geluTanh(T x)
{
    using W = Wide<T>;
    constexpr W limit = 100; // e^(-|v|) is 0 in W beyond it
    const W xw = std::clamp(W(x), -limit, limit);
    if constexpr (Q == 1)
        if (nearRoot(smooth::geluTanhRoot, xw))
            return static_cast<T>(rootSeries(smooth::geluTanhRoot, xw));
    // v = vHi + vLow to about twice W's precision: e^v's relative error is |v| times v's.
    const Pair<W> k = constant<W>(smooth::geluTanhCubic);
    const Pair<W> c = constant<W>(smooth::geluTanhScale);
    const Pair<W> square = twoProduct(xw, xw);
    Pair<W> cube = twoProduct(square.hi, xw);
    cube.lo += square.lo * xw;
    Pair<W> cubic = twoProduct(k.hi, cube.hi);
    cubic.lo += k.hi * cube.lo + k.lo * cube.hi;
    Pair<W> inner = twoSum(xw, cubic.hi);
    inner.lo += cubic.lo;
    Pair<W> v = twoProduct(c.hi, inner.hi);
    v.lo += c.hi * inner.lo + c.lo * inner.hi;
    const W e = expMinusAbs(v.hi, v.lo);
    const W sigma = (v.hi > 0 ? 1 : e) / (1 + e);
    if constexpr (Q == 0)
        return static_cast<T>((x > 0 ? W(x) : xw) * sigma);
    const W complement = (v.hi > 0 ? e : 1) / (1 + e);
    const W slope = c.hi * (1 + 3 * k.hi * square.hi);
    return static_cast<T>(sigma + xw * sigma * complement * slope);
}

inline constexpr auto geluTanhSeries =
    doubleSeries<std::size(smooth::geluTanhRootCoefficients)>(smooth::geluTanhRoot);

/// gelu, approximate = 'tanh', vectorised, in double for both dtypes: v = c (x + k x³) as a pair, e =
/// e^-|v|, d = 1 + e. y = x/d (x > 0) or x e/d; dy/dx = (d + e x v')/d² (x > 0) or e ((1 + x v') + e)/d²,
/// x v' = c (x + 3k x³), which cancels only about the series. float32 takes e from the float grade (v's
/// rounding, |v| 2^-53, is far below a float's ulp where e matters); float64 carries every sum and
/// product as pairs, e^-|v| corrected by v's low part, and scales by e's power of two last for x <= 0.
template <std::size_t Q, class T> [[gnu::always_inline]] inline T geluTanhVector(T x)
{
    constexpr double limit = 100; // e^-|v| is 0 beyond it
    const double xd = x;
    // float: clamped on the bits (fastmath::absClamped), which keeps GCC's masks out of the loop
    const double xw = sizeof(T) == 4 ? std::copysign(fastmath::absClamped(xd, limit), xd)
                                     : (x < -limit ? -limit : (x > limit ? limit : xd));
    constexpr Pair<double> k = constant<double>(smooth::geluTanhCubic);
    constexpr Pair<double> c = constant<double>(smooth::geluTanhScale);
    const Pair<double> square = twoProduct(xw, xw);
    Pair<double> cube = twoProduct(square.hi, xw);
    cube.lo = fastmath::mulAdd(square.lo, xw, cube.lo);
    Pair<double> cubic = twoProduct(k.hi, cube.hi); // k x³
    cubic.lo += k.hi * cube.lo + k.lo * cube.hi;
    const Pair<double> v = mul(c, add({xw, 0.0}, cubic));
    const bool positive = xd > 0;
    const auto &root = geluTanhSeries;
    const bool near = __builtin_fabs(xw - root.root) <= root.radius;
    if constexpr (sizeof(T) == 4) {
        const double e = fastmath::expFrom(fastmath::reduceForFloat(-fastmath::absClamped(v.hi, 700.0)));
        const double d = 1 + e;
        if constexpr (Q == 0) {
            return static_cast<float>((positive ? xd : xw * e) / d);
        } else {
            const double xSlope = c.hi * (xw + 3 * cubic.hi);
            const double n = positive ? d + xSlope * e : e * ((1 + xSlope) + e);
            const double r = xd == -std::numeric_limits<double>::infinity() ? 0.0 : n / (d * d);
            return static_cast<float>(near ? seriesAtForFloat(root, xw) : r);
        }
    } else {
        const fastmath::ExpParts p = fastmath::expPartsForDouble(-__builtin_fabs(v.hi));
        // e^-(|v.hi| + |v|'s low part) = e^-|v.hi| (1 - low part)
        const Pair<double> e0{p.hi, fastmath::mulAdd(-p.hi, positive ? v.lo : -v.lo, p.lo)};
        const Pair<double> e{(e0.hi * p.scale) * p.scaleLow, (e0.lo * p.scale) * p.scaleLow};
        const Pair<double> d = add({1.0, 0.0}, e);
        const double scale = positive ? 1.0 : p.scale;
        const double scaleLow = positive ? 1.0 : p.scaleLow;
        if constexpr (Q == 0) {
            const Pair<double> n = positive ? Pair<double>{xw, 0.0} : mul({xw, 0.0}, e0);
            const double r = (divide(n.hi, n.lo, d.hi, d.lo) * scale) * scaleLow;
            return x > 50 ? x : r;
        } else {
            Pair<double> three = twoProduct(3.0, cubic.hi);
            three.lo = fastmath::mulAdd(3.0, cubic.lo, three.lo);
            const Pair<double> xSlope = mul(c, add({xw, 0.0}, three)); // x v'
            const Pair<double> nPos = add(d, mul(e, xSlope));
            const Pair<double> nNeg = mul(e0, add(add({1.0, 0.0}, xSlope), e));
            const Pair<double> n = positive ? nPos : nNeg;
            const Pair<double> dd = mul(d, d);
            const double r = (divide(n.hi, n.lo, dd.hi, dd.lo) * scale) * scaleLow;
            const double limit2 = x == -std::numeric_limits<double>::infinity() ? 0.0 : r;
            return x > 50
                       ? 1.0
                       : (near ? seriesPairAt<geluTanhSeries, smooth::geluTanhRootCoefficients>(xw) : limit2);
        }
    }
}

/// gelu(approximate): the Gaussian error linear unit, exactly (erf) or in its tanh form.
struct Gelu
{
    static constexpr std::size_t paramCount = 1;
    static constexpr std::size_t derivativeCount = 0; // approximate is a choice

    /// Whether vectorEvalForm computes quantity Q: y and dy/dx, in float64 where the vectorised paths are.
    template <std::size_t Q, class T> static bool vectorFor(const Params<T, paramCount> &)
    {
        return vectorPath<T>() && Q <= 1;
    }

    /// The vectorised form: 0 exact, 1 tanh.
    template <std::size_t Q, class T> static int vectorForm(const Params<T, paramCount> &p)
    {
        return p[0] == 0 ? 0 : 1;
    }

    template <std::size_t Q, int Form, class T>
    [[gnu::always_inline]] static T vectorEvalForm(T x, const Params<T, paramCount> &p)
    {
        if constexpr (vectorPath<T>() && Q <= 1) {
            if constexpr (Form == 1)
                return geluTanhVector<Q>(x);
            else if constexpr (sizeof(T) == 4)
                return geluErfFloat<Q>(x);
            else
                return geluErfDouble<Q>(x);
        } else {
            return eval<Q>(x, p);
        }
    }

    template <std::size_t Q, class T> static T eval(T x, const Params<T, paramCount> &p)
    {
        return p[0] == 0 ? geluErf<Q>(x) : geluTanh<Q>(x);
    }

    static std::vector<double> kinks(std::span<const double>) { return {}; }

    static Activation describe()
    {
        Activation a;
        a.id = "gelu";
        a.displayName = "GELU";
        a.group = Group::SmoothRelatives;
        a.parameters = {{"approximate",
                         "Φ",
                         0,
                         0,
                         1,
                         1,
                         "How Φ is computed: 'none', exactly with erf; 'tanh', by the cheaper tanh "
                         "formula of the original paper, used in GPT-2 and BERT.",
                         {"none", "tanh"}}};
        a.formulaText = "gelu(x) = x·Φ(x) = x·(1 + erf(x/√2))/2; tanh: x·(1 + tanh(√(2/π)·(x + "
                        "0.044715·x³)))/2";
        a.formulaHtml = "gelu(<i>x</i>) = <i>x</i>·Φ(<i>x</i>) = <i>x</i>·(1 + erf(<i>x</i>/√2))/2; "
                        "tanh: <i>x</i>·(1 + tanh(√(2/π)·(<i>x</i> + 0.044715·<i>x</i><sup>3</sup>)))/2";
        a.formulaSpoken =
            "gelu of x equals x times capital phi of x, which is x times, 1 plus erf of x over the square "
            "root of 2, all over 2. The tanh approximation: x times, 1 plus tanh of, the square root of 2 "
            "over pi, times, x plus 0.044715 times x cubed, all over 2";
        a.explanation =
            "The Gaussian error linear unit weights its input by the probability Φ(x) that a standard "
            "normal variable is below it: a smooth ReLU that dips slightly below zero (to about −0.17 "
            "near x = −0.75) before rising. Transformers (BERT, GPT) use it. It costs an erf, or a tanh "
            "in the approximation, which differs from the exact form by less than 0.0005.";
        a.moduleTemplate = "torch.nn.GELU(approximate={approximate})";
        a.functionalTemplate = "F.gelu(x, approximate={approximate})";
        a.accuracy = Accuracy::withinUlp(1, 2);
        return a;
    }
};

} // namespace rx::fn::inline RX_ISA_NS

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <array>
#include <algorithm>
#include <cmath>
#include <cstddef>

namespace rx::gauss {

inline constexpr double invSqrt2 = 0.70710678118654752440084436210484903928;
inline constexpr double invSqrt2Pi = 0.39894228040143267793994605993438186848;

// QUADPACK's 21-point Kronrod rule on [−1, 1] (positive half, outermost first) and the weights of its
// embedded 10-point Gauss rule, whose nodes are kronrodNodes[1], [3], ..., [9].
inline constexpr std::array<double, 11> kronrodNodes = {0.995657163025808080735527280689003,
                                                        0.973906528517171720077964012084452,
                                                        0.930157491355708226001207180059508,
                                                        0.865063366688984510732096688423493,
                                                        0.780817726586416897063717578345042,
                                                        0.679409568299024406234327365114874,
                                                        0.562757134668604683339000099272694,
                                                        0.433395394129247190799265943165784,
                                                        0.294392862701460198131126603103866,
                                                        0.148874338981631210884826001129720,
                                                        0.0};
inline constexpr std::array<double, 11> kronrodWeights = {
    0.011694638867371874278064396062192, 0.032558162307964727478818972459390,
    0.054755896574351996031381300244580, 0.075039674810919952767043140916190,
    0.093125454583697605535065465083366, 0.109387158802297641899210590325805,
    0.123491976262065851077958109831074, 0.134709217311473325928054001771707,
    0.142775938577060080797094273138717, 0.147739104901338491374841515972068,
    0.149445554002916905664936468389821};
inline constexpr std::array<double, 5> gaussWeights = {
    0.066671344308688137593568809893332, 0.149451349150580593145776339657697,
    0.219086362515982043995534934228163, 0.269266719309996355091226921569469,
    0.295524224714752870173892994651338};

/// φ(z), 0 at ±inf.
inline double pdf(double z)
{
    return invSqrt2Pi * std::exp(-0.5 * z * z);
}

/// Φ(z) through erfc, accurate in the lower tail.
inline double cdf(double z)
{
    return 0.5 * std::erfc(-z * invSqrt2);
}

/// P(u < Z < v) without cancellation in either tail.
inline double probabilityBetween(double u, double v)
{
    if (!(u < v))
        return 0;
    if (u >= 0)
        return cdf(-u) - cdf(-v);
    if (v <= 0)
        return cdf(v) - cdf(u);
    return 1 - cdf(u) - cdf(-v);
}

/// z^k φ(z), 0 at ±inf.
inline double powerPdf(double z, int k)
{
    if (std::isinf(z))
        return 0;
    return std::pow(z, k) * pdf(z);
}

/// ∫ (z − w)^k φ(z) dz over (lo, hi) for k = 0..4 by the 21-point Kronrod rule, bisecting until
/// Kronrod and Gauss agree to 1e-15 (the integrand is smooth; the ends are clipped to |z| <= 38.5,
/// beyond which φ underflows).
inline std::array<double, 5> momentsAbout(double lo, double hi, double w, int depth = 0)
{
    std::array<double, 5> kronrod{}, gauss{}, absolute{};
    lo = std::max(lo, -38.5);
    hi = std::min(hi, 38.5);
    if (!(lo < hi))
        return kronrod;
    const double centre = 0.5 * (lo + hi);
    const double half = 0.5 * (hi - lo);
    for (std::size_t i = 0; i < 21; ++i) {
        const std::size_t k = i <= 10 ? i : 20 - i;
        const double z = i <= 10 ? centre - half * kronrodNodes[k] : centre + half * kronrodNodes[k];
        double term = half * pdf(z);
        for (std::size_t j = 0; j < 5; ++j) {
            kronrod[j] += kronrodWeights[k] * term;
            absolute[j] += kronrodWeights[k] * std::fabs(term);
            if (k % 2 == 1)
                gauss[j] += gaussWeights[k / 2] * term;
            term *= z - w;
        }
    }
    bool converged = true;
    for (std::size_t j = 0; j < 5; ++j)
        converged = converged && !(std::fabs(kronrod[j] - gauss[j]) > 1e-15 * absolute[j]);
    converged = converged || depth >= 12;
    if (converged)
        return kronrod;
    const auto left = momentsAbout(lo, centre, w, depth + 1);
    const auto right = momentsAbout(centre, hi, w, depth + 1);
    for (std::size_t j = 0; j < 5; ++j)
        kronrod[j] = left[j] + right[j];
    return kronrod;
}

/// Partial moments M_k = E[Z^k; u < Z < v] for k = 0..4: by the recurrence
/// M_k = (k−1)M_{k−2} + u^{k−1}φ(u) − v^{k−1}φ(v), or on an interval no longer than 2, where that
/// cancels, by momentsAbout.
inline std::array<double, 5> partialMoments(double u, double v)
{
    std::array<double, 5> m{};
    if (!(u < v))
        return m;
    if (v - u <= 2)
        return momentsAbout(u, v, 0);
    m[0] = probabilityBetween(u, v);
    m[1] = pdf(u) - pdf(v);
    for (int k = 2; k <= 4; ++k)
        m[static_cast<std::size_t>(k)] =
            (k - 1) * m[static_cast<std::size_t>(k - 2)] + powerPdf(u, k - 1) - powerPdf(v, k - 1);
    return m;
}

} // namespace rx::gauss

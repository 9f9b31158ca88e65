// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/moments.h"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"
#include "signal/closedform.h"
#include "signal/gaussian.h"

namespace rx {
namespace {

Moments pointMass(const Activation &f, std::span<const double> params, double x)
{
    const double y = evaluateAt<double>(f, Quantity::value(), x, params);
    const double dy = evaluateAt<double>(f, Quantity::dydx(), x, params);
    return {y, 0, y * y, dy, dy * dy, dy == 0 ? 1.0 : 0.0};
}

// std → ∞: f(X) is f(+∞) or f(−∞) with probability 1/2 each (the far ends stand in for ±∞).
Moments infiniteSpread(const Activation &f, std::span<const double> params)
{
    const double far = std::numeric_limits<double>::max();
    const Moments hi = pointMass(f, params, far);
    const Moments lo = pointMass(f, params, -far);
    Moments r;
    r.mean = 0.5 * hi.mean + 0.5 * lo.mean;
    const double half = 0.5 * hi.mean - 0.5 * lo.mean;
    r.variance = half * half;
    r.secondMoment = 0.5 * hi.secondMoment + 0.5 * lo.secondMoment;
    r.meanGradient = 0.5 * hi.meanGradient + 0.5 * lo.meanGradient;
    r.meanSquaredGradient = 0.5 * hi.meanSquaredGradient + 0.5 * lo.meanSquaredGradient;
    r.zeroGradientProbability = 0.5 * hi.zeroGradientProbability + 0.5 * lo.zeroGradientProbability;
    return r;
}

} // namespace

bool hasClosedFormMoments(const Activation &f)
{
    return signal::polynomialPieces(f, f.defaultParameters()).has_value();
}

Moments gaussianMoments(const Activation &f, std::span<const double> params, double mean, double std,
                        MomentMethod method, double tolerance)
{
    if (!std::isfinite(mean) || !(std >= 0))
        throw std::invalid_argument("rx::gaussianMoments: mean " + formatNumber(mean) + " and std " +
                                    formatNumber(std) + ": the mean must be finite and the std >= 0");
    if (const std::string problem = parameterProblem(f, params); !problem.empty())
        throw std::invalid_argument(problem);
    if (std == 0)
        return pointMass(f, params, mean);
    if (std::isinf(std))
        return infiniteSpread(f, params);
    if (method == MomentMethod::Best)
        if (const auto pieces = signal::polynomialPieces(f, params))
            return signal::piecewiseMoments(*pieces, mean, std);
    return signal::quadratureMoments(f, params, mean, std, tolerance);
}

std::vector<LayerSignal> propagateSignal(const Activation &f, std::span<const double> params,
                                         double inputVariance, double weightVariance, double biasVariance,
                                         std::size_t layers, double tolerance)
{
    std::vector<LayerSignal> out;
    out.reserve(layers + 1);
    out.push_back({inputVariance, 1, 1});
    for (std::size_t l = 1; l <= layers; ++l) {
        const LayerSignal &previous = out.back();
        const Moments m =
            gaussianMoments(f, params, 0, std::sqrt(previous.variance), MomentMethod::Best, tolerance);
        LayerSignal next;
        next.variance = weightVariance * m.secondMoment + biasVariance;
        next.gradientGain = weightVariance * m.meanSquaredGradient;
        next.cumulativeGradientGain = previous.cumulativeGradientGain * next.gradientGain;
        out.push_back(next);
    }
    return out;
}

SeluConstants solveSeluConstants()
{
    // E[Z; Z > 0] = φ(0), E[e^Z − 1; Z < 0] = e^{1/2}Φ(−1) − 1/2, E[(e^Z − 1)²; Z < 0] as below.
    const double a = gauss::invSqrt2Pi;
    const double b = std::exp(0.5) * gauss::cdf(-1) - 0.5;
    const double c = std::exp(2.0) * gauss::cdf(-2) - 2 * std::exp(0.5) * gauss::cdf(-1) + 0.5;
    SeluConstants s{1, 1, 0};
    for (int i = 0; i < 60; ++i) {
        const double g1 = s.scale * (a + s.alpha * b);
        const double inner = 0.5 + s.alpha * s.alpha * c;
        const double g2 = s.scale * s.scale * inner - 1;
        // Jacobian by (alpha, scale).
        const double j11 = s.scale * b, j12 = a + s.alpha * b;
        const double j21 = 2 * s.scale * s.scale * s.alpha * c, j22 = 2 * s.scale * inner;
        const double det = j11 * j22 - j12 * j21;
        const double dAlpha = (g1 * j22 - g2 * j12) / det;
        const double dScale = (j11 * g2 - j21 * g1) / det;
        s.alpha -= dAlpha;
        s.scale -= dScale;
        s.iterations = i + 1;
        if (std::fabs(dAlpha) <= 1e-17 * std::fabs(s.alpha) &&
            std::fabs(dScale) <= 1e-17 * std::fabs(s.scale))
            break;
        if (i > 6 && std::fabs(dAlpha) <= 4e-16 * std::fabs(s.alpha) &&
            std::fabs(dScale) <= 4e-16 * std::fabs(s.scale))
            break;
    }
    return s;
}

} // namespace rx

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "reluexplorer/activation.h"

namespace rx {

/// What f does to a Gaussian signal X ~ N(mean, std²): moments of f(X) and of its slope f'(X), with f
/// and f' as the catalogue evaluates them in float64 (rrelu in evaluation mode).
struct Moments
{
    double mean = 0;                    ///< E[f(X)]
    double variance = 0;                ///< Var[f(X)]
    double secondMoment = 0;            ///< E[f(X)²]
    double meanGradient = 0;            ///< E[f'(X)]
    double meanSquaredGradient = 0;     ///< E[f'(X)²]
    double zeroGradientProbability = 0; ///< P(f'(X) = 0): the chance that the unit is dead.
};

enum class MomentMethod
{
    Best,      ///< Closed forms in Φ and φ where f is piecewise polynomial, quadrature otherwise.
    Quadrature ///< Adaptive Gauss–Kronrod for every function (to check the closed forms).
};

/// Quadrature's target relative error: gaussianMoments' default, and a looser one for plots.
inline constexpr double exactTolerance = 1e-13;
inline constexpr double plotTolerance = 1e-9;

/// Moments of f(X), X ~ N(mean, std²), to about 1e-13 relative (quadrature to tolerance). mean must be finite
/// and std >= 0: std = 0 is the point mass at mean (f'(mean) with PyTorch's convention at a kink), std = inf
/// the limit (f(+∞) and f(−∞) each with probability 1/2). Quadrature splits at f's kinks and at 0 and covers
/// |X − mean| <= 37.5·std (what lies beyond is below 1e-300 of the mass). A zero-gradient stretch counts when
/// f' is exactly 0 in float64 all along it. Throws std::invalid_argument for such mean/std or for parameters
/// that rx::parameterProblem refuses.
Moments gaussianMoments(const Activation &f, std::span<const double> params, double mean, double std,
                        MomentMethod method = MomentMethod::Best, double tolerance = exactTolerance);

/// True when gaussianMoments has closed forms for f (piecewise polynomial: relu, relu6, leaky_relu,
/// prelu, rrelu, hardtanh, hardsigmoid, hardswish).
bool hasClosedFormMoments(const Activation &f);

/// One layer of mean-field signal propagation through a deep network of f.
struct LayerSignal
{
    double variance = 0;               ///< q_l, the pre-activation variance.
    double gradientGain = 1;           ///< χ_l = W·E[f'(z)²], z ~ N(0, q_{l−1}): squared-gradient gain.
    double cumulativeGradientGain = 1; ///< χ_1·…·χ_l.
};

/// Layers 0..layers with weights of variance weightVariance/fan-in and biases of variance
/// biasVariance: q_0 = inputVariance, q_l = W·E[f(z)²] + B, z ~ N(0, q_{l−1}); layer 0 has gains 1.
/// A variance that overflows stays inf, one that collapses stays 0, and the layers go on.
std::vector<LayerSignal> propagateSignal(const Activation &f, std::span<const double> params,
                                         double inputVariance, double weightVariance, double biasVariance,
                                         std::size_t layers, double tolerance = exactTolerance);

/// SELU's self-normalising constants (Klambauer et al. 2017): the α and λ for which E[selu(Z)] = 0 and
/// E[selu(Z)²] = 1 with Z ~ N(0, 1), solved by Newton's method on the closed forms
/// λ(φ(0) + α(e^{1/2}Φ(−1) − 1/2)) = 0 and λ²(1/2 + α²(e²Φ(−2) − 2e^{1/2}Φ(−1) + 1/2)) = 1.
struct SeluConstants
{
    double alpha = 0;
    double scale = 0;
    int iterations = 0;
};
SeluConstants solveSeluConstants();

/// PyTorch's constants (torch.nn.SELU), the catalogue's defaults.
inline constexpr double pytorchSeluAlpha = 1.6732632423543772848170429916717;
inline constexpr double pytorchSeluScale = 1.0507009873554804934193349852946;

} // namespace rx

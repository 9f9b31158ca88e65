// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "signal/closedform.h"

#include <cmath>
#include <limits>
#include <string_view>

#include "signal/gaussian.h"

namespace rx::signal {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

std::vector<Piece> slopes(double negativeSlope)
{
    return {{-inf, 0, {0, negativeSlope, 0}}, {0, inf, {0, 1, 0}}};
}

std::vector<Piece> clamp(double lo, double hi)
{
    return {{-inf, lo, {lo, 0, 0}}, {lo, hi, {0, 1, 0}}, {hi, inf, {hi, 0, 0}}};
}

double valueAt(const Piece &p, double x)
{
    return p.c[0] + x * (p.c[1] + x * p.c[2]);
}

} // namespace

std::optional<std::vector<Piece>> polynomialPieces(const Activation &f, std::span<const double> p)
{
    const std::string_view id = f.id;
    if (id == "relu")
        return slopes(0);
    if (id == "relu6")
        return clamp(0, 6);
    if (id == "leaky_relu" || id == "prelu")
        return slopes(p[0]);
    if (id == "rrelu")
        return slopes((p[0] + p[1]) / 2); // evaluation mode; PyTorch forms the mean in double
    if (id == "hardtanh")
        return clamp(p[0], p[1]);
    if (id == "hardsigmoid")
        return std::vector<Piece>{{-inf, -3, {0, 0, 0}}, {-3, 3, {0.5, 1.0 / 6, 0}}, {3, inf, {1, 0, 0}}};
    if (id == "hardswish")
        return std::vector<Piece>{{-inf, -3, {0, 0, 0}}, {-3, 3, {0, 0.5, 1.0 / 6}}, {3, inf, {0, 1, 0}}};
    return std::nullopt;
}

Moments piecewiseMoments(const std::vector<Piece> &pieces, double mean, double std)
{
    // Work in z = (x − mean)/std, and with f − c for c = f(mean): the variance then does not cancel
    // when std is small against mean.
    double c = 0;
    for (const Piece &p : pieces)
        if (p.lo <= mean && mean <= p.hi)
            c = valueAt(p, mean);
    double shifted = 0, shiftedSquare = 0, gradient = 0, gradientSquare = 0, dead = 0;
    for (const Piece &p : pieces) {
        const double u = (p.lo - mean) / std;
        const double v = (p.hi - mean) / std;
        // Moments of t = z − w about an anchor w: the piece's near end when it lies in a tail (its
        // polynomial then has no large terms that cancel), else the centre.
        double w = 0, xw = mean;
        if (u >= 1)
            w = u, xw = p.lo;
        else if (v <= -1)
            w = v, xw = p.hi;
        const auto m = w == 0 ? gauss::partialMoments(u, v) : gauss::momentsAbout(u, v, w);
        if (m[0] == 0 && m[1] == 0)
            continue;
        // f − c = a + b·t + q·t² on this piece; f' = g + h·t.
        const double a = valueAt(p, xw) - c;
        const double b = (p.c[1] + 2 * p.c[2] * xw) * std;
        const double q = p.c[2] * std * std;
        const double g = p.c[1] + 2 * p.c[2] * xw;
        const double h = 2 * p.c[2] * std;
        shifted += a * m[0] + b * m[1] + q * m[2];
        shiftedSquare +=
            a * a * m[0] + 2 * a * b * m[1] + (b * b + 2 * a * q) * m[2] + 2 * b * q * m[3] + q * q * m[4];
        gradient += g * m[0] + h * m[1];
        gradientSquare += g * g * m[0] + 2 * g * h * m[1] + h * h * m[2];
        if (p.c[1] == 0 && p.c[2] == 0)
            dead += gauss::probabilityBetween(u, v);
    }
    Moments r;
    r.mean = c + shifted;
    r.variance = std::max(0.0, shiftedSquare - shifted * shifted);
    r.secondMoment = r.variance + r.mean * r.mean; // two terms >= 0: no cancellation
    r.meanGradient = gradient;
    r.meanSquaredGradient = gradientSquare;
    r.zeroGradientProbability = std::min(1.0, dead);
    return r;
}

} // namespace rx::signal

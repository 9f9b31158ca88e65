// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "reluexplorer/moments.h"

namespace rx::signal {

/// f(x) = c[0] + c[1]·x + c[2]·x² for lo < x < hi.
struct Piece
{
    double lo;
    double hi;
    double c[3];
};

/// f as polynomial pieces covering the real line in order, or nullopt when f has none.
std::optional<std::vector<Piece>> polynomialPieces(const Activation &f, std::span<const double> params);

/// Exact moments over X ~ N(mean, std²), 0 < std < inf, of the piecewise polynomial f.
Moments piecewiseMoments(const std::vector<Piece> &pieces, double mean, double std);

/// Adaptive Gauss–Kronrod moments, 0 < std < inf, to about relativeTolerance.
Moments quadratureMoments(const Activation &f, std::span<const double> params, double mean, double std,
                          double relativeTolerance);

} // namespace rx::signal

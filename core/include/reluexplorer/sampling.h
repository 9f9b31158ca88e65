// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "reluexplorer/activation.h"
#include "reluexplorer/state.h"

namespace rx {

/// A function sampled over an x range (double precision).
struct Samples
{
    std::vector<double> xs;   ///< Sorted; evenly spaced plus the kinks inside the range, exactly.
    std::vector<double> ys;   ///< f(xs).
    std::vector<double> dydx; ///< f'(xs) with PyTorch's value at the kinks; empty if not asked for.
};

/// count evenly spaced points over [lo, hi] (both ends; count clamped to 2..maxSampleCount) plus f's
/// kinks in [lo, hi] as exact points (a kink already among them is not repeated), with y and, if
/// derivative, dy/dx.
Samples sampleFunction(const Activation &f, std::span<const double> params, double lo, double hi,
                       std::size_t count, bool derivative);

/// A polyline (x, y) in which NaN y separates pieces.
struct Polyline
{
    std::vector<double> xs;
    std::vector<double> ys;
};

/// dy/dx for drawing: each kink splits the curve, which runs up to the left limit at the kink,
/// breaks (NaN), and starts again at the right limit, so a jump is not drawn as a steep line.
/// samples must hold dydx.
Polyline derivativePolyline(const Activation &f, std::span<const double> params, const Samples &samples);

/// What PyTorch does at one kink: the value there and the derivative it uses.
struct KinkPoint
{
    double x = 0;
    double y = 0;
    double dydx = 0;      ///< PyTorch's choice (the left branch: x > 0 is false at 0).
    double leftLimit = 0; ///< lim dy/dx from the left and from the right.
    double rightLimit = 0;
};

/// f's kinks inside [lo, hi].
std::vector<KinkPoint> kinkPoints(const Activation &f, std::span<const double> params, double lo, double hi);

/// Open x intervals inside [lo, hi] (clipped) between consecutive kinks or range ends on which
/// dy/dx is 0 at every sample: ReLU's x < 0, ReLU6's x < 0 and x > 6.
std::vector<std::pair<double, double>>
zeroGradientIntervals(const Activation &f, std::span<const double> params, const Samples &samples);

/// One curve of a family (ExplorerState::family): the parameter's value and the function sampled with it.
struct FamilyMember
{
    double value = 0;
    Samples samples;     ///< Empty when the value is refused together with the others (rx::parameterProblem).
    Polyline derivative; ///< Empty unless state.showDerivatives.
};

/// The count values of a family: from + i·(to - from)/(count - 1), i = 0 .. count - 1, each rounded to
/// 12 significant digits (so steps of 0.1 read 0.1, 0.2, 0.3); the ends are exactly from and to.
std::vector<double> familyValues(const FamilyView &family);

/// Everything the plot shows for one function.
struct FunctionCurves
{
    std::string id;
    Samples samples;             ///< dydx filled when state.showDerivatives.
    Polyline derivative;         ///< Empty unless state.showDerivatives.
    std::vector<double> ghostYs; ///< PyTorch-default y at samples.xs; empty unless shown.
    std::vector<KinkPoint> kinks;
    std::vector<std::pair<double, double>> zeroGradient; ///< Empty unless state.shadeZeroGradient.
    std::vector<FamilyMember> family; ///< The family's curves when state.family is enabled for this function.
};

/// Samples used for state's view: state.sampleCount, or one per pixel of a plot pixelWidth wide.
std::size_t effectiveSampleCount(const ExplorerState &state, int pixelWidth);

/// The curves of f under state over state.view.x with count samples (and f's family, if enabled).
FunctionCurves computeCurves(const ExplorerState &state, const Activation &f, std::size_t count);

/// Ids of the functions shown in next whose curves differ from those drawn for previous, in next's
/// order: all of them when what is shown, the x range, the sample count, a toggle, the family or the
/// layout changed; else those whose parameters changed; none for a y range or selection change.
std::vector<std::string> curvesToRecompute(const ExplorerState &previous, const ExplorerState &next);

/// y range the drawn curves span over state.view.x (values, derivatives and ghosts if shown; in
/// family mode the family's members), with a 5 % margin as matplotlib's autoscale; [-1, 1] about the
/// value when flat; the current y range if none shown.
std::pair<double, double> fittedYRange(const ExplorerState &state);

/// The range [lo, hi] of some finite values with fittedYRange's margin (a grid panel's y range):
/// nullopt when lo > hi (nothing finite) or the padded range is not a valid view.
std::optional<std::pair<double, double>> paddedRange(double lo, double hi);

/// One row of the trace readout.
struct TracePoint
{
    std::string id;
    double y = 0;
    double dydx = 0;
    int familyParameter = -1; ///< A family member: the index of the parameter the family varies ...
    double familyValue = 0;   ///< ... and its value on this member's curve.
};

/// f(x) and f'(x) of each shown function at x.
std::vector<TracePoint> traceAt(const ExplorerState &state, double x);

/// What the readout lists at x: the drawn curves. traceAt's points, or while a family is on one point
/// per family member (familyValues order), NaN for a member whose value is refused with the others.
std::vector<TracePoint> readoutAt(const ExplorerState &state, double x);

} // namespace rx

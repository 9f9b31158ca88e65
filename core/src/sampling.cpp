// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/sampling.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "reluexplorer/figure.h"
#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"
#include "reluexplorer/view.h"

namespace rx {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

std::vector<double> kinksIn(const Activation &f, std::span<const double> params, double lo, double hi)
{
    std::vector<double> kinks;
    if (f.kinks == nullptr)
        return kinks;
    for (const double k : f.kinks(params))
        if (k >= lo && k <= hi)
            kinks.push_back(k);
    return kinks;
}

double derivativeAt(const Activation &f, std::span<const double> params, double x)
{
    return evaluateAt<double>(f, Quantity::dydx(), x, params);
}

} // namespace

Samples sampleFunction(const Activation &f, std::span<const double> params, double lo, double hi,
                       std::size_t count, bool derivative)
{
    Samples s;
    s.xs = linspace(lo, hi, std::clamp<std::size_t>(count, 2, maxSampleCount));
    for (const double k : kinksIn(f, params, lo, hi)) {
        const auto at = std::lower_bound(s.xs.begin(), s.xs.end(), k);
        if (at == s.xs.end() || *at != k)
            s.xs.insert(at, k);
    }
    s.ys.resize(s.xs.size());
    evaluate(f, Quantity::value(), std::span<const double>(s.xs), params, std::span<double>(s.ys));
    if (derivative) {
        s.dydx.resize(s.xs.size());
        evaluate(f, Quantity::dydx(), std::span<const double>(s.xs), params, std::span<double>(s.dydx));
    }
    return s;
}

Polyline derivativePolyline(const Activation &f, std::span<const double> params, const Samples &samples)
{
    Polyline line;
    line.xs.reserve(samples.xs.size() + 8);
    line.ys.reserve(samples.xs.size() + 8);
    const std::vector<double> kinks = samples.xs.empty()
                                          ? std::vector<double>{}
                                          : kinksIn(f, params, samples.xs.front(), samples.xs.back());
    auto kink = kinks.begin();
    for (std::size_t i = 0; i < samples.xs.size(); ++i) {
        const double x = samples.xs[i];
        if (kink != kinks.end() && x == *kink) {
            const double left = derivativeAt(f, params, std::nextafter(x, -HUGE_VAL));
            const double right = derivativeAt(f, params, std::nextafter(x, HUGE_VAL));
            line.xs.insert(line.xs.end(), {x, x, x});
            line.ys.insert(line.ys.end(), {left, nan, right});
            ++kink;
            continue;
        }
        line.xs.push_back(x);
        line.ys.push_back(samples.dydx.at(i));
    }
    return line;
}

std::vector<KinkPoint> kinkPoints(const Activation &f, std::span<const double> params, double lo, double hi)
{
    std::vector<KinkPoint> points;
    for (const double k : kinksIn(f, params, lo, hi)) {
        KinkPoint p;
        p.x = k;
        p.y = evaluateAt<double>(f, Quantity::value(), k, params);
        p.dydx = derivativeAt(f, params, k);
        p.leftLimit = derivativeAt(f, params, std::nextafter(k, -HUGE_VAL));
        p.rightLimit = derivativeAt(f, params, std::nextafter(k, HUGE_VAL));
        points.push_back(p);
    }
    return points;
}

std::vector<std::pair<double, double>>
zeroGradientIntervals(const Activation &f, std::span<const double> params, const Samples &samples)
{
    std::vector<std::pair<double, double>> intervals;
    if (samples.xs.size() < 2 || samples.dydx.size() != samples.xs.size())
        return intervals;
    const double lo = samples.xs.front();
    const double hi = samples.xs.back();
    std::vector<double> edges{lo};
    for (const double k : kinksIn(f, params, lo, hi))
        if (k > lo && k < hi)
            edges.push_back(k);
    edges.push_back(hi);
    for (std::size_t e = 0; e + 1 < edges.size(); ++e) {
        const double a = edges[e];
        const double b = edges[e + 1];
        bool zero = true;
        bool any = false;
        for (std::size_t i = 0; i < samples.xs.size() && zero; ++i) {
            if (samples.xs[i] > a && samples.xs[i] < b) {
                any = true;
                zero = samples.dydx[i] == 0;
            }
        }
        if (zero && any) {
            if (!intervals.empty() && intervals.back().second == a)
                intervals.back().second = b;
            else
                intervals.emplace_back(a, b);
        }
    }
    return intervals;
}

std::size_t effectiveSampleCount(const ExplorerState &state, int pixelWidth)
{
    if (state.sampleCount > 0)
        return std::min(state.sampleCount, maxSampleCount);
    return static_cast<std::size_t>(std::clamp(pixelWidth, 2, maxFigurePixels)) + 1;
}

std::vector<double> familyValues(const FamilyView &family)
{
    const std::size_t n = std::max<std::size_t>(family.count, 2);
    std::vector<double> values(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / static_cast<double>(n - 1);
        const double v = family.from + (family.to - family.from) * t;
        char text[32];
        const auto written = std::to_chars(text, text + sizeof text, v, std::chars_format::general, 12);
        std::from_chars(text, written.ptr, values[i]);
    }
    values.front() = family.from;
    values.back() = family.to;
    return values;
}

namespace {

std::vector<FamilyMember> computeFamily(const ExplorerState &state, const Activation &f, std::size_t count)
{
    std::vector<FamilyMember> members;
    const int index = f.parameterIndex(state.family.parameter);
    if (index < 0)
        return members;
    for (const double value : familyValues(state.family)) {
        FamilyMember m;
        m.value = value;
        std::vector<double> params = parametersOf(state, f);
        params[static_cast<std::size_t>(index)] = value;
        if (parameterProblem(f, params).empty()) {
            m.samples =
                sampleFunction(f, params, state.view.xMin, state.view.xMax, count, state.showDerivatives);
            if (state.showDerivatives)
                m.derivative = derivativePolyline(f, params, m.samples);
        }
        members.push_back(std::move(m));
    }
    return members;
}

} // namespace

FunctionCurves computeCurves(const ExplorerState &state, const Activation &f, std::size_t count)
{
    FunctionCurves curves;
    curves.id = f.id;
    const std::vector<double> params = parametersOf(state, f);
    const double lo = state.view.xMin;
    const double hi = state.view.xMax;
    const bool derivative = state.showDerivatives;
    curves.samples = sampleFunction(f, params, lo, hi, count, derivative || state.shadeZeroGradient);
    if (derivative)
        curves.derivative = derivativePolyline(f, params, curves.samples);
    if (state.showDefaultGhost && hasChangedParameters(state, f)) {
        curves.ghostYs.resize(curves.samples.xs.size());
        const std::vector<double> defaults = f.defaultParameters();
        evaluate(f, Quantity::value(), std::span<const double>(curves.samples.xs), defaults,
                 std::span<double>(curves.ghostYs));
    }
    curves.kinks = kinkPoints(f, params, lo, hi);
    if (state.shadeZeroGradient)
        curves.zeroGradient = zeroGradientIntervals(f, params, curves.samples);
    if (!derivative)
        curves.samples.dydx.clear();
    if (state.family.enabled && state.family.function == f.id)
        curves.family = computeFamily(state, f, count);
    return curves;
}

std::vector<std::string> curvesToRecompute(const ExplorerState &previous, const ExplorerState &next)
{
    const bool everything =
        previous.shown != next.shown || previous.view.xMin != next.view.xMin ||
        previous.view.xMax != next.view.xMax || previous.sampleCount != next.sampleCount ||
        previous.showDerivatives != next.showDerivatives ||
        previous.showDefaultGhost != next.showDefaultGhost ||
        previous.shadeZeroGradient != next.shadeZeroGradient || !(previous.family == next.family) ||
        previous.layout != next.layout || previous.columns != next.columns;
    std::vector<std::string> ids;
    for (const Activation *f : shownFunctions(next))
        if (everything || parametersOf(previous, *f) != parametersOf(next, *f))
            ids.push_back(f->id);
    return ids;
}

std::pair<double, double> fittedYRange(const ExplorerState &state)
{
    double lo = HUGE_VAL;
    double hi = -HUGE_VAL;
    auto include = [&](const std::vector<double> &values) {
        for (const double v : values) {
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    };
    // What the plot draws: in family mode only the family's members, else each curve, its
    // derivative and its PyTorch-default ghost.
    ExplorerState drawn = state;
    drawn.shadeZeroGradient = false;
    for (const Activation *f : shownFunctions(state)) {
        const bool family = state.family.enabled && state.family.function == f->id;
        if (state.family.enabled && !family)
            continue;
        const FunctionCurves curves = computeCurves(drawn, *f, 1001);
        if (family) {
            for (const FamilyMember &m : curves.family) {
                include(m.samples.ys);
                include(m.derivative.ys);
            }
            continue;
        }
        include(curves.samples.ys);
        include(curves.derivative.ys);
        include(curves.ghostYs);
    }
    return paddedRange(lo, hi).value_or(std::pair{state.view.yMin, state.view.yMax});
}

std::optional<std::pair<double, double>> paddedRange(double lo, double hi)
{
    if (!(lo <= hi))
        return std::nullopt;
    const double margin = (hi - lo) * 0.05;
    std::pair<double, double> range{lo - margin, hi + margin};
    if (!isValidRange(range.first, range.second))
        range = {lo - 1, hi + 1};
    range.first = std::max(range.first, -viewBoundLimit);
    range.second = std::min(range.second, viewBoundLimit);
    if (!isValidRange(range.first, range.second))
        return std::nullopt;
    return range;
}

std::vector<TracePoint> traceAt(const ExplorerState &state, double x)
{
    std::vector<TracePoint> points;
    for (const Activation *f : shownFunctions(state)) {
        const std::vector<double> params = parametersOf(state, *f);
        points.push_back(
            {f->id, evaluateAt<double>(*f, Quantity::value(), x, params), derivativeAt(*f, params, x)});
    }
    return points;
}

std::vector<TracePoint> readoutAt(const ExplorerState &state, double x)
{
    const Activation *f = findActivation(state.family.function);
    const int index = f ? f->parameterIndex(state.family.parameter) : -1;
    if (!state.family.enabled || index < 0 || !isShown(state, f->id))
        return traceAt(state, x);
    std::vector<TracePoint> points;
    for (const double value : familyValues(state.family)) {
        std::vector<double> params = parametersOf(state, *f);
        params[static_cast<std::size_t>(index)] = value;
        TracePoint point{f->id, std::nan(""), std::nan(""), index, value};
        if (parameterProblem(*f, params).empty()) {
            point.y = evaluateAt<double>(*f, Quantity::value(), x, params);
            point.dydx = derivativeAt(*f, params, x);
        }
        points.push_back(point);
    }
    return points;
}

} // namespace rx

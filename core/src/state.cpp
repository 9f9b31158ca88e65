// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/state.h"

#include <algorithm>
#include <cmath>

#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"

namespace rx {

ExplorerState defaultState()
{
    ExplorerState state;
    state.shown = {"relu", "prelu"};
    state.selected = "prelu";
    for (const Activation &f : catalogue())
        state.parameters[f.id] = f.defaultParameters();
    return state;
}

std::size_t gridColumns(std::size_t panels, std::size_t requested)
{
    const std::size_t n = std::max<std::size_t>(panels, 1);
    if (requested > 0)
        return std::min(requested, n);
    if (n == 5 || n == 6)
        return 3;
    auto columns = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(n))));
    while (columns * columns < n) // sqrt's rounding
        ++columns;
    return columns;
}

std::vector<double> parametersOf(const ExplorerState &state, const Activation &f)
{
    const auto it = state.parameters.find(f.id);
    if (it == state.parameters.end() || it->second.size() != f.parameters.size())
        return f.defaultParameters();
    return it->second;
}

bool hasChangedParameters(const ExplorerState &state, const Activation &f)
{
    return parametersOf(state, f) != f.defaultParameters();
}

void setParameter(ExplorerState &state, const Activation &f, std::size_t index, double value)
{
    std::vector<double> values = parametersOf(state, f);
    values.at(index) = value;
    state.parameters[f.id] = std::move(values);
}

namespace {

std::string rangeKey(const Activation &f, std::size_t index)
{
    return f.id + "." + f.parameters.at(index).name;
}

bool hasNumericParameter(const Activation &f)
{
    return std::any_of(f.parameters.begin(), f.parameters.end(),
                       [](const Parameter &p) { return !p.isChoice(); });
}

} // namespace

SliderRange sliderRangeOf(const ExplorerState &state, const Activation &f, std::size_t index)
{
    const auto it = state.sliderRanges.find(rangeKey(f, index));
    if (it != state.sliderRanges.end())
        return it->second;
    const Parameter &p = f.parameters.at(index);
    return {p.sliderMin, p.sliderMax};
}

void setSliderRange(ExplorerState &state, const Activation &f, std::size_t index, SliderRange range)
{
    const Parameter &p = f.parameters.at(index);
    if (range == SliderRange{p.sliderMin, p.sliderMax})
        state.sliderRanges.erase(rangeKey(f, index));
    else
        state.sliderRanges[rangeKey(f, index)] = range;
}

std::string sliderRangeProblem(const Activation &f, std::size_t index, SliderRange range)
{
    const Parameter &p = f.parameters.at(index);
    const std::string who = f.id + "." + p.name;
    if (p.isChoice())
        return who + " is a choice and has no slider range";
    for (const double bound : {range.min, range.max})
        if (!std::isfinite(bound) || std::abs(bound) > parameterLimit)
            return who + ": the slider range must be finite numbers from -" + formatNumber(parameterLimit) +
                   " to " + formatNumber(parameterLimit) + ", not " + formatNumber(bound);
    if (!(range.min < range.max))
        return who + ": the slider range's minimum " + formatNumber(range.min) +
               " must be below its maximum " + formatNumber(range.max);
    return {};
}

SliderRange rangeHolding(SliderRange range, double value)
{
    if (value < range.min)
        range.min = value;
    if (value > range.max)
        range.max = value;
    return range;
}

std::string familyFunctionFor(const ExplorerState &state)
{
    for (const std::string &id : {state.family.function, state.selected}) {
        const Activation *f = findActivation(id);
        if (f && isShown(state, id) && hasNumericParameter(*f))
            return id;
    }
    for (const Activation *f : shownFunctions(state))
        if (hasNumericParameter(*f))
            return f->id;
    return state.family.function;
}

bool isShown(const ExplorerState &state, std::string_view id)
{
    return std::find(state.shown.begin(), state.shown.end(), id) != state.shown.end();
}

int catalogueIndex(std::string_view id)
{
    const std::vector<Activation> &all = catalogue();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id)
            return static_cast<int>(i);
    return -1;
}

void setShown(ExplorerState &state, std::string_view id, bool shown)
{
    const auto it = std::find(state.shown.begin(), state.shown.end(), id);
    if (!shown) {
        if (it != state.shown.end())
            state.shown.erase(it);
        return;
    }
    if (it != state.shown.end())
        return;
    const int index = catalogueIndex(id);
    const auto before = std::find_if(state.shown.begin(), state.shown.end(),
                                     [&](const std::string &other) { return catalogueIndex(other) > index; });
    state.shown.insert(before, std::string(id));
}

std::vector<const Activation *> shownFunctions(const ExplorerState &state)
{
    std::vector<const Activation *> functions;
    for (const std::string &id : state.shown)
        if (const Activation *f = findActivation(id))
            functions.push_back(f);
    return functions;
}

std::string signalViewProblem(const SignalView &signal)
{
    auto within = [](double v, double lo, double hi) { return std::isfinite(v) && v >= lo && v <= hi; };
    if (!within(signal.inputMean, -parameterLimit, parameterLimit))
        return "the input mean must be a finite number within ±1e6";
    if (!within(signal.inputStd, 0, parameterLimit) || signal.inputStd == 0)
        return "the input standard deviation must be greater than 0 and at most 1e6";
    if (!within(signal.weightVariance, 0, parameterLimit) || signal.weightVariance == 0)
        return "the weight variance must be greater than 0 and at most 1e6";
    if (!within(signal.biasVariance, 0, parameterLimit))
        return "the bias variance must be from 0 to 1e6";
    if (signal.layers < 1 || signal.layers > maxSignalLayers)
        return "the number of layers must be from 1 to 10000";
    return {};
}

} // namespace rx

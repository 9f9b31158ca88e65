// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/labels.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "reluexplorer/activation.h"
#include "reluexplorer/parameters.h"
#include "reluexplorer/sampling.h"
#include "reluexplorer/view.h"

namespace rx {
namespace {

// f's parameters for label, or nullopt when its curve is not drawn in state.
std::optional<std::vector<double>> drawnParameters(const ExplorerState &state, const Activation &f,
                                                   const PinnedLabel &label)
{
    if (!isShown(state, f.id))
        return std::nullopt;
    // A family is drawn instead of every function's own curve.
    std::vector<double> params = parametersOf(state, f);
    if (!label.member)
        return state.family.enabled ? std::nullopt : std::optional(params);
    if (!state.family.enabled || state.family.function != f.id)
        return std::nullopt;
    const std::vector<double> members = familyValues(state.family);
    const int index = f.parameterIndex(state.family.parameter);
    if (index < 0 || std::find(members.begin(), members.end(), *label.member) == members.end())
        return std::nullopt;
    params[static_cast<std::size_t>(index)] = *label.member;
    if (!parameterProblem(f, params).empty())
        return std::nullopt; // that member is not drawn either
    return params;
}

} // namespace

std::string formatSignificant(double value, int digits)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    char text[40];
    std::snprintf(text, sizeof text, "%.*g", std::clamp(digits, 1, 17), value == 0 ? 0.0 : value);
    return text;
}

std::string labelText(double x, double y)
{
    return "(" + formatSignificant(x) + ", " + formatSignificant(y) + ")";
}

std::string labelProblem(const PinnedLabel &label)
{
    if (!findActivation(label.function))
        return unknownFunctionMessage(label.function);
    if (!std::isfinite(label.x) || std::abs(label.x) > viewBoundLimit)
        return "x must be a finite number within ±1e12";
    if (label.member && (!std::isfinite(*label.member) || std::abs(*label.member) > parameterLimit))
        return "the member's value must be a finite number within ±1e6";
    return {};
}

std::vector<LabelPoint> visibleLabels(const ExplorerState &state)
{
    std::vector<LabelPoint> points;
    for (std::size_t i = 0; i < state.labels.size(); ++i) {
        const PinnedLabel &label = state.labels[i];
        const Activation *f = findActivation(label.function);
        if (!f)
            continue;
        const std::optional<std::vector<double>> params = drawnParameters(state, *f, label);
        if (!params)
            continue;
        const double y = evaluateAt<double>(*f, Quantity::value(), label.x, *params);
        if (!std::isfinite(y))
            continue;
        points.push_back({i, label.function, label.member, label.x, y, labelText(label.x, y)});
    }
    return points;
}

bool pinLabel(ExplorerState &state, const PinnedLabel &label)
{
    if (state.labels.size() >= maxPinnedLabels || !labelProblem(label).empty() ||
        std::find(state.labels.begin(), state.labels.end(), label) != state.labels.end())
        return false;
    state.labels.push_back(label);
    return true;
}

bool removeLabel(ExplorerState &state, std::size_t index)
{
    if (index >= state.labels.size())
        return false;
    state.labels.erase(state.labels.begin() + static_cast<std::ptrdiff_t>(index));
    return true;
}

} // namespace rx

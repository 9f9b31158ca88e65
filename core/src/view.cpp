// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/view.h"

#include <algorithm>
#include <cmath>

#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"
#include "reluexplorer/sampling.h"

namespace rx {

std::string rangeProblem(double lo, double hi)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return "the range must be finite";
    const double magnitude = std::max(std::fabs(lo), std::fabs(hi));
    if (magnitude > viewBoundLimit)
        return "the range must stay within ±" + formatNumber(viewBoundLimit);
    if (!(lo < hi))
        return "the range must have its lower bound below its upper bound";
    if (hi - lo < std::max(minViewWidth, minRelativeViewWidth * magnitude))
        return "the range is too narrow to show";
    return {};
}

bool isValidView(const ViewRange &view)
{
    return isValidRange(view.xMin, view.xMax) && isValidRange(view.yMin, view.yMax);
}

std::optional<std::pair<double, double>> zoomedRange(double lo, double hi, double anchor, double factor)
{
    if (!std::isfinite(anchor) || !std::isfinite(factor) || factor <= 0)
        return std::nullopt;
    const double newLo = anchor + (lo - anchor) * factor;
    const double newHi = anchor + (hi - anchor) * factor;
    if (!isValidRange(newLo, newHi))
        return std::nullopt;
    return std::pair{newLo, newHi};
}

ExplorerState withPreset(ExplorerState state, ViewPreset preset)
{
    switch (preset) {
    case ViewPreset::Default:
        state.view = ViewRange{};
        state.sampleCount = 0;
        break;
    case ViewPreset::Tutorial: {
        state.view.xMin = -100;
        state.view.xMax = 100;
        state.sampleCount = 1000;
        const auto [lo, hi] = fittedYRange(state);
        state.view.yMin = lo;
        state.view.yMax = hi;
        break;
    }
    case ViewPreset::NegativeSide: {
        state.view.xMin = -100;
        state.view.xMax = 2;
        state.sampleCount = 0;
        const auto [lo, hi] = fittedYRange(state);
        state.view.yMin = lo;
        state.view.yMax = hi;
        break;
    }
    }
    return state;
}

namespace {

int decimalsOf(double step)
{
    for (int d = 0; d <= 9; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-9 * scaled)
            return d;
    }
    return 9;
}

} // namespace

SliderScale::SliderScale(const Parameter &parameter)
    : SliderScale(parameter.sliderMin, parameter.sliderMax, parameter.sliderStep)
{
}

SliderScale::SliderScale(double min, double max, double step) : m_min(min), m_step(step)
{
    if (!(step > 0) || !std::isfinite(step))
        m_step = 1;
    m_scale = std::pow(10.0, decimalsOf(m_step));
    const double span = std::isfinite(max - min) && max > min ? max - min : 0;
    m_ticks = static_cast<int>(std::min(std::round(span / m_step), 1e8));
}

double SliderScale::valueAt(int tick) const
{
    tick = std::clamp(tick, 0, m_ticks);
    // Integer numerator over a power of ten: one rounding, so 27 · 0.01 reads 0.27.
    const double numerator =
        std::round(m_min * m_scale) + static_cast<double>(tick) * std::round(m_step * m_scale);
    return numerator / m_scale;
}

int SliderScale::tickFor(double value) const
{
    if (std::isnan(value))
        return 0;
    const double tick = std::round((value - m_min) / m_step);
    return static_cast<int>(std::clamp(tick, 0.0, static_cast<double>(m_ticks)));
}

double SliderScale::stepped(double value, int steps) const
{
    if (!std::isfinite(value))
        return value;
    const double units = std::round(value / m_step * 1e6) / 1e6; // absorb 0.26/0.01 = 25.999...
    const double target = (std::floor(units) == units || steps == 0)
                              ? units + steps
                              : (steps > 0 ? std::floor(units) + steps : std::ceil(units) + steps);
    const double result = std::round(target * std::round(m_step * m_scale)) / m_scale;
    return std::clamp(result, -parameterLimit, parameterLimit);
}

} // namespace rx

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "reluexplorer/activation.h"
#include "reluexplorer/state.h"

namespace rx {

/// Axis bounds beyond this magnitude are refused: nothing there is worth plotting.
inline constexpr double viewBoundLimit = 1e12;
/// A range must be wider than this fraction of its largest bound (and than minViewWidth).
inline constexpr double minRelativeViewWidth = 1e-9;
inline constexpr double minViewWidth = 1e-12;

/// "" when [lo, hi] can be shown: both finite, |lo|, |hi| <= viewBoundLimit, lo < hi and
/// hi - lo >= max(minViewWidth, minRelativeViewWidth * max(|lo|, |hi|)). Otherwise why not.
std::string rangeProblem(double lo, double hi);
inline bool isValidRange(double lo, double hi)
{
    return rangeProblem(lo, hi).empty();
}
bool isValidView(const ViewRange &view);

/// [lo, hi] scaled by factor about anchor (factor < 1 zooms in); nullopt if the result is invalid.
std::optional<std::pair<double, double>> zoomedRange(double lo, double hi, double anchor, double factor);

enum class ViewPreset
{
    Default,     ///< x in [-5, 5], y in [-2, 5.5], one sample per pixel.
    Tutorial,    ///< x in [-100, 100] with 1000 samples (the matplotlib scripts), y fitted.
    NegativeSide ///< x in [-100, 2], y fitted: LeakyReLU's 0.01 slope is visible on its own.
};

/// state with the preset's view and sample count (Tutorial and NegativeSide fit y to the drawn curves,
/// rx::fittedYRange).
ExplorerState withPreset(ExplorerState state, ViewPreset preset);

/// Maps a parameter value to a slider's integer ticks: tick t is min + t·step, in steps of the
/// catalogue's sliderStep, rounded to the step's decimals so that tick 27 of step 0.01 is 0.27.
class SliderScale
{
public:
    explicit SliderScale(const Parameter &parameter);
    SliderScale(double min, double max, double step);

    int tickCount() const { return m_ticks; } ///< Largest tick; ticks run 0..tickCount().
    double valueAt(int tick) const;           ///< Clamped to [0, tickCount()].
    int tickFor(double value) const;          ///< Nearest tick, clamped; NaN gives 0.
    double step() const { return m_step; }

    /// value moved by steps·step and rounded to the step's decimals, clamped to ±parameterLimit
    /// (a spin box's arrows: any value, not just the slider's range).
    double stepped(double value, int steps) const;

private:
    double m_min = 0;
    double m_step = 1;
    double m_scale = 1; // 10^decimals of the step
    int m_ticks = 0;
};

} // namespace rx

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "reluexplorer/activation.h"

namespace rx {

/// The visible part of the plane. Valid ranges satisfy isValidRange (view.h).
struct ViewRange
{
    double xMin = -5;
    double xMax = 5;
    double yMin = -2;
    double yMax = 5.5;

    bool operator==(const ViewRange &) const = default;
};

/// A family of curves: one function drawn for count evenly spaced values of one numeric parameter
/// (the others as in the state), instead of the usual curves.
struct FamilyView
{
    bool enabled = false;
    std::string function = "leaky_relu"; ///< Must be shown while enabled.
    std::string parameter = "negative_slope";
    double from = 0;
    double to = 0.5;
    std::size_t count = 6;

    bool operator==(const FamilyView &) const = default;
};

/// How the shown functions share the figure: all in one plot, or one panel each.
enum class PlotLayout
{
    Overlay,
    Grid
};

/// A grid has at most this many columns.
inline constexpr std::size_t maxGridColumns = 12;

/// Columns of a grid of panels: requested (clamped to 1 .. panels) when above 0; otherwise 3 for 5
/// or 6 panels and else as square as fits (ceil(sqrt(panels))): 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, ...
std::size_t gridColumns(std::size_t panels, std::size_t requested);
/// The Signal view: what a Gaussian input N(inputMean, inputStd²) becomes through the shown functions,
/// and how its variance and gradient travel through `layers` layers with weight variance W/fan-in and
/// bias variance B (rx::propagateSignal).
struct SignalView
{
    bool visible = false;
    double inputMean = 0;
    double inputStd = 1;       ///< > 0.
    double weightVariance = 1; ///< W > 0: 1 is LeCun's initialisation, 2 He's.
    double biasVariance = 0;   ///< B >= 0.
    std::size_t layers = 30;   ///< 1..maxSignalLayers.

    bool operator==(const SignalView &) const = default;
};

inline constexpr std::size_t maxSignalLayers = 10000;

/// Why signal cannot be shown, or "": a value out of its range (see SignalView), named.
std::string signalViewProblem(const SignalView &signal);

/// A label pinned on a curve (rx::visibleLabels draws it): it shows (x, f(x)) with the state's current
/// parameters, so it follows a slider; y is never stored. On a family's curve, member is that curve's
/// value of the family's parameter, and the label shows while the family draws a curve with that value;
/// a label without member shows while its function's own curve is drawn (shown, no family drawn).
/// Hidden labels are kept.
struct PinnedLabel
{
    std::string function; ///< Function id.
    double x = 0;         ///< Finite, |x| <= viewBoundLimit (view.h).
    std::optional<double> member;

    bool operator==(const PinnedLabel &) const = default;
};

/// A state holds at most this many pinned labels.
inline constexpr std::size_t maxPinnedLabels = 100;

/// A parameter slider's range, min < max, both within ±parameterLimit (rx::sliderRangeProblem).
struct SliderRange
{
    double min = 0;
    double max = 1;

    bool operator==(const SliderRange &) const = default;
};

/// A family has from 2 to this many curves.
inline constexpr std::size_t maxFamilyCount = 20;

/// Most samples a curve gets: the largest ExplorerState::sampleCount a session may ask for, and more
/// than figure export takes (4 per pixel of the widest figure, maxFigurePixels).
inline constexpr std::size_t maxSampleCount = 100000;

/// Everything the explorer shows, independent of any widget: what a file, an undo step or an
/// exported figure needs to reproduce the window's plot.
struct ExplorerState
{
    std::vector<std::string> shown;                        ///< Function ids, in legend order.
    std::map<std::string, std::vector<double>> parameters; ///< Per function id; missing = defaults.
    ViewRange view;
    std::size_t sampleCount = 0;    ///< Samples over the view, 2 to maxSampleCount; 0 = one per pixel.
    bool showDerivatives = false;   ///< Dashed dy/dx curves.
    bool showDefaultGhost = true;   ///< Faint PyTorch-default curve under a changed function.
    bool shadeZeroGradient = false; ///< Shade where dy/dx = 0 (the dying-ReLU picture).
    std::string selected;           ///< Function the info panel describes ("" = none).
    FamilyView family;
    PlotLayout layout = PlotLayout::Overlay;
    std::size_t columns = 0; ///< Grid columns, 1 .. maxGridColumns; 0 = gridColumns' choice.
    SignalView signal;
    std::vector<PinnedLabel> labels; ///< In the order they were pinned; no two equal.
    /// Slider ranges the user chose, by "function.parameter"; missing = the catalogue's range.
    std::map<std::string, SliderRange> sliderRanges;

    bool operator==(const ExplorerState &) const = default;
};

/// ReLU and PReLU shown, PReLU selected, default view, every parameter at PyTorch's default.
ExplorerState defaultState();

/// Parameters of function f in state: its stored values, or f's defaults when none are stored.
std::vector<double> parametersOf(const ExplorerState &state, const Activation &f);

/// True when f's parameters in state differ from PyTorch's defaults.
bool hasChangedParameters(const ExplorerState &state, const Activation &f);

/// Sets parameter index of f (stores the full parameter vector of f).
void setParameter(ExplorerState &state, const Activation &f, std::size_t index, double value);

/// The slider range of parameter index of f: the one the user chose, else the catalogue's.
SliderRange sliderRangeOf(const ExplorerState &state, const Activation &f, std::size_t index);

/// Sets the slider range of parameter index of f; the catalogue's own range is stored as no entry.
void setSliderRange(ExplorerState &state, const Activation &f, std::size_t index, SliderRange range);

/// "" when range can be the slider range of parameter index of f (a numeric parameter; min and max
/// finite, within ±parameterLimit, min < max). Otherwise why not, in English.
std::string sliderRangeProblem(const Activation &f, std::size_t index, SliderRange range);

/// range widened just enough to hold value (a typed value beyond the slider's ends); NaN leaves it.
SliderRange rangeHolding(SliderRange range, double value);

/// The family's function when the user turns a family on: family.function if it is shown, else the
/// selected function if shown, else the first shown function, each only with a numeric parameter;
/// family.function when no shown function has one (the caller must then show it, and say so).
std::string familyFunctionFor(const ExplorerState &state);

bool isShown(const ExplorerState &state, std::string_view id);

/// Shows or hides id. A newly shown function takes its catalogue position among the shown ones.
void setShown(ExplorerState &state, std::string_view id, bool shown);

/// The shown functions that exist in the catalogue, in state order.
std::vector<const Activation *> shownFunctions(const ExplorerState &state);

/// Index of id in the catalogue (its colour), or -1.
int catalogueIndex(std::string_view id);

} // namespace rx

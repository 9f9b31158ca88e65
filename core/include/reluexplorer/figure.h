// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "reluexplorer/state.h"

namespace rx {

enum class FigureFormat
{
    Png,
    Jpeg,
    Pdf,
    Svg,
    Csv
};
enum class FigureTheme
{
    Light,
    Dark,
    Current
};

/// Where the legend goes: best hides the fewest curve samples (matplotlib's loc="best"), outside puts it
/// to the right of the axes (below them when the figure is taller than wide), none leaves it out.
enum class LegendPlacement
{
    Best,
    Outside,
    None,
    UpperLeft,
    UpperRight,
    LowerLeft,
    LowerRight
};

/// "best", "outside", "none", "upper-left", "upper-right", "lower-left", "lower-right" and back.
std::optional<LegendPlacement> legendPlacementFromName(std::string_view name);
std::string_view legendPlacementName(LegendPlacement placement);
/// Every placement, in the order above.
const std::vector<LegendPlacement> &legendPlacements();

/// What an exported figure looks like. Sizes are logical pixels (the screen's 96 per inch); the file
/// has width·scale × height·scale pixels, so a larger scale is the same picture, only sharper.
struct FigureOptions
{
    FigureFormat format = FigureFormat::Png;
    int width = 1200;
    int height = 800;
    double scale = 1;
    FigureTheme theme = FigureTheme::Light;
    bool transparent = false;
    std::string title;   ///< Plot title; "" keeps the window's.
    std::string caption; ///< Optional line under the plot.
    /// Tick-label size in points of the figure's physical size (width / 96 inches); axis labels are
    /// 1.1 times it, the title 1.2 times. Unset: the window's look.
    std::optional<double> fontSize;
    /// Curve width in points; axes, markers and dashes follow it. Unset: the window's look.
    std::optional<double> lineWidth;
    LegendPlacement legend = LegendPlacement::Best;

    bool operator==(const FigureOptions &) const = default;
};

/// Largest side of an exported image, in file pixels.
inline constexpr int maxFigurePixels = 20000;
/// Logical pixels per inch: a figure's physical size is width / 96 inches at any scale.
inline constexpr double logicalDpi = 96;
/// Largest font size and line width, in points.
inline constexpr double maxFigurePoints = 72;

struct FigurePreset
{
    std::string name;      ///< "Slide 16:9"
    FigureOptions options; ///< Format, size, scale and typography it sets (other fields left as they were).
    bool setsFormat = false;

    /// Sets o's size, scale, transparency and typography to the preset's; the format is the caller's
    /// to apply (setsFormat), as a file name may decide it.
    void applyTo(FigureOptions &o) const;
    /// Whether o has the preset's size, scale, transparency and typography.
    bool heldBy(const FigureOptions &o) const;
};

/// "Slide 16:9" (1920x1080 at 2x; tick labels 3.7 % of the height, 4 pt curves), "Paper, one column"
/// (3.5 in at 300 dpi) and "Paper, two columns" (7 in): 8 pt ticks, 8.8 pt labels, 9.6 pt title, 1 pt
/// curves as matplotlib's paper style; "Transparent PNG" (the window's look).
const std::vector<FigurePreset> &figurePresets();
/// The preset called name, ignoring case, spaces and punctuation; a unique beginning is enough.
const FigurePreset *findFigurePreset(std::string_view name);
/// The presets name could mean: the one it names exactly, else every one it is the beginning of.
std::vector<const FigurePreset *> figurePresetMatches(std::string_view name);

/// "png", "jpg" (also "jpeg"), "pdf", "svg", "csv" and back.
std::optional<FigureFormat> figureFormatFromName(std::string_view name);
std::string_view figureFormatName(FigureFormat format);
/// The format an output path's extension names, if any (case-insensitive).
std::optional<FigureFormat> figureFormatFromPath(std::string_view path);

/// File pixels of one side: round(logical · scale).
int figurePixels(int logical, double scale);
/// Dots per inch the file records: 96 · scale.
inline double figureDpi(double scale)
{
    return logicalDpi * scale;
}

/// "" when the options can be rendered; otherwise what is wrong (size 0 or above 20,000 px, bad scale,
/// transparency in a format without it, a font size or line width not in (0, 72] points).
std::string figureProblem(const FigureOptions &options);

/// An axis-aligned box in pixels (y down).
struct Box
{
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;
};

/// Index of the candidate that contains the fewest points (the first on a tie), as matplotlib's
/// loc="best" chooses among its candidate legend boxes; 0 when there are no points.
std::size_t leastCoveredBox(const std::vector<Box> &candidates,
                            const std::vector<std::pair<double, double>> &points);

/// One line saying what the figure shows: "relu; prelu (weight=0.1); view x [-5, 5], y [-2, 5.5]".
std::string describeState(const ExplorerState &state);

/// x, then y and dy/dx of every shown function ("relu:y,relu:dydx"), or of every member of the family
/// while one is drawn ("leaky_relu[negative_slope=0.1]:y"), sampled as the plot samples the view
/// (count evenly spaced points plus the kinks); values in float64 shortest round-trip form.
std::string figureCsv(const ExplorerState &state, std::size_t count);

} // namespace rx

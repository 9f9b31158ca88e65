// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
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

    bool operator==(const FigureOptions &) const = default;
};

/// Largest side of an exported image, in file pixels.
inline constexpr int maxFigurePixels = 20000;
/// Logical pixels per inch: a figure's physical size is width / 96 inches at any scale.
inline constexpr double logicalDpi = 96;

struct FigurePreset
{
    std::string name;      ///< "Slide 16:9"
    FigureOptions options; ///< Format, size and scale it sets (other fields left as they were).
    bool setsFormat = false;
};

/// "Slide 16:9" (1920x1080 at 2x), "Paper, one column" (3.5 in at 300 dpi), "Paper, two columns"
/// (7 in at 300 dpi), "Transparent PNG".
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
/// transparency in a format without it).
std::string figureProblem(const FigureOptions &options);

/// One line saying what the figure shows: "relu; prelu (weight=0.1); view x [-5, 5], y [-2, 5.5]".
std::string describeState(const ExplorerState &state);

/// x, then y and dy/dx of every shown function ("relu:y,relu:dydx"), or of every member of the family
/// while one is drawn ("leaky_relu[negative_slope=0.1]:y"), sampled as the plot samples the view
/// (count evenly spaced points plus the kinks); values in float64 shortest round-trip form.
std::string figureCsv(const ExplorerState &state, std::size_t count);

} // namespace rx

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/figure.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>

#include "reluexplorer/activation.h"
#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"
#include "reluexplorer/sampling.h"

namespace rx {
namespace {

FigurePreset preset(std::string name, int width, int height, double scale, FigureFormat format,
                    bool setsFormat, bool transparent = false, std::optional<double> fontSize = {},
                    std::optional<double> lineWidth = {})
{
    FigurePreset p;
    p.options.fontSize = fontSize;
    p.options.lineWidth = lineWidth;
    p.name = std::move(name);
    p.options.width = width;
    p.options.height = height;
    p.options.scale = scale;
    p.options.format = format;
    p.options.transparent = transparent;
    p.setsFormat = setsFormat;
    return p;
}

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

const std::vector<FigurePreset> &figurePresets()
{
    // Paper widths at the screen's 96 logical pixels per inch, golden-ratio-ish height, 300 dpi. The
    // slide is 20 x 11.25 in logical: 30 pt is 3.7 % of its height, as 20 pt on a 7.5 in slide.
    static const std::vector<FigurePreset> presets = {
        preset("Slide 16:9", 1920, 1080, 2, FigureFormat::Png, false, false, 30, 4),
        preset("Paper, one column", 336, 240, 300 / logicalDpi, FigureFormat::Pdf, false, false, 8, 1),
        preset("Paper, two columns", 672, 360, 300 / logicalDpi, FigureFormat::Pdf, false, false, 8, 1),
        preset("Transparent PNG", 1200, 800, 2, FigureFormat::Png, true, true),
    };
    return presets;
}

void FigurePreset::applyTo(FigureOptions &o) const
{
    o.width = options.width;
    o.height = options.height;
    o.scale = options.scale;
    o.transparent = options.transparent;
    o.fontSize = options.fontSize;
    o.lineWidth = options.lineWidth;
}

bool FigurePreset::heldBy(const FigureOptions &o) const
{
    return o.width == options.width && o.height == options.height &&
           std::abs(o.scale - options.scale) <= 1e-9 && o.transparent == options.transparent &&
           o.fontSize == options.fontSize && o.lineWidth == options.lineWidth;
}

std::vector<const FigurePreset *> figurePresetMatches(std::string_view name)
{
    // Letters and digits only, so "Slide 16:9", "slide-16-9" and "slide169" all name the same preset;
    // a unique beginning ("slide", "paper-two") is enough.
    const auto key = [](std::string_view text) {
        std::string out;
        for (const char c : text)
            if (std::isalnum(static_cast<unsigned char>(c)))
                out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
    };
    const std::string wanted = key(name);
    std::vector<const FigurePreset *> found;
    if (wanted.empty())
        return found;
    for (const FigurePreset &p : figurePresets()) {
        const std::string candidate = key(p.name);
        if (candidate == wanted)
            return {&p};
        if (candidate.rfind(wanted, 0) == 0)
            found.push_back(&p);
    }
    return found;
}

const FigurePreset *findFigurePreset(std::string_view name)
{
    const std::vector<const FigurePreset *> found = figurePresetMatches(name);
    return found.size() == 1 ? found.front() : nullptr;
}

std::optional<FigureFormat> figureFormatFromName(std::string_view name)
{
    const std::string n = lower(name);
    if (n == "png")
        return FigureFormat::Png;
    if (n == "jpg" || n == "jpeg")
        return FigureFormat::Jpeg;
    if (n == "pdf")
        return FigureFormat::Pdf;
    if (n == "svg")
        return FigureFormat::Svg;
    if (n == "csv")
        return FigureFormat::Csv;
    return std::nullopt;
}

std::string_view figureFormatName(FigureFormat format)
{
    switch (format) {
    case FigureFormat::Png:
        return "png";
    case FigureFormat::Jpeg:
        return "jpg";
    case FigureFormat::Pdf:
        return "pdf";
    case FigureFormat::Svg:
        return "svg";
    case FigureFormat::Csv:
        return "csv";
    }
    return "png";
}

std::optional<FigureFormat> figureFormatFromPath(std::string_view path)
{
    const std::size_t slash = path.find_last_of('/');
    const std::size_t dot = path.find_last_of('.');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
        return std::nullopt;
    return figureFormatFromName(path.substr(dot + 1));
}

int figurePixels(int logical, double scale)
{
    return static_cast<int>(std::lround(logical * scale));
}

std::string figureProblem(const FigureOptions &o)
{
    if (!std::isfinite(o.scale) || o.scale <= 0 || o.scale > 20)
        return "the scale must be a number above 0 and at most 20";
    if (o.width < 1 || o.height < 1)
        return "the width and height must be at least 1 pixel";
    const int w = figurePixels(o.width, o.scale), h = figurePixels(o.height, o.scale);
    if (w < 1 || h < 1)
        return "the image would be less than 1 pixel wide or high";
    if (w > maxFigurePixels || h > maxFigurePixels)
        return "the image would be " + std::to_string(w) + "x" + std::to_string(h) + " pixels; at most " +
               std::to_string(maxFigurePixels) + " pixels a side";
    if (o.transparent && (o.format == FigureFormat::Jpeg || o.format == FigureFormat::Pdf))
        return "a transparent background needs PNG or SVG";
    for (const auto &[what, value] :
         {std::pair{"font size", o.fontSize}, std::pair{"line width", o.lineWidth}})
        if (value && !(std::isfinite(*value) && *value > 0 && *value <= maxFigurePoints))
            return std::string("the ") + what + " must be a number of points above 0 and at most 72";
    return {};
}

namespace {

constexpr std::pair<LegendPlacement, std::string_view> legendNames[] = {
    {LegendPlacement::Best, "best"},
    {LegendPlacement::Outside, "outside"},
    {LegendPlacement::None, "none"},
    {LegendPlacement::UpperLeft, "upper-left"},
    {LegendPlacement::UpperRight, "upper-right"},
    {LegendPlacement::LowerLeft, "lower-left"},
    {LegendPlacement::LowerRight, "lower-right"},
};

} // namespace

std::optional<LegendPlacement> legendPlacementFromName(std::string_view name)
{
    const std::string n = lower(name);
    for (const auto &[placement, text] : legendNames)
        if (n == text)
            return placement;
    return std::nullopt;
}

std::string_view legendPlacementName(LegendPlacement placement)
{
    for (const auto &[p, text] : legendNames)
        if (p == placement)
            return text;
    return "best";
}

const std::vector<LegendPlacement> &legendPlacements()
{
    static const std::vector<LegendPlacement> all = [] {
        std::vector<LegendPlacement> out;
        for (const auto &[p, text] : legendNames)
            out.push_back(p);
        return out;
    }();
    return all;
}

std::size_t leastCoveredBox(const std::vector<Box> &candidates,
                            const std::vector<std::pair<double, double>> &points)
{
    if (candidates.empty())
        return 0;
    Box all = candidates.front();
    for (const Box &b : candidates)
        all = {std::min(all.left, b.left), std::min(all.top, b.top), std::max(all.right, b.right),
               std::max(all.bottom, b.bottom)};
    const auto inBox = [](const Box &b, double x, double y) {
        return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
    };
    // The points any candidate could hold, bucketed into square cells (a counting sort), with a table of
    // running counts: a box adds up the cells wholly inside it at once and tests the points of its edge
    // cells one by one (a pan recounts some 30,000 points for 59 boxes). A cell is wholly inside when it
    // lies strictly between the cells of the box's edges; floor((x - left) / size) never decreases as x
    // grows, so that holds exactly, whatever the rounding.
    const double width = all.right - all.left, height = all.bottom - all.top;
    if (!std::isfinite(width * height)) {
        std::vector<std::size_t> counts(candidates.size(), 0);
        for (const auto &[x, y] : points)
            for (std::size_t i = 0; i < candidates.size(); ++i)
                counts[i] += inBox(candidates[i], x, y);
        return static_cast<std::size_t>(std::min_element(counts.begin(), counts.end()) - counts.begin());
    }
    const double size = std::max({8.0, width / 512, height / 512}); // at most 513 x 513 cells
    const auto cells = [size](double span) { return static_cast<std::size_t>(std::floor(span / size)) + 1; };
    const std::size_t nx = cells(width), ny = cells(height);
    // floor((v - low) / size) as a truncation of (v - low) * (1 / size), also never decreasing in v:
    // std::floor and the division, twice per point, had taken most of the time (8 ns a point).
    const double inverse = 1 / size;
    const auto cellOf = [inverse](double v, double low, std::size_t count) {
        const double at = std::max(0.0, (v - low) * inverse);
        return std::min(count - 1, static_cast<std::size_t>(static_cast<std::int64_t>(std::min(at, 1e9))));
    };
    const auto column = [&](double x) { return cellOf(x, all.left, nx); };
    const auto row = [&](double y) { return cellOf(y, all.top, ny); };
    constexpr std::size_t outside = static_cast<std::size_t>(-1);
    std::vector<std::size_t> cellOfPoint(points.size(), outside);
    std::vector<std::size_t> start(nx * ny + 1, 0);
    for (std::size_t k = 0; k < points.size(); ++k) {
        const auto &[x, y] = points[k];
        if (inBox(all, x, y)) {
            cellOfPoint[k] = row(y) * nx + column(x);
            ++start[cellOfPoint[k] + 1];
        }
    }
    // running[r * (nx + 1) + c]: the points in the cells of rows < r and columns < c.
    std::vector<std::size_t> running((nx + 1) * (ny + 1), 0);
    for (std::size_t r = 0; r < ny; ++r)
        for (std::size_t c = 0; c < nx; ++c)
            running[(r + 1) * (nx + 1) + c + 1] = start[r * nx + c + 1] + running[r * (nx + 1) + c + 1] +
                                                  running[(r + 1) * (nx + 1) + c] - running[r * (nx + 1) + c];
    for (std::size_t i = 0; i < nx * ny; ++i)
        start[i + 1] += start[i];
    std::vector<std::pair<double, double>> sorted(start.back());
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (std::size_t k = 0; k < points.size(); ++k)
        if (cellOfPoint[k] != outside)
            sorted[next[cellOfPoint[k]]++] = points[k];

    std::size_t best = 0;
    std::size_t fewest = static_cast<std::size_t>(-1);
    for (std::size_t i = 0; i < candidates.size() && fewest > 0; ++i) {
        const Box &b = candidates[i];
        std::size_t covered = 0;
        if (b.left <= b.right && b.top <= b.bottom) {
            const std::size_t c0 = column(b.left), c1 = column(b.right), r0 = row(b.top), r1 = row(b.bottom);
            if (c1 > c0 + 1 && r1 > r0 + 1) // the cells wholly inside: columns c0+1..c1-1, rows r0+1..r1-1
                covered += running[r1 * (nx + 1) + c1] - running[(r0 + 1) * (nx + 1) + c1] -
                           running[r1 * (nx + 1) + c0 + 1] + running[(r0 + 1) * (nx + 1) + c0 + 1];
            // The edge cells, only while this box can still beat the best so far.
            for (std::size_t r = r0; r <= r1 && covered < fewest; ++r) {
                const bool edgeRow = r == r0 || r == r1;
                for (std::size_t c = c0; c <= c1; c = (edgeRow || c == c1) ? c + 1 : c1) {
                    const std::size_t cell = r * nx + c;
                    for (std::size_t k = start[cell]; k < start[cell + 1]; ++k)
                        covered += inBox(b, sorted[k].first, sorted[k].second);
                }
            }
        }
        if (covered < fewest) {
            fewest = covered;
            best = i;
        }
    }
    return best;
}

std::string describeState(const ExplorerState &state)
{
    std::string text;
    for (const Activation *f : shownFunctions(state)) {
        if (!text.empty())
            text += "; ";
        text += f->id;
        const std::vector<double> values = parametersOf(state, *f);
        std::string params;
        for (std::size_t i = 0; i < f->parameters.size(); ++i) {
            const Parameter &p = f->parameters[i];
            params +=
                (params.empty() ? "" : ", ") + p.name + "=" +
                (p.isChoice() ? p.choices.at(static_cast<std::size_t>(values[i])) : formatNumber(values[i]));
        }
        if (!params.empty())
            text += " (" + params + ")";
    }
    if (text.empty())
        text = "no function";
    text += "; view x [" + formatNumber(state.view.xMin) + ", " + formatNumber(state.view.xMax) + "], y [" +
            formatNumber(state.view.yMin) + ", " + formatNumber(state.view.yMax) + "]";
    return text;
}

std::string figureCsv(const ExplorerState &state, std::size_t count)
{
    // The columns: each shown function, or, while a family is drawn, each member of the family.
    struct Column
    {
        const Activation *f;
        std::vector<double> params;
        std::string name;
    };
    std::vector<Column> curves;
    const Activation *familyOf = state.family.enabled && isShown(state, state.family.function)
                                     ? findActivation(state.family.function)
                                     : nullptr;
    const int familyParameter = familyOf ? familyOf->parameterIndex(state.family.parameter) : -1;
    if (familyOf && familyParameter >= 0) {
        for (const double value : familyValues(state.family)) {
            std::vector<double> params = parametersOf(state, *familyOf);
            params[static_cast<std::size_t>(familyParameter)] = value;
            if (parameterProblem(*familyOf, params).empty())
                curves.push_back(
                    {familyOf, params,
                     familyOf->id + "[" + state.family.parameter + "=" + formatNumber(value) + "]"});
        }
    } else {
        for (const Activation *f : shownFunctions(state))
            curves.push_back({f, parametersOf(state, *f), f->id});
    }

    std::vector<double> xs = linspace(state.view.xMin, state.view.xMax, std::max<std::size_t>(count, 2));
    for (const Column &c : curves)
        for (double k : c.f->kinks(c.params))
            if (k >= state.view.xMin && k <= state.view.xMax)
                xs.push_back(k);
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());

    std::string out = "x";
    std::vector<std::vector<double>> columns;
    for (const Column &c : curves) {
        out += "," + c.name + ":y," + c.name + ":dydx";
        for (const Quantity q : {Quantity::value(), Quantity::dydx()}) {
            std::vector<double> column(xs.size());
            evaluate(*c.f, q, std::span<const double>(xs), c.params, std::span<double>(column));
            columns.push_back(std::move(column));
        }
    }
    out += '\n';
    for (std::size_t i = 0; i < xs.size(); ++i) {
        out += formatNumber(xs[i]);
        for (const std::vector<double> &column : columns) {
            out += ',';
            out += formatNumber(column[i]);
        }
        out += '\n';
    }
    return out;
}

} // namespace rx

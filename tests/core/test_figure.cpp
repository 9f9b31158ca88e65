// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "reluexplorer/activation.h"
#include "reluexplorer/figure.h"
#include "reluexplorer/numbers.h"

namespace {

std::vector<std::vector<std::string>> csvRows(const std::string &text)
{
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        std::vector<std::string> fields;
        std::istringstream cells(line);
        for (std::string cell; std::getline(cells, cell, ',');)
            fields.push_back(cell);
        rows.push_back(fields);
    }
    return rows;
}

} // namespace

TEST_CASE("figure presets have the sizes the issue names", "[figure]")
{
    const rx::FigurePreset *slide = rx::findFigurePreset("Slide 16:9");
    REQUIRE(slide);
    CHECK(rx::figurePixels(slide->options.width, slide->options.scale) == 3840);
    CHECK(rx::figurePixels(slide->options.height, slide->options.scale) == 2160);
    const rx::FigurePreset *one = rx::findFigurePreset("paper, one column");
    REQUIRE(one);
    CHECK(one->options.width / rx::logicalDpi == Approx(3.5));
    CHECK(rx::figureDpi(one->options.scale) == Approx(300));
    CHECK(rx::figurePixels(one->options.width, one->options.scale) == 1050);
    const rx::FigurePreset *two = rx::findFigurePreset("Paper, two columns");
    REQUIRE(two);
    CHECK(rx::figurePixels(two->options.width, two->options.scale) == 2100);
    const rx::FigurePreset *transparent = rx::findFigurePreset("Transparent PNG");
    REQUIRE(transparent);
    CHECK(transparent->options.transparent);
    CHECK(transparent->options.format == rx::FigureFormat::Png);
    CHECK_FALSE(rx::findFigurePreset("Poster"));
    CHECK(rx::findFigurePreset("slide-16-9") == slide);
    CHECK(rx::findFigurePreset("slide") == slide);
    CHECK(rx::findFigurePreset("paper-two") == two);
    CHECK(rx::findFigurePreset("transparent_png") == transparent);
    CHECK_FALSE(rx::findFigurePreset("paper")); // one column or two?
    CHECK_FALSE(rx::findFigurePreset(""));
}

TEST_CASE("a name that begins several presets matches them all", "[figure]")
{
    const auto paper = rx::figurePresetMatches("paper");
    REQUIRE(paper.size() == 2);
    CHECK(paper[0]->name == "Paper, one column");
    CHECK(paper[1]->name == "Paper, two columns");
    CHECK(rx::figurePresetMatches("slide").size() == 1);
    CHECK(rx::figurePresetMatches("poster").empty());
    CHECK(rx::figurePresetMatches("").empty());
}

TEST_CASE("figure formats come from names and extensions", "[figure]")
{
    CHECK(rx::figureFormatFromPath("/tmp/a.PNG") == rx::FigureFormat::Png);
    CHECK(rx::figureFormatFromPath("fig.jpeg") == rx::FigureFormat::Jpeg);
    CHECK(rx::figureFormatFromPath("fig.jpg") == rx::FigureFormat::Jpeg);
    CHECK(rx::figureFormatFromPath("out/fig.svg") == rx::FigureFormat::Svg);
    CHECK(rx::figureFormatFromPath("data.csv") == rx::FigureFormat::Csv);
    CHECK_FALSE(rx::figureFormatFromPath("dir.pdf/figure"));
    CHECK_FALSE(rx::figureFormatFromPath("figure.gif"));
    CHECK_FALSE(rx::figureFormatFromName("bmp"));
}

TEST_CASE("figure options outside the limits are refused", "[figure]")
{
    rx::FigureOptions ok;
    CHECK(rx::figureProblem(ok).empty());
    auto with = [](auto change) {
        rx::FigureOptions o;
        change(o);
        return rx::figureProblem(o);
    };
    CHECK_FALSE(with([](auto &o) { o.width = 0; }).empty());
    CHECK_FALSE(with([](auto &o) { o.height = -5; }).empty());
    CHECK_FALSE(with([](auto &o) { o.width = 20001; }).empty());
    CHECK_FALSE(with([](auto &o) { o.width = 10001, o.scale = 2; }).empty());
    CHECK(with([](auto &o) { o.width = 10000, o.scale = 2; }).empty());
    CHECK_FALSE(with([](auto &o) { o.scale = 0; }).empty());
    CHECK_FALSE(with([](auto &o) { o.scale = std::nan(""); }).empty());
    CHECK_FALSE(with([](auto &o) { o.transparent = true, o.format = rx::FigureFormat::Jpeg; }).empty());
    CHECK(with([](auto &o) { o.transparent = true, o.format = rx::FigureFormat::Svg; }).empty());
}

TEST_CASE("describeState names the functions, changed parameters and view", "[figure]")
{
    rx::ExplorerState s = rx::defaultState();
    rx::setParameter(s, *rx::findActivation("prelu"), 0, 0.1);
    const std::string text = rx::describeState(s);
    CHECK(text.find("relu; prelu (weight=0.1)") == 0);
    CHECK(text.find("x [-5, 5]") != std::string::npos);
}

TEST_CASE("figure CSV holds x, y and dy/dx of every shown function, kinks included", "[figure]")
{
    rx::ExplorerState s = rx::defaultState();
    s.shown = {"relu6", "leaky_relu"};
    s.view.xMin = -1.05;
    s.view.xMax = 7.05;
    const auto rows = csvRows(rx::figureCsv(s, 11));
    REQUIRE(rows.size() >= 2);
    CHECK(rows[0] ==
          std::vector<std::string>{"x", "relu6:y", "relu6:dydx", "leaky_relu:y", "leaky_relu:dydx"});
    // 11 evenly spaced points do not hit 0 or 6; the kinks are added as exact points.
    CHECK(rows.size() == 1 + 11 + 2);
    bool sawZero = false, sawSix = false;
    double previous = -1e300;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == 5);
        const double x = *rx::parseNumber<double>(rows[i][0]);
        CHECK(x > previous);
        previous = x;
        sawZero = sawZero || x == 0;
        sawSix = sawSix || x == 6;
        const rx::Activation &relu6 = *rx::findActivation("relu6");
        CHECK(*rx::parseNumber<double>(rows[i][1]) ==
              rx::evaluateAt<double>(relu6, rx::Quantity::value(), x, {}));
        CHECK(*rx::parseNumber<double>(rows[i][2]) ==
              rx::evaluateAt<double>(relu6, rx::Quantity::dydx(), x, {}));
    }
    CHECK(sawZero);
    CHECK(sawSix);
    CHECK(rows[1][0] == "-1.05");
    CHECK(rows.back()[0] == "7.05");
}

TEST_CASE("figure CSV of a family has a column pair per member", "[figure]")
{
    rx::ExplorerState s = rx::defaultState();
    s.shown = {"relu", "leaky_relu"};
    s.family.enabled = true;
    s.family.function = "leaky_relu";
    s.family.parameter = "negative_slope";
    s.family.from = 0;
    s.family.to = 0.5;
    s.family.count = 6;
    s.view.xMin = -2;
    s.view.xMax = 2;
    const auto rows = csvRows(rx::figureCsv(s, 5));
    REQUIRE(rows.size() == 1 + 5);
    REQUIRE(rows[0].size() == 1 + 2 * 6);
    CHECK(rows[0][1] == "leaky_relu[negative_slope=0]:y");
    CHECK(rows[0][3] == "leaky_relu[negative_slope=0.1]:y");
    CHECK(rows[0][12] == "leaky_relu[negative_slope=0.5]:dydx");
    // x = -2: y = s * x for each member.
    CHECK(rows[1][0] == "-2");
    CHECK(*rx::parseNumber<double>(rows[1][3]) == -0.2);
    CHECK(*rx::parseNumber<double>(rows[1][11]) == -1);
    CHECK(*rx::parseNumber<double>(rows[1][12]) == 0.5);
}

TEST_CASE("paper presets set matplotlib-paper typography, the slide large text", "[figure]")
{
    for (const char *name : {"Paper, one column", "Paper, two columns"}) {
        const rx::FigurePreset *p = rx::findFigurePreset(name);
        REQUIRE(p);
        REQUIRE(p->options.fontSize);
        CHECK(*p->options.fontSize >= 7);
        CHECK(*p->options.fontSize <= 9);
        REQUIRE(p->options.lineWidth);
        CHECK(*p->options.lineWidth == Approx(1));
    }
    const rx::FigurePreset *slide = rx::findFigurePreset("Slide 16:9");
    REQUIRE(slide);
    REQUIRE(slide->options.fontSize);
    // Points of the figure's logical inch (96 px): the text's height as a share of the slide's.
    CHECK(*slide->options.fontSize * rx::logicalDpi / 72 >= 0.035 * slide->options.height);
    // 2.5 pt on a 7.5 in slide, as a share of the height.
    CHECK(*slide->options.lineWidth / (slide->options.height / rx::logicalDpi * 72) >= 2.5 / 540);
    CHECK_FALSE(rx::findFigurePreset("Transparent PNG")->options.fontSize);
}

TEST_CASE("font size and line width that are not positive or above 72 points are refused", "[figure]")
{
    const double bad = GENERATE(0.0, -1.0, 72.5, std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN());
    rx::FigureOptions options;
    options.fontSize = bad;
    CHECK(rx::figureProblem(options).find("font size") != std::string::npos);
    options.fontSize.reset();
    options.lineWidth = bad;
    CHECK(rx::figureProblem(options).find("line width") != std::string::npos);
    options.lineWidth = 72;
    CHECK(rx::figureProblem(options).empty());
}

TEST_CASE("legend placements have names both ways", "[figure]")
{
    for (const rx::LegendPlacement p : rx::legendPlacements())
        CHECK(rx::legendPlacementFromName(rx::legendPlacementName(p)) == p);
    CHECK(rx::legendPlacementFromName("Upper-Right") == rx::LegendPlacement::UpperRight);
    CHECK_FALSE(rx::legendPlacementFromName("upper"));
    CHECK(rx::legendPlacements().size() == 7);
}

TEST_CASE("the best legend box is the one over the fewest points, the first on a tie", "[figure]")
{
    const std::vector<rx::Box> boxes = {{0, 0, 10, 10}, {20, 0, 30, 10}, {0, 20, 10, 30}};
    CHECK(rx::leastCoveredBox(boxes, {}) == 0);
    CHECK(rx::leastCoveredBox(boxes, {{5, 5}, {25, 5}, {26, 6}}) == 2);
    CHECK(rx::leastCoveredBox(boxes, {{5, 5}, {5, 25}}) == 1);
    CHECK(rx::leastCoveredBox(boxes, {{5, 5}, {25, 5}, {5, 25}}) == 0);
}

TEST_CASE("the best legend box agrees with counting every point in every box", "[figure]")
{
    // Edges on fractional and whole pixels, points on edges, outside every box, NaN, and boxes wider
    // than any screen: the column buckets must not change a single count.
    std::mt19937 random(7);
    std::uniform_real_distribution<double> coordinate(-50, 650);
    for (int round = 0; round < 200; ++round) {
        std::vector<rx::Box> boxes;
        const int count = 1 + static_cast<int>(random() % 12);
        for (int i = 0; i < count; ++i) {
            double left = coordinate(random), top = coordinate(random);
            if (round % 3 == 0)
                left = std::round(left);
            if (round % 5 == 1) // on the edges of the 8-pixel cells the count is bucketed by
                left = 8 * std::round(left / 8), top = 8 * std::round(top / 8);
            const double width = round % 17 == 0 && i == 0 ? 1e9 : 8 * static_cast<double>(1 + random() % 40);
            boxes.push_back({left, top, left + width, top + (round % 2 ? 64 : 60.5)});
        }
        std::vector<std::pair<double, double>> points;
        for (int i = 0; i < 400; ++i)
            points.emplace_back(coordinate(random), coordinate(random));
        for (int i = 0; i < 100; ++i)
            points.emplace_back(8 * std::round(coordinate(random) / 8),
                                8 * std::round(coordinate(random) / 8));
        points.emplace_back(boxes[0].left, boxes[0].top);
        points.emplace_back(boxes[0].right, boxes[0].bottom);
        points.emplace_back(std::nan(""), boxes[0].top + 1);
        std::size_t expected = 0, fewest = points.size() + 1;
        for (std::size_t b = 0; b < boxes.size(); ++b) {
            const std::size_t covered = static_cast<std::size_t>(
                std::count_if(points.begin(), points.end(), [&](const std::pair<double, double> &p) {
                    return p.first >= boxes[b].left && p.first <= boxes[b].right &&
                           p.second >= boxes[b].top && p.second <= boxes[b].bottom;
                }));
            if (covered < fewest) {
                fewest = covered;
                expected = b;
            }
        }
        INFO("round " << round);
        CHECK(rx::leastCoveredBox(boxes, points) == expected);
    }
}

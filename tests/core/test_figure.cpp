// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
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

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <catch2/catch.hpp>

#include "exportcommand.h"

namespace {

cli::Parsed<cli::ExportRequest> parse(const QStringList &arguments)
{
    return cli::parseExportRequest(QStringList{QStringLiteral("relu-explorer")} + arguments);
}

} // namespace

TEST_CASE("export reads the figure's options into a request without touching a file", "[export]")
{
    auto r = parse({"--output", "/nonexistent/figure.svg", "--width", "640", "--height", "480", "--dpi",
                    "192", "--theme", "dark", "--transparent", "--title", "T", "--caption", "C"});
    REQUIRE(r.request);
    const cli::ExportRequest &e = *r.request;
    CHECK(e.outputPath == "/nonexistent/figure.svg");
    CHECK(e.figure.format == rx::FigureFormat::Svg);
    CHECK(e.figure.width == 640);
    CHECK(e.figure.height == 480);
    CHECK(e.figure.scale == 2);
    CHECK(e.figure.theme == rx::FigureTheme::Dark);
    CHECK(e.figure.transparent);
    CHECK(e.figure.title == "T");
    CHECK(e.figure.caption == "C");
    CHECK(e.sessionPath.isEmpty());
    CHECK(!e.tokenState);
    CHECK(!e.xRange);

    r = parse({"--output", "plot", "--format", "PDF", "--x-range", "-2:3", "--functions", "elu,relu",
               "--param", "elu.alpha=0.5", "--derivatives", "--session", "s.reluexp"});
    REQUIRE(r.request);
    CHECK(r.request->figure.format == rx::FigureFormat::Pdf);
    CHECK(r.request->xRange == std::pair{-2.0, 3.0});
    CHECK(!r.request->yRange);
    CHECK(r.request->derivatives);
    CHECK(r.request->sessionPath == "s.reluexp");
    CHECK(r.request->stateOptions.functions == std::vector<std::string>{"elu", "relu"});
    REQUIRE(r.request->stateOptions.params.size() == 1);
    CHECK(r.request->stateOptions.params[0].value == 0.5);
}

TEST_CASE("a preset sets the size, and the format when the path does not", "[export]")
{
    auto r = parse({"--output", "slide.png", "--preset", "Slide 16:9"});
    REQUIRE(r.request);
    CHECK(r.request->figure.width == 1920);
    CHECK(r.request->figure.scale == 2);
    r = parse({"--output", "figure", "--preset", "Transparent PNG"});
    REQUIRE(r.request);
    CHECK(r.request->figure.format == rx::FigureFormat::Png);
    CHECK(r.request->figure.transparent);
}

TEST_CASE("the plot's state comes from the request: token, then options, then ranges", "[export]")
{
    const auto r = parse({"--output", "a.csv", "--functions", "prelu", "--param", "prelu.weight=0.5",
                          "--x-range", "-1:1", "--y-range", "0:2"});
    REQUIRE(r.request);
    QString error;
    const auto state = cli::exportState(*r.request, error);
    REQUIRE(state);
    CHECK(error.isEmpty());
    CHECK(state->shown == std::vector<std::string>{"prelu"});
    CHECK(state->view.xMin == -1);
    CHECK(state->view.xMax == 1);
    CHECK(state->view.yMin == 0);
    CHECK(state->view.yMax == 2);
}

TEST_CASE("bad export arguments give one line naming the problem", "[export][errors]")
{
    const auto [arguments, expected] = GENERATE(table<QStringList, QString>({
        {QStringList{}, "missing --output FILE"},
        {{"--output", "a.png", "extra"}, "unexpected argument 'extra'"},
        {{"--output", "a.png", "--output", "b.png"}, "--output given more than once"},
        {{"--output", "a"}, "cannot tell the format of 'a'"},
        {{"--output", "a.png", "--format", "gif"}, "unknown format 'gif'"},
        {{"--output", "a.png", "--width", "0"}, "--width '0' must be a whole number of pixels"},
        {{"--output", "a.png", "--scale", "2", "--dpi", "96"}, "give --scale or --dpi, not both"},
        {{"--output", "a.png", "--scale", "-1"}, "--scale '-1' must be a number above 0"},
        {{"--output", "a.png", "--theme", "blue"}, "unknown theme 'blue'"},
        {{"--output", "a.png", "--preset", "poster"}, "unknown preset 'poster'"},
        {{"--output", "a.png", "--x-range", "3:1"}, "--x-range 3:1 is reversed"},
        {{"--output", "a.png", "--y-range", "a:1"}, "'a' is not a number"},
        {{"--output", "a.png", "--session", "s", "--state", "t"}, "give --session or --state, not both"},
        {{"--output", "a.png", "--state", "nonsense"}, "--state: "},
        {{"--output", "a.png", "--functions", "nope"}, "unknown function 'nope'"},
        {{"--output", "a.jpg", "--transparent"}, "transparent"},
    }));
    const auto r = parse(arguments);
    INFO(r.error.toStdString());
    CHECK(!r.request);
    CHECK(r.error.contains(expected));
    CHECK(!r.error.contains('\n'));
}

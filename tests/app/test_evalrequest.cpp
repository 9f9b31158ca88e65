// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <catch2/catch.hpp>

#include "evalcommand.h"
#include "reluexplorer/activation.h"

namespace {

cli::Parsed<cli::EvalRequest> parse(const QStringList &arguments)
{
    return cli::parseEvalRequest(QStringList{QStringLiteral("relu-explorer")} + arguments);
}

} // namespace

TEST_CASE("eval reads the function, parameters, dtype and inputs into a request", "[eval]")
{
    auto r = parse(
        {"leaky_relu", "--param", "negative_slope=0.25", "--dtype", "float64", "--x", "-2", "--x", "0x1p-1"});
    REQUIRE(r.request);
    CHECK(r.request->function == rx::findActivation("leaky_relu"));
    CHECK(r.request->params == std::vector<double>{0.25});
    CHECK(r.request->float64);
    CHECK(r.request->xs == std::vector<double>{-2, 0.5});
    CHECK(!r.request->readsStdin());

    r = parse({"relu", "--range", "-1:1:5"});
    REQUIRE(r.request);
    REQUIRE(r.request->range);
    CHECK(r.request->range->start == -1);
    CHECK(r.request->range->stop == 1);
    CHECK(r.request->range->count == 5);
    CHECK(!r.request->float64);

    r = parse({"elu"});
    REQUIRE(r.request);
    CHECK(r.request->readsStdin());
    CHECK(r.request->params == rx::findActivation("elu")->defaultParameters());
}

TEST_CASE("each --x value is rounded to the dtype when it is read", "[eval]")
{
    const auto r = parse({"relu", "--x", "0.1"});
    REQUIRE(r.request);
    CHECK(r.request->xs.at(0) == static_cast<double>(0.1f));
}

TEST_CASE("bad eval arguments give one line naming the problem", "[eval][errors]")
{
    const auto [arguments, expected] = GENERATE(table<QStringList, QString>({
        {QStringList{}, "no function given"},
        {{"nope"}, "unknown function 'nope'"},
        {{"relu", "elu"}, "unexpected argument 'elu'"},
        {{"relu", "--dtype", "float16"}, "unknown dtype 'float16'"},
        {{"relu", "--dtype", "float32", "--dtype", "float64"}, "--dtype given more than once"},
        {{"elu", "--param", "alpha=1", "--param", "alpha=2"}, "--param alpha given more than once"},
        {{"relu", "--x", "1", "--range", "0:1:2"}, "not both"},
        {{"relu", "--range", "0:1"}, "is not START:STOP:COUNT"},
        {{"relu", "--range", "1:0:3"}, "reversed range"},
        {{"relu", "--range", "0:1:0"}, "COUNT '0'"},
        {{"relu", "--range", "0:1:100000001"},
         "COUNT '100000001' must be a whole number from 1 to 100000000"},
        {{"relu", "--x", "abc"}, "--x 'abc' is not a number"},
        {{"relu", "--nope"}, "valid options: --param, --dtype, --x, --range, --help, --version"},
    }));
    const auto r = parse(arguments);
    INFO(r.error.toStdString());
    CHECK(!r.request);
    CHECK(r.text.isEmpty());
    CHECK(r.error.contains(expected));
    CHECK(!r.error.contains('\n'));
}

TEST_CASE("eval --help is text to print, not an error", "[eval]")
{
    const auto r = parse({"--help"});
    CHECK(!r.request);
    CHECK(r.error.isEmpty());
    CHECK(r.text.startsWith("Usage: relu-explorer eval"));
}

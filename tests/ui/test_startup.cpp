// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QCommandLineParser>

#include <catch2/catch.hpp>

#include "reluexplorer/activation.h"
#include "startupoptions.h"

namespace {

struct Parsed
{
    rx::ExplorerState state = rx::defaultState();
    QString error;
};

Parsed parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(stateOptions());
    REQUIRE(parser.parse(QStringList{QStringLiteral("relu-explorer")} + arguments));
    Parsed result;
    result.error = applyStateOptions(parser, result.state);
    return result;
}

double param(const rx::ExplorerState &state, const char *id)
{
    return rx::parametersOf(state, *rx::findActivation(id)).at(0);
}

} // namespace

TEST_CASE("the start-up state comes from --functions and --param", "[startup]")
{
    Parsed p = parse({QStringLiteral("--functions"), QStringLiteral("prelu,elu"), QStringLiteral("--param"),
                      QStringLiteral("prelu.weight=0.1")});
    REQUIRE(p.error.isEmpty());
    CHECK(p.state.shown == std::vector<std::string>{"prelu", "elu"});
    CHECK(p.state.selected == "prelu");
    CHECK(param(p.state, "prelu") == 0.1);

    p = parse({QStringLiteral("--param"), QStringLiteral("leaky_relu.negative_slope=0.2"),
               QStringLiteral("--param"), QStringLiteral("elu.alpha=-0x1p-1")});
    REQUIRE(p.error.isEmpty());
    CHECK(p.state.shown == std::vector<std::string>{"relu", "leaky_relu", "elu", "prelu"});
    CHECK(param(p.state, "leaky_relu") == 0.2);
    CHECK(param(p.state, "elu") == -0.5);

    p = parse({});
    CHECK(p.error.isEmpty());
    CHECK(p.state == rx::defaultState());
}

TEST_CASE("bad start-up options give one clear message", "[startup]")
{
    const auto [arguments, expected] = GENERATE(table<QStringList, QString>({
        {{"--functions", "prelu,nope"}, "unknown function 'nope'; choose one of: relu"},
        {{"--functions", ""}, "no function given"},
        {{"--param", "prelu.weight=abc"}, "prelu.weight: 'abc' is not a number"},
        {{"--param", "prelu.weight=1e999"}, "out of range"},
        {{"--param", "prelu.weight=nan"}, "out of range"},
        {{"--param", "prelu.alpha=1"}, "prelu has no parameter 'alpha' (that is a parameter of elu, selu"},
        {{"--param", "weight=1"}, "is not FUNCTION.NAME=VALUE"},
        {{"--param", "nope.weight=1"}, "unknown function 'nope'"},
        {{"--param", "prelu.weight"}, "is not NAME=VALUE"},
    }));
    const Parsed p = parse(arguments);
    INFO(p.error.toStdString());
    CHECK(p.error.contains(expected));
}

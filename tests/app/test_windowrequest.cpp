// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <catch2/catch.hpp>

#include "reluexplorer/activation.h"
#include "subcommand.h"
#include "windowcommand.h"

namespace {

struct Parsed
{
    rx::ExplorerState state = rx::defaultState();
    QString error;
};

Parsed parse(const QStringList &arguments)
{
    const cli::Parsed<cli::WindowRequest> parsed =
        cli::parseWindowRequest(QStringList{QStringLiteral("relu-explorer")} + arguments);
    Parsed result;
    result.error = parsed.error;
    if (parsed.request)
        result.error = cli::applyStateOptions(parsed.request->stateOptions, result.state);
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

TEST_CASE("the window's other options are read without an application or a display", "[startup]")
{
    using cli::parseWindowRequest;
    auto r = parseWindowRequest({"relu-explorer", "--presentation", "--lang", "zh_CN", "a.reluexp"});
    REQUIRE(r.request);
    CHECK(r.request->presentation);
    CHECK(r.request->language == "zh_CN");
    CHECK(r.request->sessionPath == "a.reluexp");
    CHECK(!r.request->tokenState);

    r = parseWindowRequest({"relu-explorer"});
    REQUIRE(r.request);
    CHECK(!r.request->presentation);
    CHECK(r.request->language.isEmpty());
    CHECK(!r.request->stateOptions.given());

    r = parseWindowRequest({"relu-explorer", "--lang", "fr"});
    CHECK(!r.request);
    CHECK(r.error.contains("--lang"));
    CHECK(r.error.contains("en, zh_CN"));

    r = parseWindowRequest({"relu-explorer", "a.reluexp", "b.reluexp"});
    CHECK(!r.request);
    CHECK(r.error.contains("one session file"));

    r = parseWindowRequest({"relu-explorer", "--state", "relu1:not-a-token"});
    CHECK(!r.request);
    CHECK(r.error.startsWith("--state: "));
}

TEST_CASE("the window's --help lists every command and prints nothing itself", "[startup]")
{
    const auto r = cli::parseWindowRequest({"relu-explorer", "--help"});
    CHECK(!r.request);
    CHECK(r.error.isEmpty());
    CHECK(r.text.startsWith("Usage: relu-explorer [options]"));
    for (const cli::Subcommand &s : cli::subcommands())
        CHECK(r.text.contains(QStringLiteral("  %1 ").arg(QLatin1String(s.name))));
}

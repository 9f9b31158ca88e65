// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include "runcli.h"

TEST_CASE("list prints every function with its parameters and PyTorch defaults", "[list]")
{
    const CliResult r = runCli({"list"});
    REQUIRE(r.exitCode == 0);
    const auto [id, params] = GENERATE(table<QString, QString>({
        {"relu", ""},
        {"relu6", ""},
        {"leaky_relu", "negative_slope=0.01"},
        {"elu", "alpha=1"},
        {"selu", "alpha=1.6732632423543772 scale=1.0507009873554805"},
        {"prelu", "weight=0.25"},
        {"celu", "alpha=1"},
        {"rrelu", "lower=0.125 upper=0.3333333333333333"},
        {"hardtanh", "min_val=-1 max_val=1"},
        {"hardswish", ""},
        {"hardsigmoid", ""},
        {"gelu", "approximate=none (one of none|tanh)"},
        {"silu", ""},
        {"mish", ""},
        {"softplus", "beta=1 threshold=20"},
    }));
    const QStringList lines = r.lines().filter(QRegularExpression("^\\s+" + id + "\\s"));
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].contains(params));
    CHECK(r.out.startsWith("ReLU family:"));
}

TEST_CASE("list groups the ReLU family first, then the smooth relatives", "[list]")
{
    const CliResult r = runCli({"list"});
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.lines();
    // The index of the first line that the whole of pattern matches, or -1.
    const auto lineOf = [&lines](const QString &pattern) {
        return lines.indexOf(QRegularExpression(pattern));
    };
    const qsizetype family = lineOf("ReLU family:");
    const qsizetype smooth = lineOf("Smooth relatives:");
    REQUIRE(family == 0);
    REQUIRE(smooth > family);
    for (const char *id : {"relu", "leaky_relu", "celu", "rrelu", "hardtanh", "hardswish", "hardsigmoid"}) {
        INFO(id);
        const qsizetype at = lineOf(QStringLiteral("\\s+%1\\s.*").arg(id));
        CHECK(at > family);
        CHECK(at < smooth);
    }
    for (const char *id : {"gelu", "silu", "mish", "softplus"}) {
        INFO(id);
        CHECK(lineOf(QStringLiteral("\\s+%1\\s.*").arg(id)) > smooth);
    }
}

TEST_CASE("list refuses arguments it does not take", "[list][errors]")
{
    const CliResult r = runCli({"list", "--verbose"});
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("verbose"));
}

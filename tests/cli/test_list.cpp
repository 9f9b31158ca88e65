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
    }));
    const QStringList lines = r.lines().filter(QRegularExpression("^\\s+" + id + "\\s"));
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].contains(params));
    CHECK(r.out.startsWith("ReLU family:"));
}

TEST_CASE("list refuses arguments it does not take", "[list][errors]")
{
    const CliResult r = runCli({"list", "--verbose"});
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("verbose"));
}

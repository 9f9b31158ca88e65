// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include "reluexplorer/activation.h"
#include "runcli.h"

TEST_CASE("list prints PyTorch's defaults", "[list]")
{
    const CliResult r = runCli({"list"});
    REQUIRE(r.exitCode == 0);
    const auto [id, params] = GENERATE(table<QString, QString>({
        {"relu", ""},
        {"leaky_relu", "negative_slope=0.01"},
        {"elu", "alpha=1"},
        {"selu", "alpha=1.6732632423543772 scale=1.0507009873554805"},
        {"prelu", "weight=0.25"},
        {"rrelu", "lower=0.125 upper=0.3333333333333333"},
        {"hardtanh", "min_val=-1 max_val=1"},
        {"gelu", "approximate=none (one of none|tanh)"},
        {"softplus", "beta=1 threshold=20"},
    }));
    const QStringList lines = r.lines().filter(QRegularExpression("^\\s+" + id + "\\s"));
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].contains(params));
    CHECK(r.out.startsWith("ReLU family:"));
}

TEST_CASE("list prints every function of the catalogue once, in its group, with each default", "[list]")
{
    const CliResult r = runCli({"list"});
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.lines();
    const qsizetype family = lines.indexOf(QRegularExpression("ReLU family:"));
    const qsizetype smooth = lines.indexOf(QRegularExpression("Smooth relatives:"));
    REQUIRE(family == 0);
    REQUIRE(smooth > family);
    for (const rx::Activation &f : rx::catalogue()) {
        const QString id = QString::fromStdString(f.id);
        INFO(f.id);
        const qsizetype at = lines.indexOf(QRegularExpression("\\s+" + id + "\\s.*"));
        REQUIRE(at > 0);
        CHECK(lines.lastIndexOf(QRegularExpression("\\s+" + id + "\\s.*")) == at);
        CHECK((f.group == rx::Group::ReluFamily ? at < smooth : at > smooth));
        for (const rx::Parameter &p : f.parameters) {
            INFO(p.name);
            const QRegularExpressionMatch m =
                QRegularExpression("\\b" + QString::fromStdString(p.name) + "=(\\S+)").match(lines[at]);
            REQUIRE(m.hasMatch());
            if (p.choices.empty())
                CHECK(m.captured(1).toDouble() == p.defaultValue);
            else
                CHECK(m.captured(1).toStdString() == p.choices.at(static_cast<std::size_t>(p.defaultValue)));
        }
    }
}

TEST_CASE("list refuses arguments it does not take", "[list][errors]")
{
    const CliResult r = runCli({"list", "--verbose"});
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("verbose"));
}

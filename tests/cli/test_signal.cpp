// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

#include "reluexplorer/numbers.h"
#include "runcli.h"

namespace {

std::vector<double> fields(const QString &line)
{
    std::vector<double> values;
    for (const QString &field : line.split(QLatin1Char(','))) {
        const auto value = rx::parseNumber<double>(field.toStdString());
        INFO("field '" << field.toStdString() << "' of " << line.toStdString());
        REQUIRE(value);
        // Shortest round-trip text: printing the value again gives the same text.
        CHECK(rx::formatNumber(*value) == field.toStdString());
        values.push_back(*value);
    }
    return values;
}

const QString momentsHeader = "mean,std,out_mean,out_variance,out_second_moment,mean_gradient,"
                              "mean_squared_gradient,zero_gradient_probability";

} // namespace

TEST_CASE("moments of ReLU on N(0, 1): 1/sqrt(2 pi), 1/2 and half dead", "[signal]")
{
    for (const QStringList &args :
         {QStringList{"moments", "relu"}, QStringList{"moments", "relu", "--mean", "0", "--std", "1"}}) {
        const CliResult r = runCli(args);
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        const QStringList lines = r.lines();
        REQUIRE(lines.size() == 2);
        CHECK(lines[0] == momentsHeader);
        const std::vector<double> v = fields(lines[1]);
        REQUIRE(v.size() == 8);
        CHECK(v[0] == 0);
        CHECK(v[1] == 1);
        CHECK(v[2] == Approx(0.3989422804014326779).epsilon(1e-15));
        CHECK(v[3] == Approx(0.5 - 1 / (2 * M_PI)).epsilon(1e-14));
        CHECK(v[4] == Approx(0.5).epsilon(1e-15));
        CHECK(v[5] == Approx(0.5).epsilon(1e-15));
        CHECK(v[6] == Approx(0.5).epsilon(1e-15));
        CHECK(v[7] == 0.5);
    }
}

TEST_CASE("moments takes parameters, mean and std", "[signal]")
{
    const CliResult dead =
        runCli({"moments", "leaky_relu", "--param", "negative_slope=0", "--mean", "-1", "--std", "2"});
    REQUIRE(dead.exitCode == 0);
    const std::vector<double> v = fields(dead.lines().at(1));
    CHECK(v[0] == -1);
    CHECK(v[1] == 2);
    CHECK(v[7] == Approx(0.6914624612740131).epsilon(1e-15)); // Φ(1/2)
    const CliResult alive = runCli({"moments", "leaky_relu", "--mean", "-1", "--std", "2"});
    CHECK(fields(alive.lines().at(1))[7] == 0);
    const CliResult gelu = runCli({"moments", "gelu", "--param", "approximate=tanh"});
    REQUIRE(gelu.exitCode == 0);
    CHECK(fields(gelu.lines().at(1))[2] == Approx(0.28203858807878871175).epsilon(1e-12));
}

TEST_CASE("selu-constants prints alpha and scale to 15 digits", "[signal]")
{
    const CliResult r = runCli({"selu-constants"});
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.lines();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "alpha,scale");
    const std::vector<double> v = fields(lines[1]);
    REQUIRE(v.size() == 2);
    CHECK(std::fabs(v[0] - 1.6732632423543772848170429916717) <= 1e-15);
    CHECK(std::fabs(v[1] - 1.0507009873554804934193349852946) <= 1e-15);
}

TEST_CASE("propagate: ReLU with W = 2 keeps the variance, row 0 is the input", "[signal]")
{
    const CliResult r = runCli({"propagate", "relu", "--variance", "2.5", "--weight-variance", "2"});
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.lines();
    REQUIRE(lines.size() == 52); // header and layers 0..50 (the default)
    CHECK(lines[0] == "layer,variance,gradient_gain,cumulative_gradient_gain");
    CHECK(lines[1] == "0,2.5,1,1");
    for (int l = 1; l <= 50; ++l) {
        const std::vector<double> v = fields(lines[l + 1]);
        CHECK(v[0] == l);
        CHECK(v[1] == Approx(2.5).epsilon(1e-13));
        CHECK(v[2] == Approx(1).epsilon(1e-14));
        CHECK(v[3] == Approx(1).epsilon(1e-13));
    }
}

TEST_CASE("propagate: LeCun halves ReLU's variance, bias adds, cumulative is the product", "[signal]")
{
    const CliResult r = runCli({"propagate", "relu", "--layers", "4", "--bias-variance", "0.25"});
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.lines();
    REQUIRE(lines.size() == 6);
    double q = 1;
    double product = 1;
    for (int l = 1; l <= 4; ++l) {
        q = q / 2 + 0.25;
        product *= 0.5;
        const std::vector<double> v = fields(lines[l + 1]);
        CHECK(v[1] == Approx(q).epsilon(1e-14));
        CHECK(v[2] == Approx(0.5).epsilon(1e-14));
        CHECK(v[3] == Approx(product).epsilon(1e-14));
    }
}

TEST_CASE("propagate: an overflowing variance prints inf and a collapsed one 0, rows go on", "[signal]")
{
    const CliResult grow = runCli({"propagate", "relu", "--weight-variance", "4", "--layers", "1100"});
    REQUIRE(grow.exitCode == 0);
    const QStringList lines = grow.lines();
    REQUIRE(lines.size() == 1102);
    CHECK(lines.last().startsWith("1100,inf,2,"));
    const CliResult shrink = runCli({"propagate", "relu", "--weight-variance", "0.1", "--layers", "400"});
    REQUIRE(shrink.exitCode == 0);
    // Once q is exactly 0 every pre-activation is 0, where PyTorch's ReLU has slope 0.
    CHECK(shrink.lines().last() == QString("400,0,0,0"));
}

TEST_CASE("moments, propagate and selu-constants refuse bad input with one line and exit code 2",
          "[signal][errors]")
{
    const auto [args, mention] = GENERATE(table<QStringList, QString>({
        {{"moments"}, "leaky_relu"},
        {{"moments", "sigmoid"}, "sigmoid"},
        {{"moments", "relu", "elu"}, "elu"},
        {{"moments", "relu", "--std", "0"}, "--std"},
        {{"moments", "relu", "--std", "-1"}, "--std"},
        {{"moments", "relu", "--std", "inf"}, "finite"},
        {{"moments", "relu", "--std", "abc"}, "abc"},
        {{"moments", "relu", "--mean", "nan"}, "finite"},
        {{"moments", "relu", "--mean", "1", "--mean", "2"}, "more than once"},
        {{"moments", "elu", "--param", "alpha=x"}, "alpha"},
        {{"moments", "hardtanh", "--param", "min_val=2"}, "max_val"},
        {{"moments", "relu", "--bogus"}, "bogus"},
        {{"propagate"}, "leaky_relu"},
        {{"propagate", "relu", "--layers", "0"}, "--layers"},
        {{"propagate", "relu", "--layers", "10001"}, "--layers"},
        {{"propagate", "relu", "--layers", "2.5"}, "--layers"},
        {{"propagate", "relu", "--variance", "0"}, "--variance"},
        {{"propagate", "relu", "--weight-variance", "-2"}, "--weight-variance"},
        {{"propagate", "relu", "--weight-variance", "0"}, "--weight-variance"},
        {{"propagate", "relu", "--bias-variance", "-0.1"}, "--bias-variance"},
        {{"propagate", "relu", "--bias-variance", "1e999"}, "finite"},
        {{"propagate", "celu", "--param", "alpha=0"}, "alpha"},
        {{"selu-constants", "extra"}, "extra"},
        {{"selu-constants", "--alpha", "1"}, "alpha"},
    }));
    const CliResult r = runCli(args);
    INFO(args.join(' ').toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(r.err.startsWith("relu-explorer " + args[0] + ": "));
    CHECK(r.err.contains(mention));
}

TEST_CASE("the new commands answer --help and are listed by the top-level --help", "[signal]")
{
    for (const QString command : {"moments", "propagate", "selu-constants"}) {
        const CliResult help = runCli({command, "--help"});
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith("Usage: relu-explorer " + command));
        CHECK(runCli({"--help"}).out.contains("  " + command + " "));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <bit>
#include <cmath>
#include <cstdint>
#include <vector>

#include <catch2/catch.hpp>

#include "reluexplorer/activation.h"
#include "reluexplorer/numbers.h"
#include "runcli.h"

namespace {

template <class T> auto bits(T value)
{
    if constexpr (sizeof(T) == 4)
        return std::bit_cast<std::uint32_t>(value);
    else
        return std::bit_cast<std::uint64_t>(value);
}

template <class T> T parsed(const QString &text)
{
    const auto value = rx::parseNumber<T>(text.toStdString());
    INFO("field " << text.toStdString());
    REQUIRE(value);
    return *value;
}

// Every printed field reads back to the bits the core computes for the same input.
template <class T>
void checkAgainstCore(const rx::Activation &f, const QStringList &lines, const std::vector<T> &xs)
{
    REQUIRE(lines.size() == static_cast<qsizetype>(xs.size()) + 1);
    const std::vector<double> params = f.defaultParameters();
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const QStringList fields = lines[static_cast<qsizetype>(i) + 1].split(QLatin1Char(','));
        REQUIRE(fields.size() == static_cast<qsizetype>(f.quantityCount()) + 1);
        CHECK(bits(parsed<T>(fields[0])) == bits(xs[i]));
        for (std::size_t q = 0; q < f.quantityCount(); ++q) {
            const T expected = rx::evaluateAt<T>(f, rx::Quantity{q}, xs[i], params);
            const T got = parsed<T>(fields[static_cast<qsizetype>(q) + 1]);
            INFO(f.id << " x=" << fields[0].toStdString() << " column " << q);
            if (std::isnan(expected))
                CHECK(std::isnan(got));
            else
                CHECK(bits(got) == bits(expected));
        }
    }
}

} // namespace

TEST_CASE("eval prints the header scripts rely on", "[eval]")
{
    // x, y, dydx, then dyd<NAME> per parameter that is not a choice (gelu's approximate has none).
    for (const rx::Activation &f : rx::catalogue()) {
        INFO(f.id);
        QString header = QStringLiteral("x,y,dydx");
        for (const rx::Parameter &p : f.parameters)
            if (p.choices.empty())
                header += QStringLiteral(",dyd") + QString::fromStdString(p.name);
        const CliResult r = runCli({"eval", QString::fromStdString(f.id), "--x", "1"});
        CHECK(r.exitCode == 0);
        REQUIRE(r.lines().size() == 2);
        CHECK(r.lines()[0] == header);
        CHECK(r.err.isEmpty());
    }
    const CliResult selu = runCli({"eval", "selu", "--x", "1"});
    CHECK(selu.lines().value(0) == QLatin1String("x,y,dydx,dydalpha,dydscale"));
}

TEST_CASE("eval prints one row per input in input order, with the core's exact bits", "[eval]")
{
    const char *inputs[] = {"-5",    "0",    "6",   "-1e-8", "3.5", "-0.5",
                            "1e-40", "-inf", "inf", "nan",   "-0",  "100"};
    QStringList args;
    std::vector<float> floats;
    std::vector<double> doubles;
    for (const char *x : inputs) {
        args << "--x" << x;
        floats.push_back(*rx::parseNumber<float>(x));
        doubles.push_back(*rx::parseNumber<double>(x));
    }
    for (const rx::Activation &f : rx::catalogue()) {
        const QString id = QString::fromStdString(f.id);
        const CliResult r32 = runCli(QStringList{"eval", id} + args);
        REQUIRE(r32.exitCode == 0);
        checkAgainstCore(f, r32.lines(), floats);
        const CliResult r64 = runCli(QStringList{"eval", id, "--dtype", "float64"} + args);
        REQUIRE(r64.exitCode == 0);
        checkAgainstCore(f, r64.lines(), doubles);
    }
}

TEST_CASE("eval gives PyTorch's values in the shortest round-trip form", "[eval]")
{
    // Reference values are PyTorch 1.13's (torch.nn.functional, CPU).
    const auto [args, row] = GENERATE(table<QStringList, QString>({
        {{"leaky_relu", "--x", "-1"}, "-1,-0.01,0.01,-1"},
        {{"leaky_relu", "--x", "-2", "--param", "negative_slope=0.2"}, "-2,-0.4,0.2,-2"},
        {{"prelu", "--x", "-2"}, "-2,-0.5,0.25,-2"},
        {{"prelu", "--x", "0"}, "0,0,0.25,0"},
        {{"relu6", "--x", "6"}, "6,6,0"},
        {{"relu6", "--x", "7"}, "7,6,0"},
        {{"relu", "--x", "0"}, "0,0,0"},
        {{"elu", "--x", "-1"}, "-1,-0.63212055,0.36787945,-0.63212055"},
        {{"elu", "--x", "-1", "--dtype", "float64"},
         "-1,-0.6321205588285577,0.36787944117144233,-0.6321205588285577"},
        {{"relu", "--x", "1e-46"}, "0,0,0"},
        {{"relu", "--x", "1e-46", "--dtype", "float64"}, "1e-46,1e-46,1"},
        {{"relu", "--x", "nan"}, "nan,nan,nan"},
        {{"relu", "--x", "-inf"}, "-inf,0,0"},
        {{"elu", "--x", "-inf"}, "-inf,-1,0,-1"},
        // 0·-inf: the processor's NaN, sign bit set (PyTorch's too); printed as it is.
        {{"leaky_relu", "--x", "-inf", "--param", "negative_slope=0"}, "-inf,-nan,0,-inf"},
        {{"relu", "--x", "-0"}, "-0,-0,0"},
        {{"relu", "--x", "-nan"}, "-nan,-nan,-nan"},
        {{"hardswish", "--x", "-0", "--dtype", "float64"}, "-0,-0,0.5"},
        {{"hardswish", "--x", "-5"}, "-5,-0,0"},
        {{"elu", "--x", "0", "--param", "alpha=-0.5", "--dtype", "float64"}, "0,-0,-0.5,0"},
        {{"celu", "--x", "-1", "--param", "alpha=1e-300", "--dtype", "float64"}, "-1,-1e-300,0,-1"},
        {{"gelu", "--x", "1", "--param", "approximate=tanh"}, "1,0.841192,1.0829641"},
        {{"softplus", "--x", "1"}, "1,1.3132616,0.7310586,-0.5822031,0"},
        {{"softplus", "--x", "1", "--param", "beta=2"}, "1,1.063464,0.8807971,-0.091333464,0"},
        {{"softplus", "--x", "25"}, "25,25,1,0,0"},
        {{"celu", "--x", "-1", "--param", "alpha=2"}, "-1,-0.78693867,0.60653067,-0.09020401"},
        {{"hardsigmoid", "--x", "1"}, "1,0.6666667,0.16666667"},
        {{"hardtanh", "--x", "2"}, "2,1,0,0,1"},
        {{"hardtanh", "--x", "-0.5"}, "-0.5,-0.5,1,0,0"},
        {{"rrelu", "--x", "-1"}, "-1,-0.22916667,0.22916667,-0.5,-0.5"},
        // PyTorch's slope: (lower + upper) / 2 in double, then rounded to float32 (0.35, not 0.35000002).
        {{"rrelu", "--x", "-2", "--param", "lower=0.1", "--param", "upper=0.6"}, "-2,-0.7,0.35,-1,-1"},
    }));
    const CliResult r = runCli(QStringList{"eval"} + args);
    INFO(args.join(' ').toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.lines().size() == 2);
    CHECK(r.lines()[1] == row);
}

TEST_CASE("eval gives the exact values, correctly rounded, where PyTorch 1.13 is off", "[eval]")
{
    // Exact values from mpmath; PyTorch 1.13's one-element results are in the comments.
    const auto [args, row] = GENERATE(table<QStringList, QString>({
        {{"gelu", "--x", "-1"}, "-1,-0.15865526,-0.08331547"}, // dydx -0.08331548
        {{"gelu", "--x", "-1", "--dtype", "float64"},
         "-1,-0.15865525393145705,-0.0833154705876863"},      // -0.15865525393145702, ...635
        {{"silu", "--x", "-1"}, "-1,-0.26894143,0.07232949"}, // dydx 0.072329484
        {{"mish", "--x", "1"}, "1,0.8650984,1.0490363"},      // y 0.86509836
        {{"hardswish", "--x", "1"}, "1,0.6666667,0.8333333"}, // dydx 0.8333334
        {{"hardswish", "--x", "-3"}, "-3,-0,0"},              // dydx -0.5; current PyTorch 0
        {{"hardswish", "--x", "3"}, "3,3,1"},                 // dydx 1.5; current PyTorch 1
        {{"gelu", "--x", "-inf"}, "-inf,-0,0"},               // nan,nan
        {{"silu", "--x", "-inf"}, "-inf,-0,-0"},              // nan,nan
        {{"mish", "--x", "-inf"}, "-inf,-0,0"},               // nan,nan
    }));
    const CliResult r = runCli(QStringList{"eval"} + args);
    INFO(args.join(' ').toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.lines().size() == 2);
    CHECK(r.lines()[1] == row);
}

TEST_CASE("eval takes a choice by name and prints no column for it", "[eval]")
{
    const CliResult none = runCli({"eval", "gelu", "--x", "1", "--param", "approximate=none"});
    const CliResult tanhForm = runCli({"eval", "gelu", "--x", "1", "--param", "approximate=tanh"});
    const CliResult byDefault = runCli({"eval", "gelu", "--x", "1"});
    REQUIRE(none.exitCode == 0);
    REQUIRE(tanhForm.exitCode == 0);
    CHECK(none.out == byDefault.out);
    CHECK(none.lines()[0] == "x,y,dydx");
    CHECK(tanhForm.lines()[0] == "x,y,dydx");
    CHECK(none.lines()[1] != tanhForm.lines()[1]);
}

TEST_CASE("eval --range is numpy.linspace: both ends included", "[eval]")
{
    const CliResult r = runCli({"eval", "relu", "--range", "-100:100:1000"});
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.lines();
    REQUIRE(lines.size() == 1001);
    CHECK(lines[1].startsWith("-100,"));
    CHECK(lines[1000].startsWith("100,"));
    const double step = 200.0 / 999.0;
    for (int i : {1, 499, 500, 998}) {
        const auto expected = static_cast<float>(i * step - 100.0);
        CHECK(bits(parsed<float>(lines[i + 1].section(',', 0, 0))) == bits(expected));
    }
    const CliResult one = runCli({"eval", "relu", "--range", "2:2:1"});
    CHECK(one.exitCode == 0);
    CHECK(one.lines() == QStringList{"x,y,dydx", "2,2,1"});
}

TEST_CASE("eval reads whitespace-separated numbers from stdin", "[eval]")
{
    const CliResult r =
        runCli({"eval", "prelu", "--param", "weight=0.1", "--dtype", "float64"}, "1\n-2   3\t-4e1\n");
    REQUIRE(r.exitCode == 0);
    CHECK(r.lines() ==
          QStringList{"x,y,dydx,dydweight", "1,1,1,0", "-2,-0.2,0.1,-2", "3,3,1,0", "-40,-4,0.1,-40"});
    const CliResult empty = runCli({"eval", "relu"}, "");
    CHECK(empty.exitCode == 0);
    CHECK(empty.lines() == QStringList{"x,y,dydx"});
}

TEST_CASE("eval refuses bad input with one line, exit code 2 and nothing on stdout", "[eval][errors]")
{
    const auto [args, input, mention] = GENERATE(table<QStringList, QByteArray, QString>({
        {{}, "", "leaky_relu"},
        {{"sigmoid"}, "", "sigmoid"},
        {{"relu", "--param", "alpha=1"}, "", "alpha"},
        {{"elu", "--param", "weight=1"}, "", "weight"},
        {{"elu", "--param", "alpha"}, "", "NAME=VALUE"},
        {{"elu", "--param", "alpha=abc"}, "", "abc"},
        {{"elu", "--param", "alpha=1e999"}, "", "1e999"},
        {{"elu", "--param", "alpha=nan"}, "", "finite"},
        {{"elu", "--param", "alpha=1", "--param", "alpha=2"}, "", "alpha"},
        {{"relu", "--dtype", "float16"}, "", "float64"},
        {{"relu", "--range", "5:1:10"}, "", "reversed"},
        {{"relu", "--range", "1:1:10"}, "", "empty"},
        {{"relu", "--range", "0:1:0"}, "", "COUNT"},
        {{"relu", "--range", "0:1:100000001"}, "", "COUNT"},
        {{"relu", "--range", "0:1:2.5"}, "", "COUNT"},
        {{"relu", "--range", "0:1"}, "", "START:STOP:COUNT"},
        {{"relu", "--range", "a:1:3"}, "", "'a'"},
        {{"relu", "--range", "0:inf:3"}, "", "finite"},
        {{"relu", "--x", "abc"}, "", "abc"},
        {{"relu", "--x", "1.5.3"}, "", "1.5.3"},
        {{"relu", "--x", "1", "--range", "0:1:2"}, "", "--range"},
        {{"relu", "--bogus"}, "", "bogus"},
        {{"relu", "elu"}, "", "elu"},
        {{"relu"}, "1 two 3", "two"},
        {{"relu"}, "1,2", "1,2"},
        {{"gelu", "--param", "approximate=fast"}, "", "none, tanh"},
        {{"gelu", "--param", "approximate=1"}, "", "none, tanh"},
        {{"celu", "--param", "alpha=0"}, "", "alpha"},
        {{"celu", "--param", "alpha=1e-50"}, "", "float32"},
        {{"softplus", "--param", "beta=0"}, "", "beta"},
        {{"hardtanh", "--param", "min_val=2"}, "", "max_val"},
        {{"hardtanh", "--param", "min_val=1"}, "", "max_val"},
        {{"rrelu", "--param", "lower=0.5", "--param", "upper=0.1"}, "", "lower"},
    }));
    const CliResult r = runCli(QStringList{"eval"} + args, input);
    INFO(args.join(' ').toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(r.err.endsWith(QLatin1Char('\n')));
    CHECK(r.err.contains(mention));
}

TEST_CASE("eval --help and --version answer on stdout with exit code 0", "[eval]")
{
    const CliResult help = runCli({"eval", "--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith("Usage: relu-explorer eval"));
    CHECK(help.out.contains("--range"));
    const CliResult version = runCli({"eval", "--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith("relu-explorer "));
}

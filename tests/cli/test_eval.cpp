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

template <class T>
auto bits(T value)
{
    if constexpr (sizeof(T) == 4)
        return std::bit_cast<std::uint32_t>(value);
    else
        return std::bit_cast<std::uint64_t>(value);
}

template <class T>
T parsed(const QString &text)
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
    const auto [function, header] = GENERATE(table<const char *, const char *>({
        {"relu", "x,y,dydx"},
        {"relu6", "x,y,dydx"},
        {"leaky_relu", "x,y,dydx,dydnegative_slope"},
        {"elu", "x,y,dydx,dydalpha"},
        {"selu", "x,y,dydx,dydalpha,dydscale"},
        {"prelu", "x,y,dydx,dydweight"},
    }));
    const CliResult r = runCli({"eval", function, "--x", "1"});
    CHECK(r.exitCode == 0);
    REQUIRE(r.lines().size() == 2);
    CHECK(r.lines()[0] == QLatin1String(header));
    CHECK(r.err.isEmpty());
}

TEST_CASE("eval prints one row per input in input order, with the core's exact bits", "[eval]")
{
    const char *inputs[] = {"-5", "0", "6", "-1e-8", "3.5", "-0.5", "1e-40", "-inf", "inf", "nan", "-0", "100"};
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
        {{"leaky_relu", "--x", "-inf", "--param", "negative_slope=0"}, "-inf,nan,0,-inf"},
    }));
    const CliResult r = runCli(QStringList{"eval"} + args);
    INFO(args.join(' ').toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.lines().size() == 2);
    CHECK(r.lines()[1] == row);
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
    const CliResult r = runCli({"eval", "prelu", "--param", "weight=0.1", "--dtype", "float64"}, "1\n-2   3\t-4e1\n");
    REQUIRE(r.exitCode == 0);
    CHECK(r.lines() == QStringList{"x,y,dydx,dydweight", "1,1,1,0", "-2,-0.2,0.1,-2", "3,3,1,0", "-40,-4,0.1,-40"});
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

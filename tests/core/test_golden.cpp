// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "golden.h"
#include "reluexplorer/activation.h"
#include "ulp.h"

namespace {

// NUMERICS.md "Accuracy required", per function.
struct Accuracy
{
    bool torchBits = false;          // PyTorch's bits exactly (the exact value where it has none)
    std::uint64_t exactUlpFloat = 0; // otherwise: distance from the exact value
    std::uint64_t exactUlpDouble = 0;
    std::uint64_t torchUlp = 0; // and from PyTorch, where torchComparable(x)
    bool (*torchComparable)(double x, double logMinNormal) = nullptr;
};

// PyTorch 1.13 computes exp(x) - 1, inaccurate near 0. It also rounds exp(x) before scaling it, which
// costs up to |coefficient|/2 ulp once exp(x) is subnormal (x < log(min normal)): 2.5e5 ulp for
// alpha = 1e6. Elsewhere it is within 2 ulp of exact.
bool awayFromZeroAndUnderflow(double x, double logMinNormal)
{
    return (x <= -0.5 || x > 0) && x >= logMinNormal;
}

std::optional<Accuracy> accuracyOf(std::string_view id)
{
    if (id == "relu" || id == "relu6" || id == "leaky_relu" || id == "prelu")
        return Accuracy{true, 0, 0, 0, nullptr};
    if (id == "elu" || id == "selu")
        return Accuracy{false, 1, 2, 3, &awayFromZeroAndUnderflow};
    return std::nullopt;
}

template <class T> constexpr const char *dtypeName()
{
    return sizeof(T) == 4 ? "float32" : "float64";
}

template <class T> constexpr rx::DType dtypeOf()
{
    return sizeof(T) == 4 ? rx::DType::Float32 : rx::DType::Float64;
}

std::string parameterText(const rx::Activation &f, const std::vector<double> &params)
{
    std::string text;
    for (std::size_t i = 0; i < params.size(); ++i)
        text += " " + f.parameters[i].name + "=" + rxtest::hexText(params[i]);
    return text;
}

std::string ulpText(std::uint64_t ulps)
{
    return ulps == std::numeric_limits<std::uint64_t>::max() ? "NaN mismatch" : std::to_string(ulps) + " ulp";
}

// Collects mismatches of one table; reports the first few in full and counts the rest.
class Mismatches
{
public:
    void add(const std::string &message)
    {
        if (++m_count <= 25)
            FAIL_CHECK(message);
    }
    int count() const { return m_count; }

private:
    int m_count = 0;
};

// Consecutive cases with the same parameters, evaluated as one span.
std::vector<std::pair<std::size_t, std::size_t>> parameterRuns(const std::vector<rxtest::GoldenCase> &cases)
{
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    for (std::size_t begin = 0; begin < cases.size();) {
        std::size_t end = begin + 1;
        while (end < cases.size() && cases[end].params == cases[begin].params)
            ++end;
        runs.emplace_back(begin, end);
        begin = end;
    }
    return runs;
}

template <class T> void checkGoldenTable(const rx::Activation &f)
{
    const std::optional<Accuracy> accuracy = accuracyOf(f.id);
    if (!accuracy)
        FAIL(f.id << " has no accuracy rule in test_golden.cpp (see NUMERICS.md)");
    const rxtest::GoldenTable table = rxtest::readGoldenTable(f, dtypeOf<T>());
    INFO(table.path);
    std::vector<std::string> names;
    for (const rx::Parameter &p : f.parameters)
        names.push_back(p.name);
    REQUIRE(table.parameterNames == names);
    for (std::size_t q = 0; q < f.quantityCount(); ++q)
        REQUIRE(table.quantityNames.at(q) == rx::quantityName(f, rx::Quantity{q}));
    REQUIRE(table.cases.size() >= 300);

    const double logMinNormal = std::log(double(std::numeric_limits<T>::min()));
    const std::uint64_t exactUlp = sizeof(T) == 4 ? accuracy->exactUlpFloat : accuracy->exactUlpDouble;
    Mismatches mismatches;
    for (const auto &[begin, end] : parameterRuns(table.cases)) {
        const std::vector<double> &params = table.cases[begin].params;
        std::vector<T> xs;
        for (std::size_t i = begin; i < end; ++i)
            xs.push_back(static_cast<T>(table.cases[i].x));
        for (std::size_t q = 0; q < f.quantityCount(); ++q) {
            const rx::Quantity quantity{q};
            std::vector<T> out(xs.size());
            rx::evaluate(f, quantity, std::span<const T>(xs), params, std::span<T>(out));
            std::vector<T> inPlace = xs;
            rx::evaluate(f, quantity, std::span<const T>(inPlace), params, std::span<T>(inPlace));
            for (std::size_t i = 0; i < xs.size(); ++i) {
                const rxtest::GoldenCase &c = table.cases[begin + i];
                const T got = out[i];
                const std::string where = f.id + " " + dtypeName<T>() + parameterText(f, params) +
                                          " x=" + rxtest::hexText(xs[i]) + " " + table.quantityNames[q] +
                                          ": got " + rxtest::hexText(got);
                const T single = rx::evaluateAt<T>(f, quantity, xs[i], params);
                if (rxtest::ulpDistance(single, got) != 0 || rxtest::ulpDistance(inPlace[i], got) != 0)
                    mismatches.add(where + ", but alone " + rxtest::hexText(single) + " and in place " +
                                   rxtest::hexText(inPlace[i]));
                const T exact = static_cast<T>(c.exact[q]);
                const bool hasTorch = c.torch[q].has_value() && !std::isnan(c.x);
                if (accuracy->torchBits) {
                    const T expected = hasTorch ? static_cast<T>(*c.torch[q]) : exact;
                    const std::uint64_t ulps = rxtest::ulpDistance(got, expected);
                    if (ulps != 0)
                        mismatches.add(where + ", expected " + rxtest::hexText(expected) +
                                       (hasTorch ? " (PyTorch), " : " (exact), ") + ulpText(ulps));
                    continue;
                }
                const std::uint64_t ulps = rxtest::ulpDistance(got, exact);
                if (ulps > exactUlp)
                    mismatches.add(where + ", exact " + rxtest::hexText(exact) + ", " + ulpText(ulps) +
                                   " > " + std::to_string(exactUlp));
                if (hasTorch && accuracy->torchComparable(c.x, logMinNormal)) {
                    const T torch = static_cast<T>(*c.torch[q]);
                    const std::uint64_t torchUlps = rxtest::ulpDistance(got, torch);
                    if (torchUlps > accuracy->torchUlp)
                        mismatches.add(where + ", PyTorch " + rxtest::hexText(torch) + ", " +
                                       ulpText(torchUlps) + " > " + std::to_string(accuracy->torchUlp));
                }
            }
        }
    }
    INFO(f.id << " " << dtypeName<T>() << ": " << mismatches.count() << " mismatches in "
              << table.cases.size() << " cases");
    CHECK(mismatches.count() == 0);
}

} // namespace

TEMPLATE_TEST_CASE("every function matches its golden data (PyTorch and exact)", "[golden]", float, double)
{
    for (const rx::Activation &f : rx::catalogue()) {
        DYNAMIC_SECTION(f.id)
        {
            checkGoldenTable<TestType>(f);
        }
    }
}

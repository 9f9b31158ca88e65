// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iostream>
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

// Reads f's table and checks the header against the catalogue.
template <class T> rxtest::GoldenTable goldenTable(const rx::Activation &f)
{
    rxtest::GoldenTable table = rxtest::readGoldenTable(f, dtypeOf<T>());
    INFO(table.path);
    std::vector<std::string> names;
    for (const rx::Parameter &p : f.parameters)
        names.push_back(p.name);
    REQUIRE(table.parameterNames == names);
    for (std::size_t q = 0; q < f.quantityCount(); ++q)
        REQUIRE(table.quantityNames.at(q) == rx::quantityName(f, rx::Quantity{q}));
    REQUIRE(table.cases.size() >= 300);
    return table;
}

// Evaluates every case of the table, quantity by quantity, one span per parameter vector:
// visit(case, quantity, x, got).
template <class T, class Visit>
void evaluateTable(const rx::Activation &f, const rxtest::GoldenTable &table, Visit visit)
{
    for (const auto &[begin, end] : parameterRuns(table.cases)) {
        const std::vector<double> &params = table.cases[begin].params;
        std::vector<T> xs;
        for (std::size_t i = begin; i < end; ++i)
            xs.push_back(static_cast<T>(table.cases[i].x));
        for (std::size_t q = 0; q < f.quantityCount(); ++q) {
            std::vector<T> out(xs.size());
            rx::evaluate(f, rx::Quantity{q}, std::span<const T>(xs), params, std::span<T>(out));
            for (std::size_t i = 0; i < xs.size(); ++i)
                visit(table.cases[begin + i], q, xs[i], out[i]);
        }
    }
}

// docs/NUMERICS.md "Accuracy", as the catalogue states it (Activation::accuracy); the golden data
// say where PyTorch itself is trusted (torch_ulp).
template <class T> void checkGoldenTable(const rx::Activation &f)
{
    const rx::Accuracy accuracy = f.accuracy;
    const rxtest::GoldenTable table = goldenTable<T>(f);
    INFO(table.path);
    const std::uint64_t exactUlp = sizeof(T) == 4 ? accuracy.ulpFloat : accuracy.ulpDouble;
    Mismatches mismatches;
    // Whether the table says where PyTorch is trusted (elsewhere it is trusted on signs of zero).
    const bool trustMap = std::any_of(table.cases.begin(), table.cases.end(),
                                      [](const rxtest::GoldenCase &c) { return c.torchUlp.has_value(); });
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
                const bool signsDiffer = got == 0 && (std::signbit(single) != std::signbit(got) ||
                                                      std::signbit(inPlace[i]) != std::signbit(got));
                if (rxtest::ulpDistance(single, got) != 0 || rxtest::ulpDistance(inPlace[i], got) != 0 ||
                    signsDiffer)
                    mismatches.add(where + ", but alone " + rxtest::hexText(single) + " and in place " +
                                   rxtest::hexText(inPlace[i]));
                const T exact = static_cast<T>(c.exact[q]);
                const bool hasTorch = c.torch[q].has_value() && !std::isnan(c.x);
                // ulpDistance counts +0 and -0 as one point. A zero that is exact (not a negative
                // value rounded to -0, nor a limit beyond |x| = 1000, where the generator stops
                // evaluating) has PyTorch's sign at x = ±0 and wherever PyTorch is trusted.
                const bool exactZero = exact == 0 && !std::signbit(exact) && std::fabs(c.x) <= 1000;
                const bool signFromTorch = accuracy.pytorchBits || !trustMap || c.torchUlp || c.x == 0;
                if (hasTorch && signFromTorch && exactZero && got == 0 && static_cast<T>(*c.torch[q]) == 0 &&
                    std::signbit(got) != std::signbit(*c.torch[q]))
                    mismatches.add(where + ", PyTorch " + rxtest::hexText(static_cast<T>(*c.torch[q])) +
                                   " (sign of zero)");
                if (accuracy.pytorchBits) {
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
                if (hasTorch && c.torchUlp) {
                    const T torch = static_cast<T>(*c.torch[q]);
                    const std::uint64_t torchUlps = rxtest::ulpDistance(got, torch);
                    if (torchUlps > *c.torchUlp)
                        mismatches.add(where + ", PyTorch " + rxtest::hexText(torch) + ", " +
                                       ulpText(torchUlps) + " > " + std::to_string(*c.torchUlp));
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

namespace {

// Largest distance seen and where.
struct Worst
{
    std::uint64_t ulps = 0;
    double x = 0;
    std::vector<double> params;

    void see(std::uint64_t distance, const rxtest::GoldenCase &c)
    {
        if (distance > ulps || (distance == ulps && params.empty())) {
            ulps = distance;
            x = c.x;
            params = c.params;
        }
    }
};

std::string worstText(const rx::Activation &f, const Worst &w)
{
    return ulpText(w.ulps) + " at x=" + rxtest::hexText(w.x) + parameterText(f, w.params);
}

template <class T> void reportTable(const rx::Activation &f)
{
    const rxtest::GoldenTable table = goldenTable<T>(f);
    std::vector<Worst> exact(f.quantityCount());
    std::vector<Worst> torch(f.quantityCount());
    std::vector<Worst> torchVsExact(f.quantityCount());
    std::vector<Worst> torchUsual(f.quantityCount()); // default parameters, |x| <= 20
    std::vector<int> torchNaN(f.quantityCount());
    const std::vector<double> defaults = f.defaultParameters();
    evaluateTable<T>(f, table, [&](const rxtest::GoldenCase &c, std::size_t q, T, T got) {
        exact[q].see(rxtest::ulpDistance(got, static_cast<T>(c.exact[q])), c);
        if (!c.torch[q] || std::isnan(c.x))
            return;
        const T fromTorch = static_cast<T>(*c.torch[q]);
        if (std::isnan(fromTorch) && !std::isnan(got)) {
            ++torchNaN[q];
            return;
        }
        torch[q].see(rxtest::ulpDistance(got, fromTorch), c);
        torchVsExact[q].see(rxtest::ulpDistance(fromTorch, static_cast<T>(c.exact[q])), c);
        if (c.params == defaults && std::fabs(c.x) <= 20)
            torchUsual[q].see(rxtest::ulpDistance(got, fromTorch), c);
    });
    for (std::size_t q = 0; q < f.quantityCount(); ++q) {
        std::cout << f.id << " " << dtypeName<T>() << " " << rx::quantityName(f, rx::Quantity{q})
                  << ": vs exact " << worstText(f, exact[q]);
        const bool hasTorch =
            std::any_of(table.cases.begin(), table.cases.end(),
                        [q](const rxtest::GoldenCase &c) { return c.torch[q].has_value(); });
        if (hasTorch)
            std::cout << "; vs PyTorch " << worstText(f, torch[q])
                      << " (defaults, |x| <= 20: " << worstText(f, torchUsual[q]) << "); PyTorch vs exact "
                      << worstText(f, torchVsExact[q]);
        if (torchNaN[q] > 0)
            std::cout << "; PyTorch NaN where we are not: " << torchNaN[q] << " cases";
        std::cout << "\n";
    }
}

} // namespace

// Not a test: prints the largest distances from the exact values and from PyTorch, per function,
// dtype and quantity. Run with: core_tests "[.report]" (RX_KERNEL_ISA and RX_GOLDEN_DIR apply).
TEST_CASE("report the largest ulp distances", "[.report]")
{
    std::cout << "kernels: " << rx::kernelIsa() << "\n";
    for (const rx::Activation &f : rx::catalogue()) {
        reportTable<float>(f);
        reportTable<double>(f);
    }
}

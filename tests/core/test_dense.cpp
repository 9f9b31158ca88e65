// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// The accuracy contract over many random inputs, against references in long double (64-bit
// significand: 40 bits beyond float's, 11 beyond double's). The golden tables hold the hard cases
// with exact values; this test looks between them. RX_DENSE_COUNT sets the inputs per case (default
// 2^16; the vectorised kernels were checked with 2^22).
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "reluexplorer/activation.h"
#include "ulp.h"

namespace {

using Ld = long double;

/// Quantity q of a function at x (parameters fixed per case), in long double.
using Reference = std::function<Ld(std::size_t q, Ld x)>;

struct DenseCase
{
    std::string id;
    std::vector<double> params;
    Reference reference;
    double skipFrom = 0;        // dy/dx is not compared in [skipFrom, skipTo] in float64: the reference
    double skipTo = 0;          // cancels there (a zero of dy/dx, covered by the golden tables)
    std::size_t quantities = 2; // y and dy/dx
};

std::size_t denseCount()
{
    const char *text = std::getenv("RX_DENSE_COUNT");
    return text ? std::strtoull(text, nullptr, 10) : std::size_t(1) << 16;
}

Ld sigmoid(Ld z)
{
    return z > 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z));
}

/// a + b as a sum and its rounding error (two-sum).
void twoSum(Ld a, Ld b, Ld &sum, Ld &error)
{
    sum = a + b;
    const Ld bb = sum - a;
    error = (a - (sum - bb)) + (b - bb);
}

/// Φ(x) and φ(x) of a double x to a few long double ulp down to x = -40. x/√2 and x² are carried as
/// exact sums: rounded, their relative error would be multiplied by about x² in erfc and exp.
void normalReference(Ld x, Ld &cdf, Ld &density)
{
    const Ld xh = static_cast<float>(x); // 24 bits; x - xh has at most 30
    const Ld xl = x - xh;
    // 1/√2 = sh + sm + sl: sh and sm 32 bits each, sl 64 more; xh·sh and xl·sh are exact.
    const Ld sh = 0xB504F333p-32L;
    const Ld sm = 0xF9DE6484p-64L;
    const Ld sl = 0xB2FB1366EA957D3Ep-129L;
    Ld s = 0, e1 = 0, u = 0, e2 = 0;
    twoSum(xh * sh, xl * sh, s, e1);
    twoSum(s, x * sm + x * sl, u, e2);
    const Ld t = -u; // -x/√2 = t + tLow
    const Ld tLow = -(e1 + e2);
    const Ld pi = std::acos(Ld(-1));
    cdf = (std::erfc(t) - 2 / std::sqrt(pi) * std::exp(-t * t) * tLow) / 2;
    // x² = xh² + (2 xh xl + xl²), xh² exact.
    density = std::exp(-xh * xh / 2) * std::exp(-(2 * xh * xl + xl * xl) / 2) / std::sqrt(2 * pi);
}

std::vector<DenseCase> denseCases()
{
    std::vector<DenseCase> cases;
    cases.push_back({"silu",
                     {},
                     [](std::size_t q, Ld x) -> Ld {
                         const Ld e = std::exp(-std::fabs(x));
                         if (q == 0)
                             return x * sigmoid(x);
                         return x > 0 ? (1 + e + x * e) / ((1 + e) * (1 + e))
                                      : e * ((1 + x) + e) / ((1 + e) * (1 + e));
                     },
                     -1.29,
                     -1.27});
    cases.push_back({"gelu",
                     {0.0},
                     [](std::size_t q, Ld x) -> Ld {
                         Ld cdf = 0;
                         Ld density = 0;
                         normalReference(x, cdf, density);
                         return q == 0 ? x * cdf : cdf + x * density;
                     },
                     -0.76,
                     -0.74});
    // The tanh form: v's rounding in long double (2^-64 relative) is |v| times larger in e^-|v|, at most
    // a third of a double's ulp where y underflows (|v| near 745).
    cases.push_back({"gelu",
                     {1.0},
                     [](std::size_t q, Ld x) -> Ld {
                         const Ld c = 2 * std::sqrt(2 / std::acos(Ld(-1)));
                         const Ld k = Ld(0.044715L);
                         const Ld v = c * (x + k * x * x * x);
                         const Ld s = sigmoid(v);
                         if (q == 0)
                             return x * s;
                         return s + x * s * sigmoid(-v) * c * (1 + 3 * k * x * x);
                     },
                     -0.77,
                     -0.73});
    for (const double alpha : {1.0, 0.5, 4.0}) // x/α exact in the reference
        cases.push_back({"celu",
                         {alpha},
                         [alpha](std::size_t q, Ld x) -> Ld {
                             const Ld a = alpha;
                             if (x > 0)
                                 return q == 0 ? x : q == 1 ? 1 : 0;
                             const Ld t = x / a;
                             if (q < 2)
                                 return q == 0 ? a * std::expm1(t) : std::exp(t);
                             if (t < -1) // dy/dα = expm1(t) - t e^t, cancelling to -t²/2 near 0
                                 return std::expm1(t) - t * std::exp(t);
                             Ld sum = 0, term = t;
                             for (int n = 2; n < 40; ++n) {
                                 term *= t / n;
                                 sum += (1 - n) * term;
                             }
                             return sum;
                         },
                         0,
                         0,
                         3});
    for (const double beta : {1.0, 2.0, 0.5}) // βx exact in the reference
        cases.push_back({"softplus",
                         {beta, 20.0},
                         [beta](std::size_t q, Ld x) -> Ld {
                             const Ld z = beta * x;
                             if (z > 20)
                                 return q == 0 ? x : q == 1 ? 1 : 0;
                             if (q == 1)
                                 return sigmoid(z);
                             const Ld e = std::exp(-std::fabs(z));
                             if (q == 2) // dy/dβ
                                 return -(std::fabs(z) * e / (1 + e) + std::log1p(e)) / (Ld(beta) * beta);
                             return (z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z))) / beta;
                         },
                         0,
                         0,
                         3});
    cases.push_back({"mish",
                     {},
                     [](std::size_t q, Ld x) -> Ld {
                         const Ld sp = x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
                         const Ld t = std::tanh(sp);
                         if (q == 0)
                             return x * t;
                         return t + x * (1 - t * t) * sigmoid(x);
                     },
                     -1.21,
                     -1.17});
    cases.push_back({"tanhshrink", {}, [](std::size_t q, Ld x) -> Ld {
                         const Ld t = std::tanh(x);
                         if (q == 1)
                             return t * t;
                         if (std::fabs(x) >= Ld(0.125))
                             return x - t;
                         Ld s = 0; // x - tanh(x) from its series: x³/3 - 2x⁵/15 + ...
                         for (const Ld c :
                              {Ld(113927491862) / 2900518163668125, Ld(-18888466084) / 194896477400625,
                               Ld(443861162) / 1856156927625, Ld(-6404582) / 10854718875,
                               Ld(929569) / 638512875, Ld(-21844) / 6081075, Ld(1382) / 155925,
                               Ld(-62) / 2835, Ld(17) / 315, Ld(-2) / 15, Ld(1) / 3})
                             s = s * x * x + c;
                         return s * x * x * x;
                     }});
    cases.push_back({"logsigmoid", {}, [](std::size_t q, Ld x) -> Ld {
                         if (q == 1)
                             return sigmoid(-x);
                         return (x > 0 ? 0 : x) - std::log1p(std::exp(-std::fabs(x)));
                     }});
    cases.push_back({"hardswish", {}, [](std::size_t q, Ld x) -> Ld {
                         if (x <= -3)
                             return 0;
                         if (x >= 3)
                             return q == 0 ? x : 1;
                         return q == 0 ? x * (x + 3) / 6 : (2 * x + 3) / 6;
                     }});
    cases.push_back({"hardsigmoid", {}, [](std::size_t q, Ld x) -> Ld {
                         if (q == 1)
                             return x > -3 && x < 3 ? Ld(1) / 6 : 0;
                         return x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6;
                     }});
    return cases;
}

/// Normal(0, 3) like the benchmark, uniform over [-60, 60], and |x| spread over every binade.
template <class T> std::vector<T> denseInputs(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0, 3);
    std::uniform_real_distribution<double> wide(-60, 60);
    std::uniform_real_distribution<double> exponent(-30, 9);
    std::vector<T> xs(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double pick = i % 3 == 0   ? normal(random)
                            : i % 3 == 1 ? wide(random)
                                         : std::exp2(exponent(random));
        xs[i] = static_cast<T>(i % 3 == 2 && (random() & 1) ? -pick : pick);
    }
    return xs;
}

/// The largest ulpError of out against exact(x) over xs, and its index; inputs where skip(x) holds
/// are left out.
struct Worst
{
    Ld error = 0;
    std::size_t at = 0;
};
template <class T, class Exact, class Skip>
Worst worstError(const std::vector<T> &xs, const std::vector<T> &out, Exact exact, Skip skip)
{
    Worst worst;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (skip(xs[i]))
            continue;
        const Ld error = rxtest::ulpError(exact(xs[i]), out[i]);
        if (error > worst.error)
            worst = {error, i};
    }
    return worst;
}
template <class T, class Exact>
Worst worstError(const std::vector<T> &xs, const std::vector<T> &out, Exact exact)
{
    return worstError(xs, out, exact, [](T) { return false; });
}

/// The dense case of function id.
const DenseCase &denseCase(const std::string &id)
{
    static const std::vector<DenseCase> cases = denseCases();
    const auto c = std::find_if(cases.begin(), cases.end(), [&](const DenseCase &d) { return d.id == id; });
    REQUIRE(c != cases.end());
    return *c;
}

template <class T> void checkDense(const DenseCase &c)
{
    const rx::Activation *f = rx::findActivation(c.id);
    REQUIRE(f);
    const Ld allowed = sizeof(T) == 4 ? f->accuracy.ulpFloat : f->accuracy.ulpDouble;
    const std::vector<T> xs = denseInputs<T>(denseCount(), 20260101 + sizeof(T));
    std::vector<T> out(xs.size());
    for (std::size_t q = 0; q < c.quantities && q < f->quantityCount(); ++q) {
        rx::evaluate(*f, rx::Quantity{q}, std::span<const T>(xs), c.params, std::span<T>(out));
        const Worst worst = worstError(
            xs, out, [&](T x) { return c.reference(q, x); },
            [&](T x) { return sizeof(T) == 8 && q == 1 && x >= c.skipFrom && x <= c.skipTo; });
        INFO(c.id << " " << (sizeof(T) == 4 ? "float32" : "float64") << " quantity " << q << ": worst "
                  << static_cast<double>(worst.error) << " ulp at x = " << rxtest::hexText(xs[worst.at])
                  << ", got " << rxtest::hexText(out[worst.at]) << ", reference "
                  << rxtest::hexText(static_cast<T>(c.reference(q, xs[worst.at]))));
        CHECK(worst.error <= allowed);
    }
}

} // namespace

TEST_CASE("Smooth functions keep their ulp contract over many random inputs", "[golden][dense]")
{
    for (const DenseCase &c : denseCases()) {
        checkDense<float>(c);
        checkDense<double>(c);
    }
}

TEST_CASE("Next to each zero of dy/dx every float32 input keeps the ulp contract", "[golden][dense]")
{
    // Where dy/dx crosses zero its two terms cancel and the kernels switch to a series; every float
    // from 0.2 below that zero to 0.2 above it (some 4 to 7 million each) covers the series and both
    // of its edges.
    for (const DenseCase &c : denseCases()) {
        if (c.skipFrom == c.skipTo)
            continue;
        const rx::Activation *f = rx::findActivation(c.id);
        REQUIRE(f);
        std::vector<float> xs;
        for (float x = static_cast<float>(c.skipFrom - 0.2); x <= static_cast<float>(c.skipTo + 0.2);
             x = std::nextafter(x, 1.0f))
            xs.push_back(x);
        std::vector<float> out(xs.size());
        rx::evaluate(*f, rx::Quantity{1}, std::span<const float>(xs), c.params, std::span<float>(out));
        const Worst worst = worstError(xs, out, [&](float x) { return c.reference(1, x); });
        INFO(c.id << " dy/dx, " << xs.size() << " floats: worst " << static_cast<double>(worst.error)
                  << " ulp at x = " << rxtest::hexText(xs[worst.at]));
        CHECK(worst.error <= Ld(f->accuracy.ulpFloat));
    }
}

TEST_CASE("float64 hardswish keeps its 2 ulp where its three roundings add up most", "[golden][dense]")
{
    // y = x(x + 3)/6 rounds x + 3, the product and the quotient. In ulps of y the first two weigh most
    // where y lies just below a power of two: about 0.92, 0.67 and 1/3 ulp at y = 1. Every double within
    // 2^19 steps of each x where y = 2^k.
    const rx::Activation *f = rx::findActivation("hardswish");
    REQUIRE(f);
    const DenseCase &c = denseCase("hardswish");
    constexpr std::int64_t steps = std::int64_t(1) << 19;
    std::vector<double> xs;
    for (int k = -8; k <= 1; ++k) {
        const double target = 6 * std::ldexp(1.0, k);
        for (const double sign : {1.0, -1.0}) {
            const double root = (-3 + sign * std::sqrt(9 + 4 * target)) / 2;
            if (!(root > -3 && root < 3))
                continue;
            for (std::int64_t s = -steps; s <= steps; ++s)
                xs.push_back(std::bit_cast<double>(std::bit_cast<std::int64_t>(root) + s));
        }
    }
    std::vector<double> out(xs.size());
    rx::evaluate(*f, rx::Quantity::value(), std::span<const double>(xs), {}, std::span<double>(out));
    const Worst worst = worstError(xs, out, [&](double x) { return c.reference(0, x); });
    INFO(xs.size() << " doubles: worst " << static_cast<double>(worst.error)
                   << " ulp at x = " << rxtest::hexText(xs[worst.at]));
    CHECK(worst.error <= Ld(f->accuracy.ulpDouble));
}

TEST_CASE("float64 silu and mish dy/dx keep their 2 ulp across the series about their zeros",
          "[golden][dense]")
{
    // Within 1/8 of each zero of dy/dx the kernels sum a series, whose roundings add up most towards
    // the radius; random inputs seldom fall there. Not within 0.01 of the zero, where the reference's
    // own difference cancels (the golden tables hold those inputs).
    for (const char *id : {"silu", "mish"}) {
        const DenseCase &c = denseCase(id);
        const rx::Activation *f = rx::findActivation(id);
        REQUIRE(f);
        const double zero = (c.skipFrom + c.skipTo) / 2; // within 0.01 of the zero
        std::mt19937_64 random(20261201);
        std::uniform_real_distribution<double> near(zero - 0.14, zero + 0.14);
        std::vector<double> xs;
        while (xs.size() < (std::size_t(1) << 18)) {
            const double x = near(random);
            if (x < c.skipFrom || x > c.skipTo)
                xs.push_back(x);
        }
        std::vector<double> out(xs.size());
        rx::evaluate(*f, rx::Quantity::dydx(), std::span<const double>(xs), {}, std::span<double>(out));
        const Worst worst = worstError(xs, out, [&](double x) { return c.reference(1, x); });
        INFO(id << " float64 dy/dx: worst " << static_cast<double>(worst.error)
                << " ulp at x = " << rxtest::hexText(xs[worst.at]));
        CHECK(worst.error <= Ld(f->accuracy.ulpDouble));
    }
}

TEST_CASE("float64 ELU, SELU and CELU y keep their 2 ulp where expm1 lies low in its binade",
          "[golden][dense]")
{
    // c·expm1(x): where expm1 lies just above a power of two in magnitude and c·expm1 just below one,
    // an error in expm1 counts twice in ulps of the product. x = -0x1.27ed4c92b3be5p-2 with α = 1.99
    // is one such input (2.03 ulp when expm1 was rounded before the product).
    // params: α, then SELU's scale; celu's exponent is x/α
    const auto check = [](const std::string &id, std::vector<double> params, double from, double to) {
        const rx::Activation *f = rx::findActivation(id);
        REQUIRE(f);
        const Ld alpha = params[0];
        const Ld scale = params.size() > 1 ? params[1] : 1;
        const Ld divisor = id == "celu" ? alpha : 1;
        std::mt19937_64 random(20261202);
        std::uniform_real_distribution<double> near(from, to);
        std::vector<double> xs{-0x1.27ed4c92b3be5p-2};
        while (xs.size() < (std::size_t(1) << 17))
            xs.push_back(near(random));
        std::vector<double> out(xs.size());
        rx::evaluate(*f, rx::Quantity::value(), std::span<const double>(xs), params, std::span<double>(out));
        const Worst worst =
            worstError(xs, out, [&](double x) { return scale * alpha * std::expm1(Ld(x) / divisor); });
        INFO(id << " alpha " << static_cast<double>(alpha) << ": worst " << static_cast<double>(worst.error)
                << " ulp at x = " << rxtest::hexText(xs[worst.at]));
        CHECK(worst.error <= Ld(f->accuracy.ulpDouble));
    };
    check("elu", {1.99}, -0.2890, -0.2876);
    check("elu", {0.999}, -0.2890, -0.2876);
    check("elu", {0.37}, -0.36, -0.34);
    check("celu", {1.99}, -0.2890 * 1.99, -0.2876 * 1.99);
    // selu's scale α is about 1.758: its product lies high in its binade where expm1 is just below -1/2
    check("selu", {1.6732632423543772, 1.0507009873554805}, -0.70, -0.69);
}

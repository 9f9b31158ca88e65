// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "activationbyid.h"
#include "reluexplorer/activation.h"
#include "ulp.h"

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double qnan = std::numeric_limits<double>::quiet_NaN();

template <class T>
std::string caseText(const std::string &id, const std::vector<double> &params, T x, std::size_t q)
{
    std::string text = id + (sizeof(T) == 4 ? " float32" : " float64");
    for (double p : params)
        text += " " + rxtest::hexText(p);
    return text + " x=" + rxtest::hexText(x) + " " + rx::quantityName(activation(id), rx::Quantity{q});
}

// A value the contract states; expected is exact in both types (or NaN, or ±inf).
struct Edge
{
    const char *id;
    std::vector<double> params;
    double x;
    std::size_t quantity; // 0 = y, 1 = dy/dx, 2 + i = dy/dparam i
    double expected;
};

} // namespace

TEMPLATE_TEST_CASE("values the contract states at infinities, zero and the kinks", "[edges]", float, double)
{
    const Edge edge = GENERATE(values<Edge>({
        {"relu", {}, -inf, 0, 0.0},
        {"relu", {}, -inf, 1, 0.0},
        {"relu", {}, inf, 0, inf},
        {"relu", {}, inf, 1, 1.0},
        {"relu", {}, 0.0, 1, 0.0},
        {"relu", {}, -0.0, 1, 0.0},
        {"relu6", {}, inf, 0, 6.0},
        {"relu6", {}, inf, 1, 0.0},
        {"relu6", {}, -inf, 0, 0.0},
        {"relu6", {}, 0.0, 1, 0.0},
        {"relu6", {}, 6.0, 0, 6.0},
        {"relu6", {}, 6.0, 1, 0.0},
        {"relu6", {}, 6.5, 0, 6.0},
        {"leaky_relu", {0.0}, -inf, 0, qnan},
        {"leaky_relu", {0.0}, -inf, 1, 0.0},
        {"leaky_relu", {0.0}, -inf, 2, -inf},
        {"leaky_relu", {0.25}, -inf, 0, -inf},
        {"leaky_relu", {-0.5}, -inf, 0, inf},
        {"leaky_relu", {0.25}, inf, 2, 0.0},
        {"leaky_relu", {0.25}, 0.0, 1, 0.25},
        {"leaky_relu", {-0.5}, 0.0, 1, -0.5},
        {"leaky_relu", {0.25}, 0.0, 2, 0.0},
        {"leaky_relu", {0.25}, -2.0, 2, -2.0},
        {"prelu", {0.0}, -inf, 0, qnan},
        {"prelu", {0.25}, -inf, 2, -inf},
        {"prelu", {0.25}, inf, 2, 0.0},
        {"prelu", {0.25}, 0.0, 1, 0.25},
        {"prelu", {0.25}, 0.0, 2, 0.0},
        {"prelu", {1.5}, -2.0, 0, -3.0},
        {"elu", {1.0}, -inf, 0, -1.0},
        {"elu", {2.5}, -inf, 0, -2.5},
        {"elu", {-0.5}, -inf, 0, 0.5},
        {"elu", {2.5}, -inf, 1, 0.0},
        {"elu", {2.5}, -inf, 2, -1.0},
        {"elu", {2.5}, inf, 0, inf},
        {"elu", {2.5}, inf, 1, 1.0},
        {"elu", {2.5}, inf, 2, 0.0},
        {"elu", {2.5}, 0.0, 0, 0.0},
        {"elu", {2.5}, 0.0, 1, 2.5},
        {"elu", {-0.5}, 0.0, 1, -0.5},
        {"elu", {2.5}, 0.0, 2, 0.0},
        {"elu", {2.5}, -1e4, 1, 0.0},
        {"elu", {1e6}, -inf, 1, 0.0},
        {"elu", {1e6}, -1e4, 1, 0.0},
        {"selu", {2.5, 0.5}, -inf, 0, -1.25},
        {"selu", {2.5, 0.5}, -inf, 1, 0.0},
        {"selu", {2.5, 0.5}, -inf, 2, -0.5},
        {"selu", {2.5, 0.5}, -inf, 3, -2.5},
        {"selu", {2.5, 0.5}, 0.0, 1, 1.25},
        {"selu", {2.5, 0.5}, 0.0, 3, 0.0},
        {"selu", {2.5, 0.5}, inf, 1, 0.5},
        {"selu", {2.5, 0.5}, inf, 3, inf},
        {"selu", {1e6, 1e6}, -inf, 1, 0.0},
        {"selu", {1.0, 0.0}, inf, 0, 0.0}, // the limit; 0·inf would be NaN
        {"selu", {1.0, 0.0}, -inf, 0, 0.0},
        {"selu", {1.0, 0.0}, inf, 1, 0.0},
        {"celu", {1.0}, -inf, 0, -1.0},
        {"celu", {1.0}, -inf, 1, 0.0},
        {"celu", {1.0}, -inf, 2, -1.0},
        {"celu", {2.5}, -inf, 0, -2.5},
        {"celu", {2.5}, 0.0, 0, 0.0},
        {"celu", {2.5}, 0.0, 1, 1.0},
        {"celu", {2.5}, 0.0, 2, 0.0},
        {"celu", {2.5}, inf, 0, inf},
        {"celu", {2.5}, inf, 1, 1.0},
        {"celu", {2.5}, inf, 2, 0.0},
        {"celu", {-1.0}, -inf, 0, -inf},
        {"celu", {-1.0}, -inf, 1, inf},
        {"celu", {-1.0}, -inf, 2, -inf},
        {"celu", {1e6}, -1e4, 1, 0.9900498337491681}, // exp(-0.01) rounds the same in float and double
        {"rrelu", {0.125, 0.375}, -2.0, 0, -0.5},
        {"rrelu", {0.125, 0.375}, 0.0, 1, 0.25},
        {"rrelu", {0.125, 0.375}, -2.0, 2, -1.0},
        {"rrelu", {0.125, 0.375}, -2.0, 3, -1.0},
        {"rrelu", {0.125, 0.375}, 2.0, 2, 0.0},
        {"rrelu", {0.125, 0.375}, -inf, 0, -inf},
        {"rrelu", {0.0, 0.0}, -inf, 0, qnan},
        {"hardtanh", {-1.0, 1.0}, -inf, 0, -1.0},
        {"hardtanh", {-1.0, 1.0}, inf, 0, 1.0},
        {"hardtanh", {-1.0, 1.0}, -1.0, 1, 0.0},
        {"hardtanh", {-1.0, 1.0}, 1.0, 1, 0.0},
        {"hardtanh", {-1.0, 1.0}, 0.5, 1, 1.0},
        {"hardtanh", {-1.0, 1.0}, -1.0, 2, 1.0},
        {"hardtanh", {-1.0, 1.0}, -0.5, 2, 0.0},
        {"hardtanh", {-1.0, 1.0}, 1.0, 3, 1.0},
        {"hardtanh", {-1.0, 1.0}, 0.5, 3, 0.0},
        {"hardtanh", {-2.5, 0.5}, -3.0, 0, -2.5},
        {"hardswish", {}, -inf, 0, 0.0},
        {"hardswish", {}, -inf, 1, 0.0},
        {"hardswish", {}, -3.0, 0, 0.0},
        {"hardswish", {}, -3.0, 1, 0.0}, // current PyTorch; 1.13 gives -0.5
        {"hardswish", {}, 3.0, 0, 3.0},
        {"hardswish", {}, 3.0, 1, 1.0}, // current PyTorch; 1.13 gives 1.5
        {"hardswish", {}, -1.5, 1, 0.0},
        {"hardswish", {}, 1.5, 0, 1.125},
        {"hardswish", {}, inf, 0, inf},
        {"hardswish", {}, inf, 1, 1.0},
        {"hardsigmoid", {}, -inf, 0, 0.0},
        {"hardsigmoid", {}, -3.0, 0, 0.0},
        {"hardsigmoid", {}, -3.0, 1, 0.0},
        {"hardsigmoid", {}, 3.0, 0, 1.0},
        {"hardsigmoid", {}, 3.0, 1, 0.0},
        {"hardsigmoid", {}, 0.0, 0, 0.5},
        {"hardsigmoid", {}, inf, 0, 1.0},
        {"gelu", {0.0}, -inf, 0, 0.0}, // PyTorch: NaN
        {"gelu", {0.0}, -inf, 1, 0.0},
        {"gelu", {0.0}, inf, 0, inf},
        {"gelu", {0.0}, inf, 1, 1.0},
        {"gelu", {0.0}, 0.0, 0, 0.0},
        {"gelu", {0.0}, 0.0, 1, 0.5},
        {"gelu", {0.0}, -1e4, 0, 0.0},
        {"gelu", {1.0}, -inf, 0, 0.0},
        {"gelu", {1.0}, -inf, 1, 0.0},
        {"gelu", {1.0}, inf, 0, inf},
        {"gelu", {1.0}, inf, 1, 1.0},
        {"gelu", {1.0}, 0.0, 1, 0.5},
        {"silu", {}, -inf, 0, 0.0}, // PyTorch: NaN
        {"silu", {}, -inf, 1, 0.0},
        {"silu", {}, inf, 0, inf},
        {"silu", {}, inf, 1, 1.0},
        {"silu", {}, 0.0, 1, 0.5},
        {"mish", {}, -inf, 0, 0.0}, // PyTorch: NaN
        {"mish", {}, -inf, 1, 0.0},
        {"mish", {}, inf, 0, inf},
        {"mish", {}, inf, 1, 1.0},
        {"mish", {}, 0.0, 0, 0.0},
        {"softplus", {1.0, 20.0}, -inf, 0, 0.0},
        {"softplus", {1.0, 20.0}, -inf, 1, 0.0},
        {"softplus", {1.0, 20.0}, -inf, 2, 0.0},
        {"softplus", {1.0, 20.0}, inf, 0, inf},
        {"softplus", {1.0, 20.0}, inf, 1, 1.0},
        {"softplus", {1.0, 20.0}, inf, 2, 0.0},
        {"softplus", {1.0, 20.0}, 21.0, 0, 21.0},
        {"softplus", {1.0, 20.0}, 0.0, 1, 0.5},
        {"softplus", {1.0, 20.0}, 0.5, 3, 0.0},
        {"softplus", {1.0, 20.0}, 21.0, 3, 0.0},
        {"softplus", {-1.0, 20.0}, inf, 0, 0.0},
        {"softplus", {-1.0, 20.0}, -inf, 0, -inf},
        {"softplus", {-1.0, 20.0}, -inf, 1, 1.0},
        {"softplus", {1e6, 20.0}, 1e-3, 0, 1e-3},
    }));
    const rx::Activation &f = activation(edge.id);
    const TestType x = static_cast<TestType>(edge.x);
    const TestType got = rx::evaluateAt<TestType>(f, rx::Quantity{edge.quantity}, x, edge.params);
    INFO(caseText(edge.id, edge.params, x, edge.quantity)
         << ": got " << rxtest::hexText(got) << ", expected " << rxtest::hexText(edge.expected));
    CHECK(rxtest::ulpDistance(got, static_cast<TestType>(edge.expected)) == 0);
}

// Signs of zero as torch 1.13 gives them (one-element tensors, both dtypes, checked with
// /usr/bin/python3): a zero that is exact in the formula keeps PyTorch's sign.
TEMPLATE_TEST_CASE("zeros have PyTorch's sign", "[edges]", float, double)
{
    const Edge edge = GENERATE(values<Edge>({
        {"relu", {}, -0.0, 0, -0.0},
        {"relu", {}, 0.0, 0, 0.0},
        {"relu", {}, -5.0, 0, 0.0},
        {"relu", {}, -0.0, 1, 0.0},
        {"relu6", {}, -0.0, 0, -0.0},
        {"relu6", {}, -5.0, 0, 0.0},
        {"hardtanh", {-1.0, 1.0}, -0.0, 0, -0.0},
        {"leaky_relu", {0.01}, -0.0, 0, -0.0},
        {"leaky_relu", {-0.3}, 0.0, 0, -0.0},
        {"leaky_relu", {-0.3}, -0.0, 0, 0.0},
        {"prelu", {0.25}, -0.0, 0, -0.0},
        {"prelu", {0.25}, -0.0, 2, 0.0}, // the weight's gradient is a sum, which starts at +0
        {"rrelu", {0.125, 1.0 / 3}, -0.0, 0, -0.0},
        {"elu", {1.0}, -0.0, 0, 0.0},
        {"elu", {1.0}, 0.0, 0, 0.0},
        {"elu", {-0.5}, 0.0, 0, -0.0},
        {"elu", {-0.5}, -0.0, 0, -0.0},
        {"elu", {-0.5}, -inf, 1, -0.0},
        {"selu", {1.6732632423543772, 1.0507009873554805}, -0.0, 0, 0.0},
        {"selu", {-0.5, 2.0}, 0.0, 0, -0.0},
        {"selu", {-0.5, 2.0}, -0.0, 0, -0.0},
        {"celu", {1.0}, -0.0, 0, 0.0},
        {"celu", {-1.0}, 0.0, 0, -0.0},
        {"celu", {-1.0}, -0.0, 0, -0.0},
        {"hardswish", {}, -0.0, 0, -0.0},
        {"hardswish", {}, -3.0, 0, -0.0},
        {"hardswish", {}, -5.0, 0, -0.0},
        {"hardswish", {}, -5.0, 1, 0.0},
        {"hardsigmoid", {}, -5.0, 0, 0.0},
        {"gelu", {0.0}, -0.0, 0, -0.0},
        {"gelu", {1.0}, -0.0, 0, -0.0},
        {"silu", {}, -0.0, 0, -0.0},
        {"mish", {}, -0.0, 0, -0.0},
        // The limits at -inf (PyTorch: NaN), with the signs the command line has always printed.
        {"gelu", {0.0}, -inf, 0, -0.0},
        {"gelu", {0.0}, -inf, 1, 0.0},
        {"silu", {}, -inf, 0, -0.0},
        {"silu", {}, -inf, 1, -0.0},
        {"mish", {}, -inf, 0, -0.0},
        {"mish", {}, -inf, 1, 0.0},
    }));
    const rx::Activation &f = activation(edge.id);
    const TestType x = static_cast<TestType>(edge.x);
    const TestType got = rx::evaluateAt<TestType>(f, rx::Quantity{edge.quantity}, x, edge.params);
    std::vector<TestType> span(64, x); // a long span takes the vector loop
    rx::evaluate(f, rx::Quantity{edge.quantity}, std::span<const TestType>(span), edge.params,
                 std::span<TestType>(span));
    INFO(caseText(edge.id, edge.params, x, edge.quantity)
         << ": got " << rxtest::hexText(got) << ", expected " << rxtest::hexText(edge.expected));
    CHECK(got == 0);
    CHECK(std::signbit(got) == std::signbit(edge.expected));
    CHECK(std::signbit(span.back()) == std::signbit(edge.expected));
}

TEMPLATE_TEST_CASE("the kinks take the left branch, their neighbours do not", "[edges]", float, double)
{
    using T = TestType;
    const T tiny = std::numeric_limits<T>::denorm_min();
    const T below6 = std::nextafter(T(6), T(0));
    const T above6 = std::nextafter(T(6), T(7));
    CHECK(rx::evaluateAt<T>(activation("relu"), rx::Quantity::dydx(), tiny, {}) == 1);
    CHECK(rx::evaluateAt<T>(activation("relu6"), rx::Quantity::dydx(), tiny, {}) == 1);
    CHECK(rx::evaluateAt<T>(activation("relu6"), rx::Quantity::dydx(), below6, {}) == 1);
    CHECK(rx::evaluateAt<T>(activation("relu6"), rx::Quantity::value(), below6, {}) == below6);
    CHECK(rx::evaluateAt<T>(activation("relu6"), rx::Quantity::dydx(), above6, {}) == 0);
    CHECK(rx::evaluateAt<T>(activation("relu6"), rx::Quantity::value(), above6, {}) == 6);
    const std::vector<double> slope{0.25};
    CHECK(rx::evaluateAt<T>(activation("leaky_relu"), rx::Quantity::dydx(), tiny, slope) == 1);
    CHECK(rx::evaluateAt<T>(activation("leaky_relu"), rx::Quantity::dydx(), -tiny, slope) == T(0.25));
    CHECK(rx::evaluateAt<T>(activation("prelu"), rx::Quantity::dydParam(0), -tiny, slope) == -tiny);
    CHECK(rx::evaluateAt<T>(activation("prelu"), rx::Quantity::dydParam(0), tiny, slope) == 0);
    CHECK(rx::evaluateAt<T>(activation("elu"), rx::Quantity::dydx(), tiny, slope) == 1);
    CHECK(rx::evaluateAt<T>(activation("elu"), rx::Quantity::dydx(), -tiny, slope) == T(0.25));
}

TEMPLATE_TEST_CASE("selu's slope at the kink and its limit at -inf are scale*alpha rounded once", "[edges]",
                   float, double)
{
    using T = TestType;
    const rx::Activation &selu = activation("selu");
    const std::vector<double> params = selu.defaultParameters();
    // The product of two floats is exact in double; the product of two doubles is rounded once.
    const T ka = static_cast<T>(double(static_cast<T>(params[0])) * double(static_cast<T>(params[1])));
    CHECK(rx::evaluateAt<T>(selu, rx::Quantity::dydx(), T(0), params) == ka);
    CHECK(rx::evaluateAt<T>(selu, rx::Quantity::value(), -std::numeric_limits<T>::infinity(), params) == -ka);
    if constexpr (sizeof(T) == 8)
        CHECK(ka == 1.7580993408473766);
    else
        CHECK(ka == 1.7580993175506591796875f);
}

TEST_CASE("parameters are rounded once to the type: the float32 default slope is 0.009999999776...",
          "[edges]")
{
    const rx::Activation &leaky = activation("leaky_relu");
    const std::vector<double> params = leaky.defaultParameters();
    const float slope = rx::evaluateAt<float>(leaky, rx::Quantity::dydx(), -1.0f, params);
    CHECK(std::bit_cast<std::uint32_t>(slope) == 0x3c23d70au);
    CHECK(double(slope) == 0.009999999776482582);
    CHECK(rx::evaluateAt<float>(leaky, rx::Quantity::value(), -1.0f, params) == -0.009999999776482582f);
    CHECK(rx::evaluateAt<double>(leaky, rx::Quantity::dydx(), -1.0, params) == 0.01);
}

TEMPLATE_TEST_CASE("NaN input gives NaN for every quantity, alone and inside a long span", "[edges]", float,
                   double)
{
    using T = TestType;
    const T nanT = std::numeric_limits<T>::quiet_NaN();
    // Long enough for the vectorised loop, with NaN at odd places and ordinary values around it.
    std::vector<T> xs;
    for (int i = 0; i < 37; ++i)
        xs.push_back(i % 3 == 1 ? nanT : static_cast<T>(i - 18) / 4);
    for (const rx::Activation &f : rx::catalogue()) {
        for (std::vector<double> params :
             {f.defaultParameters(), std::vector<double>(f.parameters.size(), 0.0)}) {
            for (std::size_t q = 0; q < f.quantityCount(); ++q) {
                const rx::Quantity quantity{q};
                INFO(caseText(f.id, params, nanT, q));
                CHECK(std::isnan(rx::evaluateAt<T>(f, quantity, nanT, params)));
                CHECK(std::isnan(rx::evaluateAt<T>(f, quantity, -nanT, params)));
                std::vector<T> out(xs.size());
                rx::evaluate(f, quantity, std::span<const T>(xs), params, std::span<T>(out));
                for (std::size_t i = 0; i < xs.size(); ++i) {
                    INFO("span element " << i << ", x=" << rxtest::hexText(xs[i]) << ", got "
                                         << rxtest::hexText(out[i]));
                    CHECK(std::isnan(out[i]) == std::isnan(xs[i]));
                }
            }
        }
    }
}

TEMPLATE_TEST_CASE("softplus is linear only strictly above the threshold, on the exact product", "[edges]",
                   float, double)
{
    using T = TestType;
    const rx::Activation &softplus = activation("softplus");
    for (const std::vector<double> &params :
         {std::vector<double>{1.0, 20.0}, std::vector<double>{2.0, 20.0}, std::vector<double>{0.5, 5.0}}) {
        const T at = static_cast<T>(params[1] / params[0]); // exactly threshold / beta for these
        const T above = std::nextafter(at, std::numeric_limits<T>::infinity());
        INFO(caseText("softplus", params, at, 1));
        CHECK(rx::evaluateAt<T>(softplus, rx::Quantity::value(), above, params) == above);
        CHECK(rx::evaluateAt<T>(softplus, rx::Quantity::dydx(), above, params) == 1);
        CHECK(rx::evaluateAt<T>(softplus, rx::Quantity::dydParam(0), above, params) == 0);
        // At beta x = threshold the log branch applies: dy/dbeta is not 0 there.
        CHECK(rx::evaluateAt<T>(softplus, rx::Quantity::dydParam(0), at, params) < 0);
        if constexpr (sizeof(T) == 8) {
            CHECK(rx::evaluateAt<T>(softplus, rx::Quantity::dydx(), at, params) < 1);
            CHECK(rx::evaluateAt<T>(softplus, rx::Quantity::value(), at, params) > at);
        }
    }
    // beta = 0.1 rounded to T is a little above 0.1: beta * 200 exceeds 20 but rounds to 20 in T. The
    // exact product decides (PyTorch compares the rounded one), so this is the linear branch.
    const std::vector<double> params{0.1, 20.0};
    REQUIRE(static_cast<T>(0.1) * T(200) == T(20));
    CHECK(rx::evaluateAt<T>(softplus, rx::Quantity::dydx(), T(200), params) == 1);
    CHECK(rx::evaluateAt<T>(softplus, rx::Quantity::dydParam(0), std::nextafter(T(200), T(0)), params) < 0);
}

TEMPLATE_TEST_CASE("hardtanh(0, 6) is relu6, bit for bit", "[edges]", float, double)
{
    using T = TestType;
    const std::vector<double> params{0.0, 6.0};
    for (const T x :
         {T(-1), T(0), T(1e-30), T(3.25), std::nextafter(T(6), T(0)), T(6), T(7), T(-inf), T(inf)}) {
        for (std::size_t q : {0u, 1u}) {
            INFO(caseText("hardtanh", params, x, q));
            CHECK(rx::evaluateAt<T>(activation("hardtanh"), rx::Quantity{q}, x, params) ==
                  rx::evaluateAt<T>(activation("relu6"), rx::Quantity{q}, x, {}));
        }
    }
}

TEST_CASE("rrelu's slope is (lower + upper) / 2 computed in double, then rounded, as PyTorch does", "[edges]")
{
    const rx::Activation &rrelu = activation("rrelu");
    // (0.1 + 0.6) / 2 rounds to 0.35f; the mean of 0.1f and 0.6f rounds to the next float up.
    const std::vector<double> params{0.1, 0.6};
    const float pytorch = static_cast<float>((0.1 + 0.6) / 2);
    const float ofRounded = static_cast<float>((double(0.1f) + double(0.6f)) / 2);
    REQUIRE(pytorch != ofRounded);
    CHECK(rx::evaluateAt<float>(rrelu, rx::Quantity::dydx(), -1.0f, params) == pytorch);
    CHECK(rx::evaluateAt<float>(rrelu, rx::Quantity::value(), -2.0f, params) == -2.0f * pytorch);
    CHECK(rx::evaluateAt<double>(rrelu, rx::Quantity::dydx(), -1.0, params) == (0.1 + 0.6) / 2);
}

TEMPLATE_TEST_CASE("no NaN at the infinities with the default parameters", "[edges]", float, double)
{
    using T = TestType;
    for (const rx::Activation &f : rx::catalogue()) {
        for (const T x : {T(-inf), T(inf), std::numeric_limits<T>::lowest(), std::numeric_limits<T>::max()}) {
            for (std::size_t q = 0; q < f.quantityCount(); ++q) {
                const std::vector<double> params = f.defaultParameters();
                INFO(caseText(f.id, params, x, q));
                CHECK_FALSE(std::isnan(rx::evaluateAt<T>(f, rx::Quantity{q}, x, params)));
            }
        }
    }
}

TEMPLATE_TEST_CASE("the smooth functions' derivatives match their difference quotients", "[edges]", float,
                   double)
{
    // A check of the formulas, not of the rounding: the golden data check that.
    using T = TestType;
    const double h = sizeof(T) == 4 ? 1e-3 : 1e-6;
    const double tolerance = sizeof(T) == 4 ? 2e-3 : 1e-7;
    for (const char *id : {"celu", "gelu", "silu", "mish", "softplus"}) {
        const rx::Activation &f = activation(id);
        std::vector<std::vector<double>> parameterSets{f.defaultParameters()};
        if (f.id == "gelu")
            parameterSets.push_back({1.0});
        if (f.id == "celu")
            parameterSets.push_back({-0.5});
        for (const std::vector<double> &params : parameterSets) {
            for (double x = -6.1; x < 6; x += 0.37) {
                const auto at = [&](double v) {
                    return double(rx::evaluateAt<T>(f, rx::Quantity::value(), static_cast<T>(v), params));
                };
                const double quotient = (at(x + h) - at(x - h)) / (2 * h);
                const double dydx = rx::evaluateAt<T>(f, rx::Quantity::dydx(), static_cast<T>(x), params);
                INFO(caseText(f.id, params, static_cast<T>(x), 1) << ": " << dydx << " vs " << quotient);
                CHECK(std::fabs(dydx - quotient) <= tolerance * (1 + std::fabs(dydx)));
                for (std::size_t i = 0; i < params.size(); ++i) {
                    const std::optional<rx::Quantity> q = f.derivativeBy(i);
                    if (!q || f.parameters[i].name == "threshold")
                        continue;
                    std::vector<double> up = params, down = params;
                    up[i] += h;
                    down[i] -= h;
                    const T xt = static_cast<T>(x);
                    const double byParam = (double(rx::evaluateAt<T>(f, rx::Quantity::value(), xt, up)) -
                                            double(rx::evaluateAt<T>(f, rx::Quantity::value(), xt, down))) /
                                           (double(static_cast<T>(up[i])) - double(static_cast<T>(down[i])));
                    const double got = rx::evaluateAt<T>(f, *q, xt, params);
                    INFO(rx::quantityName(f, *q) << ": " << got << " vs " << byParam);
                    CHECK(std::fabs(got - byParam) <= tolerance * (1 + std::fabs(got)));
                }
            }
        }
    }
}

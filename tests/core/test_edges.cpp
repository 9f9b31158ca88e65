// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "reluexplorer/activation.h"
#include "ulp.h"

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double qnan = std::numeric_limits<double>::quiet_NaN();

const rx::Activation &activation(const std::string &id)
{
    const rx::Activation *f = rx::findActivation(id);
    if (!f)
        FAIL("no function " << id << " in the catalogue");
    return *f;
}

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
    }));
    const rx::Activation &f = activation(edge.id);
    const TestType x = static_cast<TestType>(edge.x);
    const TestType got = rx::evaluateAt<TestType>(f, rx::Quantity{edge.quantity}, x, edge.params);
    INFO(caseText(edge.id, edge.params, x, edge.quantity)
         << ": got " << rxtest::hexText(got) << ", expected " << rxtest::hexText(edge.expected));
    CHECK(rxtest::ulpDistance(got, static_cast<TestType>(edge.expected)) == 0);
}

TEMPLATE_TEST_CASE("the kinks take the left branch; their neighbours do not", "[edges]", float, double)
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

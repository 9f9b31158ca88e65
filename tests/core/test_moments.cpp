// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "activationbyid.h"
#include "reluexplorer/moments.h"

using rx::MomentMethod;
using rx::Moments;

namespace {

std::vector<double> asVector(const Moments &m)
{
    return {
        m.mean, m.variance, m.secondMoment, m.meanGradient, m.meanSquaredGradient, m.zeroGradientProbability};
}

// |a − b| within rel·|b| plus rel·scale, where scale is the size the quantity is measured against
// (a mean against the root of the second moment: a mean of 0 is then checked to rel absolute).
void checkClose(const Moments &got, const Moments &want, double rel)
{
    const std::vector<double> g = asVector(got);
    const std::vector<double> w = asVector(want);
    const std::vector<double> scale = {
        std::sqrt(want.secondMoment),        want.secondMoment,        want.secondMoment,
        std::sqrt(want.meanSquaredGradient), want.meanSquaredGradient, 1};
    const char *names[] = {"mean",
                           "variance",
                           "second moment",
                           "mean gradient",
                           "mean squared gradient",
                           "zero-gradient probability"};
    for (std::size_t i = 0; i < g.size(); ++i) {
        INFO(names[i] << ": got " << g[i] << ", want " << w[i]);
        CHECK(std::fabs(g[i] - w[i]) <= rel * (std::fabs(w[i]) + scale[i]));
    }
}

struct GoldenMoments
{
    std::string id;
    std::vector<double> params;
    double mean;
    double std;
    Moments expected;
};

std::vector<GoldenMoments> readGolden()
{
    std::ifstream in(std::string(RX_GOLDEN_DIR) + "/moments.txt");
    REQUIRE(in);
    std::vector<GoldenMoments> cases;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream row(line);
        GoldenMoments c;
        std::string params;
        row >> c.id >> params >> c.mean >> c.std;
        if (params != "-") {
            std::istringstream list(params);
            for (std::string v; std::getline(list, v, ';');)
                c.params.push_back(std::stod(v));
        }
        std::vector<double> v(6);
        for (double &x : v) {
            std::string text;
            row >> text;
            x = std::strtod(text.c_str(), nullptr);
        }
        REQUIRE(row);
        c.expected = {v[0], v[1], v[2], v[3], v[4], v[5]};
        cases.push_back(c);
    }
    REQUIRE(cases.size() > 40);
    return cases;
}

} // namespace

TEST_CASE("ReLU on N(0, 1): mean 1/sqrt(2 pi), second moment 1/2, dead half the time", "[moments]")
{
    const MomentMethod method = GENERATE(MomentMethod::Best, MomentMethod::Quadrature);
    const Moments m = rx::gaussianMoments(activation("relu"), {}, 0, 1, method);
    CHECK(m.mean == Approx(0.3989422804014326779).epsilon(1e-15));
    CHECK(m.secondMoment == Approx(0.5).epsilon(1e-15));
    CHECK(m.variance == Approx(0.5 - 1 / (2 * M_PI)).epsilon(1e-14));
    CHECK(m.meanGradient == Approx(0.5).epsilon(1e-15));
    CHECK(m.meanSquaredGradient == Approx(0.5).epsilon(1e-15));
    CHECK(m.zeroGradientProbability == 0.5);
}

TEST_CASE("moments match mpmath's", "[moments][golden]")
{
    const auto cases = readGolden();
    for (const GoldenMoments &c : cases) {
        for (MomentMethod method : {MomentMethod::Best, MomentMethod::Quadrature}) {
            INFO(c.id << " params " << c.params.size() << " mean " << c.mean << " std " << c.std
                      << (method == MomentMethod::Best ? " best" : " quadrature"));
            // Quadrature of f − f(mean) with std 1e-8 against mean 3 keeps only 8 digits of the
            // variance: f itself is rounded to 1e-16·|f|.
            const double small = c.std / std::max(1.0, std::fabs(c.mean));
            const double rel =
                method == MomentMethod::Quadrature && small < 1e-3 ? 1e-16 / (small * small) : 1e-12;
            checkClose(rx::gaussianMoments(activation(c.id.c_str()), c.params, c.mean, c.std, method),
                       c.expected, std::max(rel, 1e-12));
        }
    }
}

TEST_CASE("closed forms and quadrature agree to 1e-13 on the piecewise functions", "[moments]")
{
    const auto [id, params] = GENERATE(table<const char *, std::vector<double>>({
        {"relu", {}},
        {"relu6", {}},
        {"leaky_relu", {0.01}},
        {"leaky_relu", {0.0}},
        {"leaky_relu", {-0.5}},
        {"prelu", {0.25}},
        {"prelu", {1.0}},
        {"rrelu", {0.125, 1.0 / 3}},
        {"hardtanh", {-1, 1}},
        {"hardtanh", {-6, 0}},
        {"hardswish", {}},
        {"hardsigmoid", {}},
    }));
    const auto [mean, std] = GENERATE(table<double, double>(
        {{0, 1}, {0.3, 0.7}, {-2, 0.5}, {4, 3}, {0, 1e-3}, {-1, 40}, {2.5, 1e4}, {0, 1e9}, {-0.7, 0.05}}));
    INFO(id << " mean " << mean << " std " << std);
    const rx::Activation &f = activation(id);
    REQUIRE(rx::hasClosedFormMoments(f));
    checkClose(rx::gaussianMoments(f, params, mean, std, MomentMethod::Quadrature),
               rx::gaussianMoments(f, params, mean, std, MomentMethod::Best), 1e-13);
}

TEST_CASE("a slope of 0 makes LeakyReLU, PReLU, RReLU and ELU as dead as ReLU", "[moments]")
{
    const auto [id, params] = GENERATE(table<const char *, std::vector<double>>({{"leaky_relu", {0.0}},
                                                                                 {"prelu", {0.0}},
                                                                                 {"rrelu", {0.0, 0.0}},
                                                                                 {"elu", {0.0}},
                                                                                 {"selu", {0.0, 1.5}}}));
    const double mean = GENERATE(0.0, 1.0, -2.0);
    INFO(id << " mean " << mean);
    const Moments relu = rx::gaussianMoments(activation("relu"), {}, mean, 1);
    const Moments m = rx::gaussianMoments(activation(id), params, mean, 1);
    CHECK(m.zeroGradientProbability == Approx(relu.zeroGradientProbability).epsilon(1e-15));
    std::vector<double> leaky = params;
    for (double &v : leaky)
        v = v == 0 ? 0.01 : v;
    CHECK(rx::gaussianMoments(activation(id), leaky, mean, 1).zeroGradientProbability == 0);
}

TEST_CASE("the smooth functions are never dead, the hard ones are outside -3 to 3", "[moments]")
{
    for (const char *id : {"gelu", "silu", "mish", "softplus", "celu"})
        CHECK(rx::gaussianMoments(activation(id), activation(id).defaultParameters(), -1, 2)
                  .zeroGradientProbability == 0);
    const Moments hard = rx::gaussianMoments(activation("hardsigmoid"), {}, 0, 1);
    CHECK(hard.zeroGradientProbability == Approx(std::erfc(3 / std::sqrt(2.0))).epsilon(1e-14));
}

TEST_CASE("tiny and huge spreads scale as they must", "[moments]")
{
    const double std = GENERATE(1e-12, 1e-6, 1e6, 1e12, 1e100);
    INFO("std " << std);
    const Moments relu = rx::gaussianMoments(activation("relu"), {}, 0, std);
    CHECK(relu.mean == Approx(0.3989422804014326779 * std).epsilon(1e-15));
    CHECK(relu.secondMoment == Approx(0.5 * std * std).epsilon(1e-15));
    CHECK(relu.zeroGradientProbability == 0.5);
    // ReLU with a tiny spread at mean 1 is the identity: the variance is std² exactly, no cancellation.
    const Moments shifted = rx::gaussianMoments(activation("relu"), {}, 1, std);
    if (std < 1)
        CHECK(shifted.variance == Approx(std * std).epsilon(1e-14));
    // SiLU is about x/2 near 0 and relu far out, by quadrature.
    const Moments silu = rx::gaussianMoments(activation("silu"), {}, 0, std);
    if (std < 1e-3)
        CHECK(silu.secondMoment == Approx(0.25 * std * std).epsilon(1e-6));
    else if (std < 1e50)
        CHECK(silu.secondMoment == Approx(0.5 * std * std).epsilon(1e-9));
}

TEST_CASE("std 0 is the point mass, std inf the limit", "[moments]")
{
    const Moments atKink = rx::gaussianMoments(activation("relu"), {}, 0, 0);
    CHECK(atKink.mean == 0);
    CHECK(atKink.meanGradient == 0); // PyTorch's dy/dx = 0 at x = 0
    CHECK(atKink.zeroGradientProbability == 1);
    const Moments point = rx::gaussianMoments(activation("leaky_relu"), std::vector{0.1}, -2, 0);
    CHECK(point.mean == Approx(-0.2));
    CHECK(point.variance == 0);
    CHECK(point.meanGradient == Approx(0.1));
    const double inf = std::numeric_limits<double>::infinity();
    const Moments clipped = rx::gaussianMoments(activation("hardtanh"), std::vector{-1.0, 1.0}, 0, inf);
    CHECK(clipped.mean == 0);
    CHECK(clipped.secondMoment == 1);
    CHECK(clipped.zeroGradientProbability == 1);
    CHECK(rx::gaussianMoments(activation("relu"), {}, 0, inf).secondMoment == inf);
}

TEST_CASE("bad mean, std or parameters are refused", "[moments]")
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_AS(rx::gaussianMoments(activation("relu"), {}, nan, 1), std::invalid_argument);
    CHECK_THROWS_AS(rx::gaussianMoments(activation("relu"), {}, 0, -1), std::invalid_argument);
    CHECK_THROWS_AS(rx::gaussianMoments(activation("relu"), {}, 0, nan), std::invalid_argument);
    CHECK_THROWS_AS(rx::gaussianMoments(activation("hardtanh"), std::vector{1.0, -1.0}, 0, 1),
                    std::invalid_argument);
    CHECK_THROWS_AS(rx::gaussianMoments(activation("leaky_relu"), {}, 0, 1), std::invalid_argument);
}

TEST_CASE("Newton's method finds SELU's constants to 15 digits", "[moments][selu]")
{
    const rx::SeluConstants s = rx::solveSeluConstants();
    CHECK(std::fabs(s.alpha - 1.6732632423543772848170429916717) <= 4e-16 * s.alpha);
    CHECK(std::fabs(s.scale - 1.0507009873554804934193349852946) <= 4e-16 * s.scale);
    CHECK(s.iterations < 20);
    // And with them SELU keeps N(0, 1) at mean 0 and second moment 1, by quadrature of the catalogue's
    // float64 selu.
    const Moments m = rx::gaussianMoments(activation("selu"), std::vector{s.alpha, s.scale}, 0, 1);
    CHECK(std::fabs(m.mean) <= 1e-15);
    CHECK(std::fabs(m.secondMoment - 1) <= 1e-15);
}

TEST_CASE("propagation: ReLU keeps its variance with He's W = 2 and halves it with W = 1", "[moments]")
{
    const auto he = rx::propagateSignal(activation("relu"), {}, 1.7, 2, 0, 50);
    REQUIRE(he.size() == 51);
    CHECK(he[0].variance == 1.7);
    CHECK(he[0].gradientGain == 1);
    CHECK(he[0].cumulativeGradientGain == 1);
    for (std::size_t l = 1; l < he.size(); ++l) {
        INFO("layer " << l);
        CHECK(he[l].variance == Approx(1.7).epsilon(1e-13));
        CHECK(he[l].gradientGain == Approx(1).epsilon(1e-15));
        CHECK(he[l].cumulativeGradientGain == Approx(1).epsilon(1e-13));
    }
    const auto lecun = rx::propagateSignal(activation("relu"), {}, 1, 1, 0, 10);
    for (std::size_t l = 1; l < lecun.size(); ++l) {
        CHECK(lecun[l].variance == Approx(std::ldexp(1.0, -static_cast<int>(l))).epsilon(1e-13));
        CHECK(lecun[l].cumulativeGradientGain ==
              Approx(std::ldexp(1.0, -static_cast<int>(l))).epsilon(1e-13));
    }
}

TEST_CASE("propagation: SELU converges to variance 1, bias adds B", "[moments]")
{
    const auto selu =
        rx::propagateSignal(activation("selu"), activation("selu").defaultParameters(), 3, 1, 0, 200);
    for (std::size_t l = 1; l < selu.size(); ++l)
        CHECK(selu[l].variance <= selu[l - 1].variance);
    CHECK(selu.back().variance == Approx(1).epsilon(1e-13));
    // At the fixed point SELU's squared-gradient gain is E[selu'(Z)²] ≈ 1.0716, slightly above 1.
    CHECK(selu.back().gradientGain == Approx(1.0715749924557991101).epsilon(1e-12));
    const auto biased = rx::propagateSignal(activation("relu"), {}, 1, 2, 0.5, 3);
    CHECK(biased[1].variance == Approx(1.5).epsilon(1e-14));
    CHECK(biased[2].variance == Approx(2.0).epsilon(1e-14));
}

TEST_CASE("propagation: overflow stays inf, collapse stays 0, rows go on", "[moments]")
{
    const auto grow = rx::propagateSignal(activation("relu"), {}, 1, 4, 0, 1100);
    REQUIRE(grow.size() == 1101);
    CHECK(std::isinf(grow.back().variance));
    CHECK(grow.back().gradientGain == Approx(2));
    const auto shrink = rx::propagateSignal(activation("relu"), {}, 1, 0.1, 0, 400);
    CHECK(shrink.back().variance == 0);
    CHECK(shrink.back().cumulativeGradientGain == 0);
    for (const auto &row : grow)
        CHECK_FALSE(std::isnan(row.variance));
}

TEST_CASE("moments do not depend on what was computed before them", "[moments]")
{
    // Quadrature keeps f's values at its nodes from call to call; a result must be the same number
    // on a thread that has computed nothing yet.
    struct Case
    {
        const char *id;
        std::vector<double> params;
        double mean;
        double std;
        double tolerance;
    };
    const std::vector<Case> cases = {
        {"elu", {1.0}, 0, 1.3, rx::plotTolerance},     {"elu", {2.0}, 0, 1.3, rx::plotTolerance},
        {"elu", {-0.0}, 0.2, 0.7, rx::exactTolerance}, {"gelu", {0.0}, -0.4, 2.1, rx::plotTolerance},
        {"gelu", {1.0}, -0.4, 2.1, rx::plotTolerance}, {"silu", {}, 0.25, 0.75, rx::exactTolerance},
        {"silu", {}, 0.26, 0.76, rx::exactTolerance},
    };
    auto compute = [&] {
        std::vector<std::vector<double>> out;
        for (const Case &c : cases)
            out.push_back(asVector(rx::gaussianMoments(activation(c.id), c.params, c.mean, c.std,
                                                       MomentMethod::Best, c.tolerance)));
        return out;
    };
    // Warm this thread with neighbouring spreads, means and parameters first.
    for (double d : {0.9, 1.0, 1.1})
        for (const Case &c : cases) {
            std::vector<double> other = c.params;
            if (std::string(c.id) == "elu")
                other[0] = c.params[0] * d + (d - 1);
            (void)rx::gaussianMoments(activation(c.id), other, c.mean * d, c.std * d, MomentMethod::Best,
                                      c.tolerance);
            (void)rx::propagateSignal(activation(c.id), c.params, c.std * d, 1.5, 0.1, 20, c.tolerance);
        }
    const auto warm = compute();
    std::vector<std::vector<double>> fresh;
    std::thread([&] { fresh = compute(); }).join();
    for (std::size_t i = 0; i < cases.size(); ++i) {
        INFO(cases[i].id << " case " << i);
        CHECK(warm[i] == fresh[i]);
    }
    // Different parameters give different numbers: the kept values belong to one parameter set.
    CHECK(warm[0] != warm[1]);
    CHECK(warm[3] != warm[4]);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "activationbyid.h"
#include "reluexplorer/sampling.h"
#include "reluexplorer/state.h"

namespace {

bool contains(const std::vector<double> &xs, double x)
{
    return std::find(xs.begin(), xs.end(), x) != xs.end();
}

} // namespace

TEST_CASE("sampling includes the kinks as exact points, sorted, without repeats", "[sampling]")
{
    const auto [id, lo, hi, count, kinks] =
        GENERATE(table<const char *, double, double, std::size_t, std::size_t>({
            {"relu", -1, 1, 4, 1},    // 0 is not among linspace(-1, 1, 4)
            {"relu", -1, 1, 5, 1},    // 0 is: not repeated
            {"relu6", -10, 10, 4, 2}, // 0 and 6
            {"relu6", 1, 10, 4, 1},   // only 6 inside
            {"relu6", 7, 10, 4, 0},
            {"elu", -1, 1, 4, 0}, // alpha = 1: smooth
        }));
    const rx::Activation &f = activation(id);
    const std::vector<double> params = f.defaultParameters();
    const rx::Samples s = rx::sampleFunction(f, params, lo, hi, count, true);
    const std::size_t even = count;
    const bool zeroInLinspace = count == 5 && std::string(id) == "relu";
    CHECK(s.xs.size() == even + kinks - (zeroInLinspace ? 1 : 0));
    CHECK(std::is_sorted(s.xs.begin(), s.xs.end()));
    CHECK(std::adjacent_find(s.xs.begin(), s.xs.end()) == s.xs.end());
    CHECK(s.xs.front() == lo);
    CHECK(s.xs.back() == hi);
    for (const double k : f.kinks(params))
        if (k >= lo && k <= hi)
            CHECK(contains(s.xs, k));
    REQUIRE(s.ys.size() == s.xs.size());
    REQUIRE(s.dydx.size() == s.xs.size());
    for (std::size_t i = 0; i < s.xs.size(); ++i) {
        CHECK(s.ys[i] == rx::evaluateAt<double>(f, rx::Quantity::value(), s.xs[i], params));
        CHECK(s.dydx[i] == rx::evaluateAt<double>(f, rx::Quantity::dydx(), s.xs[i], params));
    }
}

TEST_CASE("sampling without derivative leaves dydx empty, tiny counts become 2", "[sampling]")
{
    const rx::Samples s = rx::sampleFunction(activation("relu"), {}, 1, 2, 0, false);
    CHECK(s.xs == std::vector<double>{1, 2});
    CHECK(s.ys == std::vector<double>{1, 2});
    CHECK(s.dydx.empty());
}

TEST_CASE("the derivative polyline breaks at the kink between the two one-sided limits", "[sampling]")
{
    const rx::Activation &f = activation("leaky_relu");
    const std::vector<double> params{0.2};
    const rx::Samples s = rx::sampleFunction(f, params, -1, 1, 4, true);
    const rx::Polyline line = rx::derivativePolyline(f, params, s);
    // -1, -1/3, [0 left, 0 NaN, 0 right], 1/3, 1
    REQUIRE(line.xs.size() == 7);
    CHECK(line.xs[2] == 0);
    CHECK(line.ys[2] == Approx(0.2));
    CHECK(std::isnan(line.ys[3]));
    CHECK(line.ys[4] == 1);
    CHECK(line.ys[0] == Approx(0.2));
    CHECK(line.ys[6] == 1);
}

TEST_CASE("kink points carry PyTorch's derivative and both limits", "[sampling]")
{
    const auto kinks = rx::kinkPoints(activation("relu6"), {}, -10, 10);
    REQUIRE(kinks.size() == 2);
    CHECK(kinks[0].x == 0);
    CHECK(kinks[0].dydx == 0);
    CHECK(kinks[0].leftLimit == 0);
    CHECK(kinks[0].rightLimit == 1);
    CHECK(kinks[1].x == 6);
    CHECK(kinks[1].y == 6);
    CHECK(kinks[1].dydx == 0);
    CHECK(kinks[1].leftLimit == 1);
    CHECK(kinks[1].rightLimit == 0);

    const std::vector<double> selu = activation("selu").defaultParameters();
    const auto s = rx::kinkPoints(activation("selu"), selu, -1, 1);
    REQUIRE(s.size() == 1);
    CHECK(s[0].dydx == Approx(1.7580993408473766));
    CHECK(s[0].rightLimit == Approx(1.0507009873554805));
    CHECK(rx::kinkPoints(activation("relu"), {}, 1, 2).empty());
}

TEST_CASE("zero-gradient intervals: ReLU's negative side, ReLU6 on both sides", "[sampling]")
{
    auto intervals = [](const char *id, std::vector<double> params, double lo, double hi) {
        const rx::Samples s = rx::sampleFunction(activation(id), params, lo, hi, 101, true);
        return rx::zeroGradientIntervals(activation(id), params, s);
    };
    using Intervals = std::vector<std::pair<double, double>>;
    CHECK(intervals("relu", {}, -5, 5) == Intervals{{-5, 0}});
    CHECK(intervals("relu6", {}, -10, 10) == Intervals{{-10, 0}, {6, 10}});
    CHECK(intervals("relu", {}, 1, 5).empty());
    CHECK(intervals("leaky_relu", {0.01}, -5, 5).empty());
    CHECK(intervals("leaky_relu", {0.0}, -5, 5) == Intervals{{-5, 0}});
    CHECK(intervals("elu", {1.0}, -5, 5).empty());
}

TEST_CASE("computeCurves follows the state's toggles", "[sampling]")
{
    rx::ExplorerState state = rx::defaultState();
    const rx::Activation &prelu = activation("prelu");
    rx::FunctionCurves c = rx::computeCurves(state, prelu, 11);
    CHECK(c.id == "prelu");
    CHECK(c.samples.xs.size() == 11); // 0 is among linspace(-5, 5, 11)
    CHECK(c.samples.dydx.empty());
    CHECK(c.derivative.xs.empty());
    CHECK(c.ghostYs.empty()); // default parameters: no ghost
    REQUIRE(c.kinks.size() == 1);
    CHECK(c.kinks[0].dydx == 0.25);

    rx::setParameter(state, prelu, 0, 0.1);
    state.showDerivatives = true;
    state.shadeZeroGradient = true;
    c = rx::computeCurves(state, prelu, 11);
    CHECK(c.samples.ys.front() == Approx(-0.5));
    REQUIRE(c.ghostYs.size() == 11);
    CHECK(c.ghostYs.front() == Approx(-1.25));
    CHECK(c.samples.dydx.size() == 11);
    CHECK(c.derivative.xs.size() == 13);
    CHECK(c.zeroGradient.empty());

    state.showDefaultGhost = false;
    CHECK(rx::computeCurves(state, prelu, 11).ghostYs.empty());
}

TEST_CASE("sample count: explicit, or one per pixel", "[sampling]")
{
    rx::ExplorerState state;
    CHECK(rx::effectiveSampleCount(state, 800) == 801);
    CHECK(rx::effectiveSampleCount(state, 0) == 3);
    state.sampleCount = 1000;
    CHECK(rx::effectiveSampleCount(state, 800) == 1000);
}

TEST_CASE("the trace gives f and f' of each shown function, PyTorch's value at the kink", "[sampling]")
{
    rx::ExplorerState state = rx::defaultState();
    auto points = rx::traceAt(state, 0.0);
    REQUIRE(points.size() == 2);
    CHECK(points[0].id == "relu");
    CHECK(points[0].y == 0);
    CHECK(points[0].dydx == 0);
    CHECK(points[1].dydx == 0.25);
    points = rx::traceAt(state, -2.0);
    CHECK(points[1].y == -0.5);
}

TEST_CASE("fitted y range covers the curves with a margin", "[sampling]")
{
    rx::ExplorerState state;
    state.shown = {"relu"};
    state.view = {-1, 3, 0, 1};
    const auto [lo, hi] = rx::fittedYRange(state);
    CHECK(lo == Approx(-0.15));
    CHECK(hi == Approx(3.15));
    state.view = {-3, -1, 0, 1}; // flat: a unit margin
    CHECK(rx::fittedYRange(state) == std::pair{-1.0, 1.0});
    state.shown.clear();
    CHECK(rx::fittedYRange(state) == std::pair{0.0, 1.0});
}

TEST_CASE("family values are evenly spaced, read as typed and end exactly at both bounds",
          "[sampling][family]")
{
    rx::FamilyView family{true, "leaky_relu", "negative_slope", 0, 0.5, 6};
    CHECK(rx::familyValues(family) == std::vector<double>{0, 0.1, 0.2, 0.3, 0.4, 0.5});
    family.from = 1;
    family.to = -1;
    family.count = 3;
    CHECK(rx::familyValues(family) == std::vector<double>{1, 0, -1});
    family.from = 1.0 / 3;
    family.to = 2;
    family.count = 2;
    CHECK(rx::familyValues(family) == std::vector<double>{1.0 / 3, 2});
}

TEST_CASE("a family gives one curve per value of the parameter, only for its function", "[sampling][family]")
{
    rx::ExplorerState state = rx::defaultState();
    state.shown = {"relu", "leaky_relu"};
    state.family = {true, "leaky_relu", "negative_slope", 0, 0.5, 6};
    state.showDerivatives = true;
    const rx::FunctionCurves curves = rx::computeCurves(state, activation("leaky_relu"), 11);
    REQUIRE(curves.family.size() == 6);
    for (const rx::FamilyMember &m : curves.family) {
        REQUIRE(m.samples.xs.size() == m.samples.ys.size());
        CHECK(m.samples.xs.front() == -5);
        CHECK(m.samples.ys.front() == -5 * m.value);
        CHECK(!m.derivative.xs.empty());
    }
    CHECK(curves.family[3].value == 0.3);
    CHECK(rx::computeCurves(state, activation("relu"), 11).family.empty());
    state.family.enabled = false;
    CHECK(rx::computeCurves(state, activation("leaky_relu"), 11).family.empty());

    // A value the function refuses (CELU's alpha = 0) leaves its member empty, not the others.
    state.shown = {"celu"};
    state.family = {true, "celu", "alpha", -1, 1, 3};
    const rx::FunctionCurves celu = rx::computeCurves(state, activation("celu"), 11);
    REQUIRE(celu.family.size() == 3);
    CHECK(!celu.family[0].samples.xs.empty());
    CHECK(celu.family[1].samples.xs.empty());
    CHECK(!celu.family[2].samples.xs.empty());
}

TEST_CASE("a derivative's jump is a break at any sample count", "[sampling]")
{
    // The drawn curve carries its breaks: a NaN between the left and the right limit at each kink.
    const auto [id, kink] =
        GENERATE(table<std::string, double>({{"relu", 0.0}, {"relu6", 6.0}, {"hardtanh", 1.0}}));
    const std::size_t count = GENERATE(11, 1001, 4000, 100000);
    INFO(id << " with " << count << " samples");
    const rx::Activation &f = *rx::findActivation(id);
    const std::vector<double> params = f.defaultParameters();
    const rx::Samples s = rx::sampleFunction(f, params, -8, 8, count, true);
    const rx::Polyline line = rx::derivativePolyline(f, params, s);
    const auto at = std::find(line.xs.begin(), line.xs.end(), kink);
    REQUIRE(at != line.xs.end());
    const auto i = static_cast<std::size_t>(at - line.xs.begin());
    REQUIRE(i + 2 < line.ys.size());
    CHECK(line.xs[i + 1] == kink);
    CHECK(std::isnan(line.ys[i + 1]));
    CHECK(line.ys[i] != line.ys[i + 2]);
}

TEST_CASE("curvesToRecompute names what a change invalidates", "[sampling]")
{
    const rx::ExplorerState before = rx::defaultState(); // relu, prelu
    const std::vector<std::string> all = {"relu", "prelu"};
    CHECK(rx::curvesToRecompute(before, before).empty());

    rx::ExplorerState next = before;
    next.view.yMin = -3;
    next.selected = "relu";
    CHECK(rx::curvesToRecompute(before, next).empty()); // the y range and the selection draw no new curve

    next = before;
    rx::setParameter(next, *rx::findActivation("prelu"), 0, 0.5);
    CHECK(rx::curvesToRecompute(before, next) == std::vector<std::string>{"prelu"});

    const auto change = GENERATE(as<int>{}, 0, 1, 2, 3, 4, 5, 6, 7, 8);
    next = before;
    switch (change) {
    case 0:
        next.view.xMax = 7;
        break;
    case 1:
        next.sampleCount = 500;
        break;
    case 2:
        next.showDerivatives = true;
        break;
    case 3:
        next.showDefaultGhost = false;
        break;
    case 4:
        next.shadeZeroGradient = true;
        break;
    case 5:
        next.family.enabled = true;
        next.family.function = "prelu";
        next.family.parameter = "weight";
        break;
    case 6:
        next.layout = rx::PlotLayout::Grid;
        break;
    case 7:
        next.columns = 2;
        break;
    case 8:
        next.view.xMin = -7;
        break;
    }
    INFO("change " << change);
    CHECK(rx::curvesToRecompute(before, next) == all);

    next = before;
    rx::setShown(next, "elu", true);
    CHECK(rx::curvesToRecompute(before, next) == std::vector<std::string>{"relu", "elu", "prelu"});
}

TEST_CASE("the readout lists what is drawn: the shown functions, or the family's members",
          "[sampling][family]")
{
    rx::ExplorerState state = rx::defaultState();
    state.shown = {"relu", "leaky_relu"};
    CHECK(rx::readoutAt(state, -2).size() == 2);
    state.family = {true, "leaky_relu", "negative_slope", 0, 0.5, 6};
    const std::vector<rx::TracePoint> members = rx::readoutAt(state, -2);
    REQUIRE(members.size() == 6);
    for (std::size_t i = 0; i < members.size(); ++i) {
        CHECK(members[i].id == "leaky_relu");
        CHECK(members[i].familyParameter == 0);
        CHECK(members[i].familyValue == rx::familyValues(state.family)[i]);
        CHECK(members[i].y == -2 * members[i].familyValue);
        CHECK(members[i].dydx == members[i].familyValue);
    }
    CHECK(members[3].familyValue == 0.3);

    // A member whose value is refused reads NaN; the others read their values.
    state.shown = {"celu"};
    state.family = {true, "celu", "alpha", -1, 1, 3};
    const std::vector<rx::TracePoint> celu = rx::readoutAt(state, -1);
    REQUIRE(celu.size() == 3);
    CHECK(std::isnan(celu[1].y));
    CHECK(std::isfinite(celu[0].y));
    CHECK(rx::traceAt(state, -1).size() == 1);
}

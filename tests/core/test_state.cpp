// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>
#include <limits>

#include <catch2/catch.hpp>

#include "activationbyid.h"
#include "reluexplorer/parameters.h"
#include "reluexplorer/state.h"
#include "reluexplorer/view.h"

TEST_CASE("the default state shows ReLU and PReLU at PyTorch's defaults", "[state]")
{
    const rx::ExplorerState state = rx::defaultState();
    CHECK(state.shown == std::vector<std::string>{"relu", "prelu"});
    CHECK(state.selected == "prelu");
    CHECK(rx::parametersOf(state, activation("prelu")) == std::vector<double>{0.25});
    CHECK(rx::isValidView(state.view));
    for (const rx::Activation &f : rx::catalogue())
        CHECK_FALSE(rx::hasChangedParameters(state, f));
}

TEST_CASE("state compares by value and parameters are per function", "[state]")
{
    rx::ExplorerState a = rx::defaultState();
    rx::ExplorerState b = a;
    CHECK(a == b);
    rx::setParameter(b, activation("prelu"), 0, 0.1);
    CHECK_FALSE(a == b);
    CHECK(rx::parametersOf(b, activation("prelu")) == std::vector<double>{0.1});
    CHECK(rx::parametersOf(b, activation("leaky_relu")) == std::vector<double>{0.01});
    CHECK(rx::hasChangedParameters(b, activation("prelu")));
    rx::setParameter(b, activation("prelu"), 0, 0.25);
    CHECK(a == b);

    rx::ExplorerState empty; // no stored parameters: defaults
    CHECK(rx::parametersOf(empty, activation("selu")) == activation("selu").defaultParameters());
    b.showDerivatives = true;
    CHECK_FALSE(a == b);
}

TEST_CASE("setShown keeps catalogue order for new functions and ignores repeats", "[state]")
{
    rx::ExplorerState state;
    rx::setShown(state, "prelu", true);
    rx::setShown(state, "relu", true);
    rx::setShown(state, "elu", true);
    rx::setShown(state, "elu", true);
    CHECK(state.shown == std::vector<std::string>{"relu", "elu", "prelu"});
    rx::setShown(state, "relu", false);
    rx::setShown(state, "relu", false);
    CHECK(state.shown == std::vector<std::string>{"elu", "prelu"});
    CHECK(rx::isShown(state, "prelu"));
    CHECK_FALSE(rx::isShown(state, "relu"));
    state.shown.push_back("no_such_function");
    CHECK(rx::shownFunctions(state).size() == 2);
}

TEST_CASE("view ranges: degenerate ones are refused", "[view]")
{
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(rx::isValidRange(-5, 5));
    CHECK(rx::isValidRange(-1e12, 1e12));
    CHECK(rx::isValidRange(1e-3, 1e-3 + 1e-10));
    CHECK_FALSE(rx::isValidRange(1, 1));
    CHECK_FALSE(rx::isValidRange(2, 1));
    CHECK_FALSE(rx::isValidRange(nan, 1));
    CHECK_FALSE(rx::isValidRange(0, nan));
    CHECK_FALSE(rx::isValidRange(-inf, 0));
    CHECK_FALSE(rx::isValidRange(0, 1e300));
    CHECK_FALSE(rx::isValidRange(1e6, 1e6 + 1e-6)); // narrower than 1e-9 relative
    CHECK_FALSE(rx::isValidRange(0, 1e-13));        // narrower than the absolute minimum
    CHECK_FALSE(rx::rangeProblem(nan, nan).empty());

    CHECK(rx::zoomedRange(-5, 5, 0, 0.5) == std::pair{-2.5, 2.5});
    CHECK(rx::zoomedRange(0, 10, 10, 2) == std::pair{-10.0, 10.0});
    CHECK_FALSE(rx::zoomedRange(-5, 5, 0, 1e-20));
    CHECK_FALSE(rx::zoomedRange(-5, 5, 0, 1e20));
    CHECK_FALSE(rx::zoomedRange(-5, 5, nan, 2));
    CHECK_FALSE(rx::zoomedRange(-5, 5, 0, 0));
}

TEST_CASE("presets: default, tutorial and negative side", "[view]")
{
    rx::ExplorerState state = rx::defaultState();
    state.view = {-1, 1, -1, 1};
    state.sampleCount = 7;
    const rx::ExplorerState reset = rx::withPreset(state, rx::ViewPreset::Default);
    CHECK(reset.view == rx::ViewRange{});
    CHECK(reset.sampleCount == 0);

    const rx::ExplorerState tutorial = rx::withPreset(state, rx::ViewPreset::Tutorial);
    CHECK(tutorial.view.xMin == -100);
    CHECK(tutorial.view.xMax == 100);
    CHECK(tutorial.sampleCount == 1000);
    // relu and prelu span [-25, 100]; 5 % margins as matplotlib.
    CHECK(tutorial.view.yMin == Approx(-25 - 6.25));
    CHECK(tutorial.view.yMax == Approx(100 + 6.25));

    // Negative side fits y to what is shown: relu and prelu reach -25 at x = -100 and 2 at x = 2.
    rx::ExplorerState negative = rx::withPreset(state, rx::ViewPreset::NegativeSide);
    CHECK(negative.view.xMin == -100);
    CHECK(negative.view.xMax == 2);
    CHECK(negative.sampleCount == 0);
    CHECK(negative.view.yMin == Approx(-25 - 1.35));
    CHECK(negative.view.yMax == Approx(2 + 1.35));

    // With ReLU and LeakyReLU, LeakyReLU's value at the left edge is a large part of the y range.
    state.shown = {"relu", "leaky_relu"};
    negative = rx::withPreset(state, rx::ViewPreset::NegativeSide);
    const double leak = -0.01 * negative.view.xMin;
    CHECK(std::fabs(leak) > 0.25 * (negative.view.yMax - negative.view.yMin));
    CHECK(negative.view.yMin < -std::fabs(leak));
    CHECK(rx::isValidView(negative.view));
}

TEST_CASE("presets keep a changed parameter's curve, its ghost and a family in view", "[view]")
{
    rx::ExplorerState state = rx::defaultState(); // relu and prelu
    rx::setParameter(state, activation("prelu"), 0, 0.6);
    for (const rx::ViewPreset preset : {rx::ViewPreset::NegativeSide, rx::ViewPreset::Tutorial}) {
        const rx::ExplorerState fitted = rx::withPreset(state, preset);
        INFO("x from " << fitted.view.xMin);
        CHECK(fitted.view.yMin <= 0.6 * fitted.view.xMin); // PReLU at the left edge
        CHECK(fitted.view.yMax >= fitted.view.xMax);       // ReLU at the right edge
    }
    // A ghost reaching lower than the curve is kept in view too: PyTorch's 0.25 under a weight of -0.2.
    rx::setParameter(state, activation("prelu"), 0, -0.2);
    state.showDefaultGhost = true;
    CHECK(rx::withPreset(state, rx::ViewPreset::NegativeSide).view.yMin <= -25);
    state.showDefaultGhost = false;
    CHECK(rx::withPreset(state, rx::ViewPreset::NegativeSide).view.yMin > -3.5);
    // In family mode the family's members are what is drawn.
    state.family = {true, "prelu", "weight", 0, 0.9, 4};
    CHECK(rx::withPreset(state, rx::ViewPreset::NegativeSide).view.yMin <= -90);
}

TEST_CASE("slider ticks map to values on the step grid and back", "[view]")
{
    const rx::SliderScale scale(activation("prelu").parameters[0]); // -0.5 .. 1.0 step 0.01
    CHECK(scale.tickCount() == 150);
    CHECK(scale.valueAt(0) == -0.5);
    CHECK(scale.valueAt(150) == 1.0);
    CHECK(scale.valueAt(77) == 0.27);
    CHECK(scale.valueAt(-3) == -0.5);
    CHECK(scale.valueAt(1000) == 1.0);
    CHECK(scale.tickFor(0.25) == 75);
    CHECK(scale.tickFor(0.27) == 77);
    CHECK(scale.tickFor(-7) == 0);
    CHECK(scale.tickFor(1e6) == 150);
    CHECK(scale.tickFor(std::numeric_limits<double>::quiet_NaN()) == 0);
    for (int tick = 0; tick <= scale.tickCount(); ++tick)
        CHECK(scale.tickFor(scale.valueAt(tick)) == tick);

    const rx::SliderScale selu(activation("selu").parameters[0]); // 0 .. 3 step 0.001
    CHECK(selu.tickCount() == 3000);
    CHECK(selu.tickFor(1.6732632423543772) == 1673);
    CHECK(selu.valueAt(1673) == 1.673);
}

TEST_CASE("spin box steps land on the step grid and stay within the parameter limit", "[view]")
{
    const rx::SliderScale scale(-0.5, 1.0, 0.01);
    CHECK(scale.stepped(0.25, 1) == 0.26);
    CHECK(scale.stepped(0.25, -1) == 0.24);
    CHECK(scale.stepped(0.25, 10) == 0.35);
    CHECK(scale.stepped(0.253, 1) == 0.26);
    CHECK(scale.stepped(0.253, -1) == 0.25);
    CHECK(scale.stepped(5.0, 1) == 5.01); // beyond the slider range
    CHECK(scale.stepped(rx::parameterLimit, 1) == rx::parameterLimit);
    CHECK(scale.stepped(-rx::parameterLimit, -10) == -rx::parameterLimit);
    const rx::SliderScale selu(0, 3, 0.001);
    CHECK(selu.stepped(1.6732632423543772, 1) == 1.674);
    CHECK(selu.stepped(1.6732632423543772, -1) == 1.673);
}

TEST_CASE("a grid has 3 columns for 5 or 6 panels and is otherwise as square as fits", "[state]")
{
    const auto [panels, columns] = GENERATE(table<std::size_t, std::size_t>(
        {{0, 1}, {1, 1}, {2, 2}, {3, 2}, {4, 2}, {5, 3}, {6, 3}, {7, 3}, {9, 3}, {10, 4}, {16, 4}, {17, 5}}));
    INFO(panels << " panels");
    CHECK(rx::gridColumns(panels, 0) == columns);
}

TEST_CASE("asked-for grid columns are kept, but never more than the panels", "[state]")
{
    CHECK(rx::gridColumns(6, 2) == 2);
    CHECK(rx::gridColumns(6, 1) == 1);
    CHECK(rx::gridColumns(2, 5) == 2);
}

TEST_CASE("slider ranges: the catalogue's until the user chooses one, a typed value widens it",
          "[state][ranges]")
{
    const rx::Activation &prelu = *rx::findActivation("prelu");
    const rx::Parameter &weight = prelu.parameters[0];
    rx::ExplorerState state = rx::defaultState();
    CHECK(rx::sliderRangeOf(state, prelu, 0) == rx::SliderRange{weight.sliderMin, weight.sliderMax});
    rx::setSliderRange(state, prelu, 0, {-2, 4});
    CHECK(rx::sliderRangeOf(state, prelu, 0) == rx::SliderRange{-2, 4});
    CHECK(state.sliderRanges.size() == 1);
    rx::setSliderRange(state, prelu, 0, {weight.sliderMin, weight.sliderMax});
    CHECK(state.sliderRanges.empty());

    CHECK(rx::sliderRangeProblem(prelu, 0, {0, 1}).empty());
    CHECK(rx::sliderRangeProblem(prelu, 0, {1, 0}).find("prelu.weight") != std::string::npos);
    CHECK_FALSE(rx::sliderRangeProblem(prelu, 0, {0, 0}).empty());
    CHECK_FALSE(rx::sliderRangeProblem(prelu, 0, {0, 2e6}).empty());
    CHECK_FALSE(rx::sliderRangeProblem(prelu, 0, {std::nan(""), 1}).empty());

    CHECK(rx::rangeHolding({0, 1}, 2) == rx::SliderRange{0, 2});
    CHECK(rx::rangeHolding({0, 1}, -3) == rx::SliderRange{-3, 1});
    CHECK(rx::rangeHolding({0, 1}, 0.5) == rx::SliderRange{0, 1});
    CHECK(rx::rangeHolding({0, 1}, std::nan("")) == rx::SliderRange{0, 1});
}

TEST_CASE("turning a family on prefers a shown function, so nothing is ticked unasked", "[state][family]")
{
    rx::ExplorerState state = rx::defaultState(); // ReLU and PReLU shown, PReLU selected
    CHECK(state.family.function == "leaky_relu");
    CHECK(rx::familyFunctionFor(state) == "prelu");
    state.shown = {"relu", "elu", "prelu"};
    state.selected = "relu"; // no numeric parameter: the first shown one that has one
    CHECK(rx::familyFunctionFor(state) == "elu");
    state.shown.push_back("leaky_relu"); // the family's own function, once shown, wins
    CHECK(rx::familyFunctionFor(state) == "leaky_relu");
    state.shown = {"relu"}; // nothing shown can make a family: the caller shows the family's function
    CHECK(rx::familyFunctionFor(state) == "leaky_relu");
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>
#include <string>

#include <catch2/catch.hpp>

#include "reluexplorer/activation.h"
#include "reluexplorer/labels.h"
#include "reluexplorer/session.h"
#include "replaced.h"

namespace {

rx::ExplorerState labelledState()
{
    rx::ExplorerState s = rx::defaultState();
    s.shown = {"relu", "prelu", "leaky_relu"};
    s.labels = {
        {"relu", 1.5, std::nullopt}, {"prelu", -2.0012091898428053, std::nullopt}, {"leaky_relu", -3, 0.1}};
    return s;
}

} // namespace

TEST_CASE("label text has 6 significant digits", "[labels]")
{
    CHECK(rx::labelText(1.5, 1.5) == "(1.5, 1.5)");
    CHECK(rx::labelText(-2.0012091898428053, -0.50030229746070132) == "(-2.00121, -0.500302)");
    CHECK(rx::labelText(123456789, 1e-7) == "(1.23457e+08, 1e-07)");
    CHECK(rx::labelText(-0.0, 0) == "(0, 0)");
    CHECK(rx::formatSignificant(std::nan("")) == "nan");
    CHECK(rx::formatSignificant(-INFINITY) == "-inf");
    CHECK(rx::formatSignificant(0.1 + 0.2, 17) == "0.30000000000000004");
}

TEST_CASE("a label's y follows the function's current parameters", "[labels]")
{
    rx::ExplorerState s = labelledState();
    std::vector<rx::LabelPoint> points = rx::visibleLabels(s);
    REQUIRE(points.size() == 2); // the family member is not drawn: no family
    CHECK(points[0].function == "relu");
    CHECK(points[0].y == 1.5);
    CHECK(points[1].index == 1);
    CHECK(points[1].y == Approx(-2.0012091898428053 * 0.25));
    CHECK(points[1].text == "(-2.00121, -0.500302)");
    rx::setParameter(s, *rx::findActivation("prelu"), 0, 0.5);
    points = rx::visibleLabels(s);
    CHECK(points[1].y == Approx(-2.0012091898428053 * 0.5));
    CHECK(points[1].text == "(-2.00121, -1.0006)");
}

TEST_CASE("a family member's label shows while the family draws that member", "[labels]")
{
    rx::ExplorerState s = labelledState();
    s.family = {true, "leaky_relu", "negative_slope", 0, 0.5, 6}; // 0, 0.1, ..., 0.5
    std::vector<rx::LabelPoint> points = rx::visibleLabels(s);
    REQUIRE(points.size() == 1); // the family is drawn instead of the functions' own curves
    CHECK(points[0].index == 2);
    CHECK(points[0].member == 0.1);
    CHECK(points[0].y == Approx(-0.3));
    s.family.count = 3; // 0, 0.25, 0.5: no 0.1 curve
    CHECK(rx::visibleLabels(s).empty());
    s.family = {true, "prelu", "weight", 0, 0.5, 6};
    CHECK(rx::visibleLabels(s).empty()); // another function's family
    s.family.enabled = false;
    s.shown = {"prelu"};
    points = rx::visibleLabels(s);
    REQUIRE(points.size() == 1); // hidden functions keep their labels, not drawn
    CHECK(points[0].function == "prelu");
    CHECK(s.labels.size() == 3);
}

TEST_CASE("pinning refuses duplicates, bad labels and more than the maximum", "[labels]")
{
    rx::ExplorerState s = rx::defaultState();
    CHECK(rx::pinLabel(s, {"relu", 1, std::nullopt}));
    CHECK_FALSE(rx::pinLabel(s, {"relu", 1, std::nullopt}));
    CHECK(rx::pinLabel(s, {"relu", 1, 0.5}));
    CHECK_FALSE(rx::pinLabel(s, {"swish", 1, std::nullopt}));
    CHECK_FALSE(rx::pinLabel(s, {"relu", INFINITY, std::nullopt}));
    CHECK_FALSE(rx::pinLabel(s, {"relu", 2e12, std::nullopt}));
    CHECK_FALSE(rx::pinLabel(s, {"relu", 1, std::nan("")}));
    for (std::size_t i = s.labels.size(); i < rx::maxPinnedLabels; ++i)
        REQUIRE(rx::pinLabel(s, {"relu", 10.0 + double(i), std::nullopt}));
    CHECK_FALSE(rx::pinLabel(s, {"relu", -1, std::nullopt}));
    CHECK(s.labels.size() == rx::maxPinnedLabels);
    CHECK(rx::removeLabel(s, 0));
    CHECK(s.labels.front() == rx::PinnedLabel{"relu", 1, 0.5});
    CHECK_FALSE(rx::removeLabel(s, rx::maxPinnedLabels));
}

TEST_CASE("labels round-trip at full precision in files and tokens", "[labels][session]")
{
    const rx::ExplorerState state = labelledState();
    const std::string text = rx::sessionToJson(state);
    INFO(text);
    CHECK(text.find("\"x\": -2.0012091898428053") != std::string::npos);
    CHECK(text.find("\"member\": 0.1") != std::string::npos);
    const rx::StateReadResult file = rx::sessionFromJson(text);
    REQUIRE(file.ok());
    CHECK(file.state == state);
    const rx::StateReadResult token = rx::stateFromToken(rx::stateToToken(state));
    REQUIRE(token.ok());
    CHECK(token.state == state);
    CHECK(rx::stateProblem(state).empty());
}

TEST_CASE("no labels, no \"labels\" key: files and tokens stay as they were", "[labels][session]")
{
    rx::ExplorerState state = rx::defaultState();
    CHECK(rx::sessionToJson(state).find("labels") == std::string::npos);
    const std::string token = rx::stateToToken(state);
    state.labels = {{"relu", 1, std::nullopt}};
    CHECK(rx::stateToToken(state) != token);
    state.labels.clear();
    CHECK(rx::stateToToken(state) == token);
}

TEST_CASE("malformed labels are refused with a one-line message", "[labels][session]")
{
    const std::string good = rx::sessionToJson(labelledState());
    const std::string first = "{\n      \"function\": \"relu\",\n      \"x\": 1.5\n    }";
    REQUIRE(good.find(first) != std::string::npos);
    const auto [text, mention] = GENERATE_COPY(table<std::string, std::string>({
        {"{\"format\": \"relu-explorer-session\", \"version\": 2, \"labels\": 3}", "must be a list"},
        {replaced(good, first, "7"), "label 1 must be an object"},
        {replaced(good, first, "{\"function\": \"relu\"}"), "label 1: \"x\" must be a number"},
        {replaced(good, first, "{\"x\": 1}"), "label 1: \"function\" must be a function name"},
        {replaced(good, first, "{\"function\": \"sw\\nish\", \"x\": 1}"), "sw\\nish"},
        {replaced(good, first, "{\"function\": \"relu\", \"x\": \"1\"}"), "\"x\" must be a number"},
        {replaced(good, first, "{\"function\": \"relu\", \"x\": 1e13}"), "label 1: x must be a finite"},
        {replaced(good, first, "{\"function\": \"relu\", \"x\": -1e13}"), "x must be a finite"},
        {replaced(good, first, "{\"function\": \"relu\", \"x\": 1, \"y\": 1}"), "unknown key \"y\""},
        {replaced(good, first, "{\"function\": \"relu\", \"x\": 1, \"member\": true}"), "\"member\""},
        {replaced(good, first, "{\"function\": \"relu\", \"x\": 1, \"member\": 1e7}"), "member's value"},
        {replaced(good, first, "{\"function\": \"relu\", \"x\": 1, \"\\u0007\": 1}"), "\"\\x07\""},
        {replaced(good, first, first + ", " + first), "label 2 is pinned twice"},
    }));
    const rx::StateReadResult r = rx::sessionFromJson(text);
    INFO(text);
    REQUIRE_FALSE(r.ok());
    INFO(r.error);
    CHECK(r.error.rfind("\"labels\": ", 0) == 0);
    CHECK(r.error.find(mention) != std::string::npos);
    CHECK(r.error.find_first_of("\n\r\t\x07") == std::string::npos);
    CHECK(r.state == rx::defaultState());
}

TEST_CASE("more labels than can be pinned are refused", "[labels][session]")
{
    std::string list;
    for (std::size_t i = 0; i <= rx::maxPinnedLabels; ++i)
        list += (i ? ", " : "") + std::string("{\"function\": \"relu\", \"x\": ") + std::to_string(i) + "}";
    const rx::StateReadResult r = rx::stateFromToken(std::string(rx::stateTokenPrefix) +
                                                     rx::base64UrlEncode("{\"labels\": [" + list + "]}"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.find("101 labels; at most 100") != std::string::npos);
}

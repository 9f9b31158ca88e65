// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <string>

#include <catch2/catch.hpp>

#include "reluexplorer/session.h"
#include "replaced.h"

namespace {

rx::ExplorerState withSignal()
{
    rx::ExplorerState s = rx::defaultState();
    s.signal = {true, -0.5, 2.25, 2, 0.05, 120};
    return s;
}

} // namespace

TEST_CASE("the Signal view round-trips in files and tokens", "[session][signal]")
{
    const rx::ExplorerState state = withSignal();
    const std::string text = rx::sessionToJson(state);
    INFO(text);
    CHECK(text.find("\"signal\"") != std::string::npos);
    CHECK(text.find("\"weightVariance\": 2") != std::string::npos);
    const rx::StateReadResult file = rx::sessionFromJson(text);
    REQUIRE(file.ok());
    CHECK(file.state == state);
    const rx::StateReadResult token = rx::stateFromToken(rx::stateToToken(state));
    REQUIRE(token.ok());
    CHECK(token.state.signal == state.signal);
}

TEST_CASE("a default Signal view is left out of files and tokens", "[session][signal]")
{
    CHECK(rx::sessionToJson(rx::defaultState()).find("signal") == std::string::npos);
    CHECK(rx::stateToToken(rx::defaultState()) == "relu1:e30");
}

TEST_CASE("version 1 files still load, without a signal", "[session][signal]")
{
    const std::string v2 = rx::sessionToJson(rx::defaultState());
    const std::string v1 = replaced(v2, "\"version\": 2", "\"version\": 1");
    const rx::StateReadResult read = rx::sessionFromJson(v1);
    REQUIRE(read.ok());
    CHECK(read.state == rx::defaultState());
    const std::string v1WithSignal =
        replaced(rx::sessionToJson(withSignal()), "\"version\": 2", "\"version\": 1");
    const rx::StateReadResult refused = rx::sessionFromJson(v1WithSignal);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.find("version 2") != std::string::npos);
}

TEST_CASE("bad signal values are refused, naming the problem", "[session][signal]")
{
    const std::string good = rx::sessionToJson(withSignal());
    const auto [from, to, mention] = GENERATE(table<std::string, std::string, std::string>({
        {"\"std\": 2.25", "\"std\": 0", "standard deviation"},
        {"\"std\": 2.25", "\"std\": -1", "standard deviation"},
        {"\"weightVariance\": 2", "\"weightVariance\": 0", "weight variance"},
        {"\"biasVariance\": 0.05", "\"biasVariance\": -0.05", "bias variance"},
        {"\"mean\": -0.5", "\"mean\": 1e9", "mean"},
        {"\"mean\": -0.5", "\"mean\": \"-0.5\"", "number"},
        {"\"layers\": 120", "\"layers\": 0", "layers"},
        {"\"layers\": 120", "\"layers\": 2.5", "layers"},
        {"\"layers\": 120", "\"layers\": 10001", "layers"},
        {"\"visible\": true", "\"visible\": 1", "visible"},
        {"\"visible\": true", "\"shown\": true", "shown"},
    }));
    const rx::StateReadResult r = rx::sessionFromJson(replaced(good, from, to));
    INFO(r.error);
    CHECK_FALSE(r.ok());
    CHECK(r.error.find("signal") != std::string::npos);
    CHECK(r.error.find(mention) != std::string::npos);
    CHECK(r.state == rx::defaultState());
}

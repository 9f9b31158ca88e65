// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <string>

#include <catch2/catch.hpp>

#include "reluexplorer/activation.h"
#include "reluexplorer/numbers.h"
#include "reluexplorer/session.h"
#include "replaced.h"

namespace {

rx::ExplorerState changedState()
{
    rx::ExplorerState s = rx::defaultState();
    s.shown = {"elu", "prelu", "leaky_relu"};
    rx::setParameter(s, *rx::findActivation("prelu"), 0, 0.1);
    rx::setParameter(s, *rx::findActivation("elu"), 0, -0.30000000000000004);
    rx::setParameter(s, *rx::findActivation("selu"), 1, 1.5);
    s.view = {-100, 2.5, -1.5, 0.5};
    s.sampleCount = 1000;
    s.showDerivatives = true;
    s.showDefaultGhost = false;
    s.shadeZeroGradient = true;
    s.selected = "elu";
    s.family = {true, "leaky_relu", "negative_slope", 0, 0.5, 6};
    return s;
}

} // namespace

TEST_CASE("a saved session loads back to the same state", "[session]")
{
    const rx::ExplorerState state = GENERATE(rx::defaultState(), changedState());
    const std::string text = rx::sessionToJson(state);
    const rx::StateReadResult back = rx::sessionFromJson(text);
    INFO(text);
    REQUIRE(back.ok());
    CHECK(back.state == state);
}

TEST_CASE("a session file is readable JSON naming parameters", "[session]")
{
    const std::string text = rx::sessionToJson(changedState());
    CHECK(text.find("\"format\": \"relu-explorer-session\"") != std::string::npos);
    CHECK(text.find("\"version\": 2") != std::string::npos);
    CHECK(text.find("\"layout\": \"overlay\"") != std::string::npos);
    CHECK(text.find("\"weight\": 0.1") != std::string::npos);
    CHECK(text.find("\"x\": [-100, 2.5]") != std::string::npos);
}

TEST_CASE("a share token round-trips and is compact", "[session]")
{
    const rx::ExplorerState state = changedState();
    const std::string token = rx::stateToToken(state);
    CHECK(token.rfind("relu1:", 0) == 0);
    CHECK(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 6) ==
          std::string::npos);
    CHECK(token.size() < 400);
    rx::ExplorerState small = rx::defaultState();
    rx::setParameter(small, *rx::findActivation("prelu"), 0, 0.1);
    CHECK(rx::stateToToken(small).size() < 80);
    const rx::StateReadResult back = rx::stateFromToken("  " + token + "\n");
    REQUIRE(back.ok());
    CHECK(back.state == state);
}

TEST_CASE("malformed session files are refused with a message naming the problem", "[session]")
{
    const std::string good = rx::sessionToJson(changedState());
    const auto [text, mention] = GENERATE_COPY(table<std::string, std::string>({
        {"", "JSON"},
        {good.substr(0, good.size() / 2), "truncated"},
        {"[]", "object"},
        {"{\"format\": \"relu-explorer-session\"}", "version"},
        {"{\"version\": 1}", "format"},
        {replaced(good, "\"version\": 2", "\"version\": 3"), "version 3"},
        {replaced(good, "\"version\": 2", "\"version\": 0"), "version 0"},
        {replaced(good, "\"version\": 2", "\"version\": \"1\""), "version"},
        {replaced(good, "\"version\": 2", "\"version\": 2, \"extra\": 3"), "extra"},
        {replaced(good, "\"layout\": \"overlay\"", "\"layout\": \"tiles\""), "layout"},
        {replaced(good, "\"columns\": 0", "\"columns\": 13"), "columns"},
        {replaced(good, "\"columns\": 0", "\"columns\": 1.5"), "columns"},
        {replaced(good, "\"elu\",", "\"swish\","), "swish"},
        {replaced(good, "\"elu\",", "\"elu\", \"elu\","), "twice"},
        {replaced(good, "\"elu\",", "3,"), "functions"},
        {replaced(good, "\"weight\": 0.1", "\"weight\": \"0.1\""), "number"},
        {replaced(good, "\"weight\": 0.1", "\"slope\": 0.1"), "slope"},
        {replaced(good, "\"weight\": 0.1", "\"weight\": 1e300"), "out of range"},
        {replaced(good, "\"weight\": 0.1", "\"weight\": 1e999"), "out of range"},
        {replaced(good, "\"prelu\": {", "\"celu\": {\"alpha\": 0}, \"prelu\": {"), "alpha"},
        {replaced(good, "\"x\": [-100, 2.5]", "\"x\": [2.5, -100]"), "view"},
        {replaced(good, "\"x\": [-100, 2.5]", "\"x\": [1, 1]"), "view"},
        {replaced(good, "\"x\": [-100, 2.5]", "\"x\": [-100]"), "[low, high]"},
        {replaced(good, "\"samples\": 1000", "\"samples\": 1.5"), "samples"},
        {replaced(good, "\"samples\": 1000", "\"samples\": 1e9"), "samples"},
        {replaced(good, "\"derivatives\": true", "\"derivatives\": 1"), "derivatives"},
        {replaced(good, "\"selected\": \"elu\"", "\"selected\": \"nope\""), "selected"},
        {replaced(good, "\"enabled\": true", "\"enabled\": \"yes\""), "family"},
        {replaced(good, "\"count\": 6", "\"count\": 1"), "count"},
        {replaced(good, "\"count\": 6", "\"count\": 21"), "count"},
        {replaced(good, "\"count\": 6", "\"count\": 6.5"), "count"},
        {replaced(good, ",\n    \"count\": 6", ""), "\"count\" is missing"},
        {replaced(good, "\"to\": 0.5", "\"to\": 1e7"), "out of range"},
        {replaced(good, "\"parameter\": \"negative_slope\"", "\"parameter\": \"alpha\""),
         "numeric parameter"},
        {replaced(good, "\"function\": \"leaky_relu\"", "\"function\": \"elu\""), "numeric parameter"},
        {replaced(good, "\"function\": \"leaky_relu\"", "\"function\": \"swish\""), "function"},
        {replaced(good, "\"leaky_relu\"]", "\"relu\"]"), "shown"},
        {replaced(good, "\"from\": 0", "\"from\": 0, \"step\": 1"), "step"},
        {"{\"format\": \"relu-explorer-session\", \"version\": 1, \"parameters\": " + std::string(60, '[') +
             std::string(60, ']') + "}",
         "nested"},
    }));
    const rx::StateReadResult r = rx::sessionFromJson(text);
    INFO(text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.find(mention) != std::string::npos);
    CHECK(r.state == rx::defaultState());
}

TEST_CASE("a refused file's own text is quoted on one short line", "[session]")
{
    const std::string good = rx::sessionToJson(changedState());
    const std::string longName(5000, 'k');
    const auto [text, mention] = GENERATE_COPY(table<std::string, std::string>({
        {replaced(good, "\"functions\"", "\"f\\nctions\""), "\"f\\nctions\""},
        {replaced(good, "\"x\": [", "\"z\\u0001\": 1, \"x\": ["), "\"z\\x01\""},
        {replaced(good, "\"weight\": 0.1", "\"we\\tight\": 0.1"), "\"we\\tight\""},
        {replaced(good, "\"weight\": 0.1", "\"" + longName + "\": 0.1"), "kkk..."},
        {replaced(good, "\"elu\",", "\"elu\\r\","), "'elu\\r'"},
        {replaced(good, "\"elu\",", "\"elu" + std::string(300, '\x7f') + "\","), "'elu\\x7f\\x7f"},
        {replaced(good, "\"from\": 0", "\"from\": 0, \"" + longName + "\": 1"), "kkk..."},
    }));
    const rx::StateReadResult r = rx::sessionFromJson(text);
    REQUIRE_FALSE(r.ok());
    INFO(r.error);
    CHECK(r.error.find(mention) != std::string::npos);
    CHECK(r.error.find_first_of("\n\r\t\x01") == std::string::npos);
    CHECK(r.error.size() < 400);
}

TEST_CASE("malformed share tokens are refused", "[session]")
{
    const std::string good = rx::stateToToken(changedState());
    const auto [token, mention] = GENERATE_COPY(table<std::string, std::string>({
        {"", "start with"},
        {"hello", "start with"},
        {"relu1:", "empty"},
        {"relu1:abc*", "'*' (0x2A) at character 4 of 4 is not a base64url character"},
        {"relu1:ab\x01"
         "c",
         "byte 0x01 at character 3"},
        {"relu1:a", "a character is missing or extra"},
        {"relu1:aGl", "last character does not fit"},
        {"relu1:ab+c", "'+' at character 3 of 4 is standard base64"},
        {"relu1:a=bc", "misplaced '=' padding at character 2"},
        {"relu1:aGk===", "misplaced '=' padding"},
        {good.substr(0, good.size() - 7), "damaged"},
        {"relu1:" + rx::base64UrlEncode("{\"samples\": -1}"), "samples"},
        {"relu1:" + rx::base64UrlEncode("{\"version\": 1}"), "version"},
        {"relu1:" + rx::base64UrlEncode("{\"family\": {\"enabled\": true}}"), "family"},
        {"relu1:" + rx::base64UrlEncode("[" + std::string(100, '[') + "]"), "nested"},
    }));
    const rx::StateReadResult r = rx::stateFromToken(token);
    INFO(token);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.find(mention) != std::string::npos);
}

TEST_CASE("a share token padded with '=' as standard base64 tools pad it is read", "[session]")
{
    const rx::ExplorerState state = changedState();
    std::string token = rx::stateToToken(state);
    while ((token.size() - rx::stateTokenPrefix.size()) % 4 != 0)
        token += '=';
    const rx::StateReadResult r = rx::stateFromToken(token);
    INFO(token << ": " << r.error);
    REQUIRE(r.ok());
    CHECK(r.state == state);
}

TEST_CASE("a session file may start with a UTF-8 byte order mark, UTF-16 is named", "[session]")
{
    const rx::ExplorerState state = changedState();
    const rx::StateReadResult r = rx::sessionFromJson("\xEF\xBB\xBF" + rx::sessionToJson(state));
    INFO(r.error);
    REQUIRE(r.ok());
    CHECK(r.state == state);
    for (const std::string bom : {"\xFF\xFE", "\xFE\xFF"}) {
        const rx::StateReadResult utf16 = rx::sessionFromJson(bom + "{");
        CHECK(utf16.error.find("UTF-16") != std::string::npos);
    }
    // Only at the start: a second mark is not white space.
    CHECK_FALSE(rx::sessionFromJson("\xEF\xBB\xBF\xEF\xBB\xBF{}").ok());
}

TEST_CASE("base64url round-trips every length and refuses stray bits", "[session]")
{
    std::string bytes;
    for (int n = 0; n < 20; ++n) {
        CHECK(rx::base64UrlDecode(rx::base64UrlEncode(bytes)) == bytes);
        bytes += static_cast<char>(n * 37 + 200);
    }
    CHECK(rx::base64UrlEncode("hi?") == "aGk_");
    CHECK_FALSE(rx::base64UrlDecode("aGl"));  // "hi" is aGk: stray low bits
    CHECK_FALSE(rx::base64UrlDecode("aGk=")); // no padding
}

TEST_CASE("base64UrlProblem names a problem exactly when decoding fails", "[session]")
{
    // Found by the token fuzzer: the empty text decodes (to nothing), so it has no problem.
    CHECK(rx::base64UrlDecode("") == std::string());
    CHECK(rx::base64UrlProblem("").empty());
    for (const char *bad : {"a", "aGl", "a=", "ab+c", "ab/c", "ab c", "\xC3\xA9"})
        CHECK_FALSE(rx::base64UrlProblem(bad).empty());
    CHECK(rx::base64UrlProblem("aGk").empty());
}

TEST_CASE("a family round-trips in files and tokens and is left out of a default token", "[session]")
{
    rx::ExplorerState state = rx::defaultState();
    CHECK(rx::stateToToken(state).find("family") == std::string::npos);
    state.shown = {"hardtanh"};
    state.family = {true, "hardtanh", "max_val", 0.5, 3, 11};
    const rx::StateReadResult file = rx::sessionFromJson(rx::sessionToJson(state));
    REQUIRE(file.ok());
    CHECK(file.state == state);
    const rx::StateReadResult token = rx::stateFromToken(rx::stateToToken(state));
    REQUIRE(token.ok());
    CHECK(token.state == state);
}

TEST_CASE("the grid layout and its columns survive a file and a token", "[session]")
{
    rx::ExplorerState state = changedState();
    state.layout = rx::PlotLayout::Grid;
    state.columns = 3;
    const rx::StateReadResult file = rx::sessionFromJson(rx::sessionToJson(state));
    REQUIRE(file.ok());
    CHECK(file.state.layout == rx::PlotLayout::Grid);
    CHECK(file.state.columns == 3);
    const rx::StateReadResult token = rx::stateFromToken(rx::stateToToken(state));
    REQUIRE(token.ok());
    CHECK(token.state == state);
}

TEST_CASE("a version 1 file, without a layout, still reads as an overlay", "[session]")
{
    const std::string v1 =
        "{\"format\": \"relu-explorer-session\", \"version\": 1, \"functions\": [\"relu\", "
        "\"elu\"], \"derivatives\": true}";
    const rx::StateReadResult read = rx::sessionFromJson(v1);
    INFO(read.error);
    REQUIRE(read.ok());
    CHECK(read.state.shown == std::vector<std::string>{"relu", "elu"});
    CHECK(read.state.showDerivatives);
    CHECK(read.state.layout == rx::PlotLayout::Overlay);
    CHECK(read.state.columns == 0);
}

TEST_CASE("slider ranges round-trip in files and tokens and are left out when default", "[session][ranges]")
{
    rx::ExplorerState state = rx::defaultState();
    CHECK(rx::sessionToJson(state).find("\"ranges\"") == std::string::npos);
    CHECK(rx::stateToToken(state) == rx::stateToToken(rx::defaultState()));

    const rx::Activation &prelu = *rx::findActivation("prelu");
    const rx::Activation &elu = *rx::findActivation("elu");
    rx::setSliderRange(state, prelu, 0, {-0.5, 3});
    rx::setSliderRange(state, elu, 0, {0.1, 2.25});
    const std::string text = rx::sessionToJson(state);
    INFO(text);
    CHECK(text.find("\"ranges\"") != std::string::npos);
    CHECK(text.find("\"weight\": [-0.5, 3]") != std::string::npos);
    const rx::StateReadResult file = rx::sessionFromJson(text);
    REQUIRE(file.ok());
    CHECK(file.state == state);
    CHECK(rx::sliderRangeOf(file.state, prelu, 0) == rx::SliderRange{-0.5, 3});
    const rx::StateReadResult token = rx::stateFromToken(rx::stateToToken(state));
    REQUIRE(token.ok());
    CHECK(token.state == state);

    // A range equal to the catalogue's is no entry: it reads back as the default state.
    rx::ExplorerState same = rx::defaultState();
    rx::setSliderRange(same, prelu, 0, {prelu.parameters[0].sliderMin, prelu.parameters[0].sliderMax});
    CHECK(same == rx::defaultState());
    const rx::StateReadResult explicitDefault =
        rx::sessionFromJson(replaced(rx::sessionToJson(rx::defaultState()), "\"version\": 2",
                                     "\"version\": 2, \"ranges\": {\"prelu\": {\"weight\": [" +
                                         rx::formatNumber(prelu.parameters[0].sliderMin) + ", " +
                                         rx::formatNumber(prelu.parameters[0].sliderMax) + "]}}"));
    REQUIRE(explicitDefault.ok());
    CHECK(explicitDefault.state == rx::defaultState());
}

TEST_CASE("malformed slider ranges are refused with one line naming the problem", "[session][ranges]")
{
    const std::string good = rx::sessionToJson(rx::defaultState());
    const auto [ranges, mention] = GENERATE(table<std::string, std::string>({
        {"[]", "\"ranges\": must be an object"},
        {"{\"swish\": {}}", "swish"},
        {"{\"prelu\": [0, 1]}", "parameter ranges"},
        {"{\"prelu\": {\"slope\": [0, 1]}}", "\"slope\""},
        {"{\"prelu\": {\"weight\": [0]}}", "[min, max]"},
        {"{\"prelu\": {\"weight\": [0, \"1\"]}}", "[min, max]"},
        {"{\"prelu\": {\"weight\": [2, 1]}}", "below its maximum"},
        {"{\"prelu\": {\"weight\": [1, 1]}}", "below its maximum"},
        {"{\"prelu\": {\"weight\": [0, 1e7]}}", "finite"},
        {"{\"prelu\": {\"weight\": [-2e6, 1]}}", "finite"},
        {"{\"prelu\": {\"weight\": [null, 1]}}", "[min, max]"},
        {"{\"gelu\": {\"approximate\": [0, 1]}}", "choice"},
        {"{\"prelu\": {\"we\\night\": [0, 1]}}", "\"we\\night\""},
    }));
    const std::string text = replaced(good, "\"version\": 2", "\"version\": 2, \"ranges\": " + ranges);
    const rx::StateReadResult r = rx::sessionFromJson(text);
    INFO(text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.find(mention) != std::string::npos);
    CHECK(r.error.find('\n') == std::string::npos);
    CHECK(r.state == rx::defaultState());
}

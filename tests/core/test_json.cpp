// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <string>

#include <catch2/catch.hpp>

#include "reluexplorer/json.h"

using rx::json::parse;

TEST_CASE("json reads values, escapes and UTF-8", "[json]")
{
    const auto r = parse(R"( {"a": [1, -2.5e3, true, false, null], "s": "x\"\\\/\n\u00e9\ud83d\ude00é"} )");
    REQUIRE(r.ok());
    const rx::json::Array &a = r.value.find("a")->asArray();
    REQUIRE(a.size() == 5);
    CHECK(a[0].asNumber() == 1);
    CHECK(a[1].asNumber() == -2500);
    CHECK(a[2].asBool());
    CHECK(a[4].isNull());
    CHECK(r.value.find("s")->asString() == "x\"\\/\n\xc3\xa9\xf0\x9f\x98\x80\xc3\xa9");
    CHECK(r.value.find("missing") == nullptr);
}

TEST_CASE("json refuses malformed documents with the place of the problem", "[json]")
{
    const auto [text, mention] = GENERATE(table<std::string, std::string>({
        {"", "end of the document"},
        {"{\"a\": 1", "truncated"},
        {"{\"a\": 1,}", "key"},
        {"[1 2]", "','"},
        {"{\"a\": 1, \"a\": 2}", "duplicate"},
        {"01", "start with 0"},
        {"1.", "digits"},
        {"1e999", "out of range"},
        {"NaN", "value"},
        {"[1] x", "after the end"},
        {"\"\\x\"", "escape"},
        {"\"\\ud800\"", "surrogate"},
        {"\"\xff\"", "UTF-8"},
        {"\"\xc0\xaf\"", "UTF-8"},
        {"\"a\nb\"", "control"},
        {"// comment\n{}", "value"},
        {"{\"a\" 1}", "':'"},
    }));
    const auto r = parse(text);
    INFO(text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.find(mention) != std::string::npos);
    CHECK(r.error.rfind("line ", 0) == 0);
}

TEST_CASE("json quotes a duplicate key so the message stays one short line", "[json]")
{
    const std::string key = "k\\n" + std::string(500, 'n');
    const auto r = parse("{\"" + key + "\": 1, \"" + key + "\": 2}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.find("duplicate key") != std::string::npos);
    CHECK(r.error.find('\n') == std::string::npos);
    CHECK(r.error.size() < 200);
}

TEST_CASE("json limits depth and size", "[json]")
{
    const std::string deep = std::string(100, '[') + std::string(100, ']');
    const auto r = parse(deep);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.find("nested deeper") != std::string::npos);
    CHECK(parse(std::string(10, '[') + std::string(10, ']')).ok());
    const std::string big = "\"" + std::string(2 << 20, 'a') + "\"";
    CHECK(parse(big).error.find("larger than") != std::string::npos);
}

TEST_CASE("json writes what it reads", "[json]")
{
    const std::string text = R"({"n":[0.1,-3,1e+300],"t":"a\"b\n","o":{"b":false,"z":null}})";
    const auto r = parse(text);
    REQUIRE(r.ok());
    CHECK(rx::json::write(r.value) == text);
    const auto pretty = rx::json::write(r.value, 2);
    CHECK(pretty.find("\n  \"n\": [0.1, -3, 1e+300]") != std::string::npos);
    CHECK(parse(pretty).ok());
}

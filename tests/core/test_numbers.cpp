// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

#include <catch2/catch.hpp>

#include "reluexplorer/numbers.h"

TEST_CASE("formatNumber gives text that reads back to the same bits", "[numbers]")
{
    const float f = GENERATE(0.1f, 1e-8f, -3.4028235e38f, 1.4e-45f, 0.009999999776f, 6.0f, -0.0f,
                             std::nextafter(6.0f, 7.0f));
    const std::string text = rx::formatNumber(f);
    const auto back = rx::parseNumber<float>(text);
    REQUIRE(back);
    CHECK(std::bit_cast<std::uint32_t>(*back) == std::bit_cast<std::uint32_t>(f));

    const double d = GENERATE(0.1, 1e-300, 4.9e-324, -1.7976931348623157e308, 1.0 / 3.0);
    const auto backD = rx::parseNumber<double>(rx::formatNumber(d));
    REQUIRE(backD);
    CHECK(std::bit_cast<std::uint64_t>(*backD) == std::bit_cast<std::uint64_t>(d));
}

TEST_CASE("formatNumber spells the special values as eval prints them", "[numbers]")
{
    CHECK(rx::formatNumber(std::numeric_limits<float>::quiet_NaN()) == "nan");
    CHECK(rx::formatNumber(-std::numeric_limits<double>::quiet_NaN()) == "nan");
    CHECK(rx::formatNumber(std::numeric_limits<float>::infinity()) == "inf");
    CHECK(rx::formatNumber(-std::numeric_limits<double>::infinity()) == "-inf");
    CHECK(rx::formatNumber(0.01f) == "0.01");
    CHECK(rx::formatNumber(0.01) == "0.01");
}

TEST_CASE("parseNumber accepts whole numbers only and rounds once to the type", "[numbers]")
{
    CHECK(rx::parseNumber<float>("0.1") == 0.1f);
    CHECK(rx::parseNumber<double>("+2.5") == 2.5);
    CHECK(rx::parseNumber<double>("-0x1.8p1") == -3.0);
    CHECK(std::isnan(*rx::parseNumber<float>("nan")));
    CHECK(rx::parseNumber<double>("-inf") == -std::numeric_limits<double>::infinity());
    CHECK(rx::parseNumber<float>("1e39") == std::numeric_limits<float>::infinity());
    CHECK(rx::parseNumber<float>("-1e-50") == 0.0f);
    CHECK(rx::parseNumber<float>("1e-45") == std::numeric_limits<float>::denorm_min());
    // 1 + 2^-24 + 2^-60 is above the float midpoint; rounding through double would give 1.
    CHECK(rx::parseNumber<float>("1.00000005960464477539930798640") == std::nextafter(1.0f, 2.0f));
    for (const char *bad : {"", "abc", "1.5x", "--1", "+-1", " 1", "1 ", "0x", "1e", "nanx"})
        CHECK_FALSE(rx::parseNumber<double>(bad));
}

TEST_CASE("linspace matches numpy: both ends included, evenly spaced", "[numbers]")
{
    const auto xs = rx::linspace(-100, 100, 1000);
    REQUIRE(xs.size() == 1000);
    CHECK(xs.front() == -100);
    CHECK(xs.back() == 100);
    CHECK(xs[1] == Approx(-100 + 200.0 / 999));
    CHECK(rx::linspace(3, 4, 1) == std::vector<double>{3});
    CHECK(rx::linspace(0, 1, 0).empty());
}

TEST_CASE("linspace in pieces gives the same points as at once", "[numbers]")
{
    const auto [start, stop, count] =
        GENERATE(table<double, double, std::size_t>({{-100, 100, 1000}, {0.1, 0.7, 7}, {-1e-300, 3, 2}}));
    const std::vector<double> whole = rx::linspace(start, stop, count);
    std::vector<double> pieces;
    for (std::size_t at = 0; at < count; at += 3) {
        const std::vector<double> piece =
            rx::linspace(start, stop, count, at, std::min<std::size_t>(3, count - at));
        pieces.insert(pieces.end(), piece.begin(), piece.end());
    }
    CHECK(pieces == whole);
    CHECK(pieces.back() == stop);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <bit>
#include <cmath>
#include <cstdint>
#include <algorithm>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
    CHECK(rx::formatNumber(-std::numeric_limits<double>::quiet_NaN()) == "-nan");
    CHECK(rx::formatNumber(-std::numeric_limits<float>::quiet_NaN()) == "-nan");
    CHECK(rx::formatNumber(-0.0f) == "-0");
    CHECK(rx::formatNumber(-0.0) == "-0");
    CHECK(rx::formatNumber(std::numeric_limits<float>::infinity()) == "inf");
    CHECK(rx::formatNumber(-std::numeric_limits<double>::infinity()) == "-inf");
    CHECK(rx::formatNumber(0.01f) == "0.01");
    CHECK(rx::formatNumber(0.01) == "0.01");
}

TEST_CASE("appendNumber adds the same text as formatNumber after what is there", "[numbers]")
{
    std::string row = "x";
    rx::appendNumber(row, -std::numeric_limits<double>::quiet_NaN());
    row += ',';
    rx::appendNumber(row, 0.1f);
    row += ',';
    rx::appendNumber(row, -1.7976931348623157e308);
    row += ',';
    rx::appendNumber(row, -0.0f);
    row += ',';
    rx::appendNumber(row, std::numeric_limits<float>::quiet_NaN());
    CHECK(row == "x-nan,0.1,-1.7976931348623157e+308,-0,nan");
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

TEST_CASE("parseNumber keeps the sign of zero and of NaN", "[numbers]")
{
    const auto nanF = rx::parseNumber<float>("-nan");
    REQUIRE(nanF);
    CHECK(std::isnan(*nanF));
    CHECK(std::signbit(*nanF));
    const auto nanD = rx::parseNumber<double>("-NaN");
    REQUIRE(nanD);
    CHECK((std::isnan(*nanD) && std::signbit(*nanD)));
    CHECK_FALSE(std::signbit(*rx::parseNumber<double>("nan")));
    CHECK(std::signbit(*rx::parseNumber<float>("-0")));
    CHECK(std::signbit(*rx::parseNumber<double>("-0x0p+0")));
    CHECK(std::signbit(*rx::parseNumber<double>("-1e-400"))); // underflow keeps the sign
    for (const char *text : {"-nan", "nan", "-0", "0", "-inf"}) {
        const auto d = rx::parseNumber<double>(text);
        REQUIRE(d);
        CHECK(rx::formatNumber(*d) == text);
        const auto f = rx::parseNumber<float>(text);
        REQUIRE(f);
        CHECK(rx::formatNumber(*f) == text);
    }
}

TEST_CASE("parseNumber takes hex floats only in C's form", "[numbers]")
{
    CHECK(rx::parseNumber<double>("0x1p-2") == 0.25);
    CHECK(rx::parseNumber<double>("0X1P+2") == 4.0);
    CHECK(rx::parseNumber<double>("0x.8") == 0.5);
    CHECK(rx::parseNumber<double>("0xA.8p0") == 10.5);
    CHECK(rx::parseNumber<double>("-0x10") == -16.0);
    CHECK(rx::parseNumber<double>("0x1e") == 30.0);    // e is a hex digit
    CHECK(rx::parseNumber<float>("0x1p-150") == 0.0f); // underflow: half the smallest denormal, to even
    CHECK(rx::parseNumber<float>("0x1p200") == std::numeric_limits<float>::infinity());
    // Denormals from more digits than fit round once, to nearest: ...88.9 (hex) in units of the
    // smallest denormal rounds up, as ...12.c does for float (glibc 2.36's strtod rounds both down);
    // ...88.8, a tie, goes to the even ...88.
    CHECK(rx::parseNumber<double>("0x23456734567889p-1078") == std::ldexp(double(0x2345673456789), -1074));
    CHECK(rx::parseNumber<float>("0x664d12cp-153") == std::ldexp(float(0x664d13), -149));
    CHECK(rx::parseNumber<double>("0x23456734567888p-1078") == std::ldexp(double(0x2345673456788), -1074));
    for (const char *bad : {"0x-1", "-0x-1", "0x+1", "0x-inf", "0xinf", "0xnan", "-0xnan", "0x", "0x.",
                            "0xp1", "0x1p", "0x1p+", "0x1g", "0x1.8e3p", "0x 1", "00x1", "0x1p1.5"})
        CHECK_FALSE(rx::parseNumber<double>(bad));
}

TEST_CASE("parseNumber refuses what is not entirely one number", "[numbers]")
{
    CHECK(rx::parseNumber<double>(".5") == 0.5);
    CHECK(rx::parseNumber<double>("5.") == 5.0);
    CHECK(rx::parseNumber<double>("1E3") == 1000.0);
    CHECK(rx::parseNumber<double>("Infinity") == std::numeric_limits<double>::infinity());
    CHECK(rx::parseNumber<double>("-INF") == -std::numeric_limits<double>::infinity());
    for (const char *bad : {".",     "-",      "+",     "e5",      ".e5",       "1e+", "1e-", "1.5.2",
                            "1e5.5", "nan(1)", "nan()", "infinit", "infinityx", "in",  "1,5", "1_000",
                            "\t1",   "1\n",    "+ 1",   "--0",     "+-0",       "-+0", "１"})
        CHECK_FALSE(rx::parseNumber<double>(bad));
    CHECK_FALSE(rx::parseNumber<double>(std::string_view("1\0", 2)));
}

TEST_CASE("linspace never gives a non-finite point from finite ends", "[numbers]")
{
    constexpr double max = std::numeric_limits<double>::max();
    CHECK(rx::linspaceProblem(-1e308, 1e308, 3) != "");
    CHECK(rx::linspaceProblem(-max, max, 2) != "");
    CHECK(rx::linspaceProblem(-1, std::numeric_limits<double>::infinity(), 3) != "");
    CHECK(rx::linspaceProblem(-1e308, 1e308, 1) == "");
    CHECK(rx::linspaceProblem(-max / 2, max / 2, 5) == "");
    CHECK(rx::linspaceProblem(0, max, 1000) == "");
    for (const auto &[a, b] : {std::pair{-1e308, 1e308}, std::pair{-max, max}, std::pair{0.0, max},
                               std::pair{-max / 2, max / 2}}) {
        for (const std::size_t count : {2u, 3u, 7u, 1000u}) {
            const std::vector<double> xs = rx::linspace(a, b, count);
            REQUIRE(xs.size() == count);
            CHECK(xs.front() == a);
            CHECK(xs.back() == b);
            for (double x : xs)
                CHECK(std::isfinite(x));
            CHECK(std::is_sorted(xs.begin(), xs.end()));
        }
    }
    CHECK(rx::linspace(-1e308, 1e308, 3)[1] == 0.0);
    const std::vector<double> wide = rx::linspace(-max, max, 10);
    std::vector<double> pieces;
    for (std::size_t at = 0; at < 10; at += 4) {
        const std::vector<double> piece = rx::linspace(-max, max, 10, at, std::min<std::size_t>(4, 10 - at));
        pieces.insert(pieces.end(), piece.begin(), piece.end());
    }
    CHECK(pieces == wide);
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

TEST_CASE("parseWholeNumber reads counts as parseNumber reads numbers, whole and within bounds", "[numbers]")
{
    CHECK(rx::parseWholeNumber("300", 1, 1000) == 300u);
    CHECK(rx::parseWholeNumber("3e2", 1, 1000) == 300u);
    CHECK(rx::parseWholeNumber("+300", 1, 1000) == 300u);
    CHECK(rx::parseWholeNumber("0x1p4", 1, 1000) == 16u);
    CHECK(rx::parseWholeNumber("1", 1, 1) == 1u);
    for (const char *bad : {"", " 3", "3 ", "300.5", "0", "-1", "1001", "inf", "nan", "0x-1", "1,000", "3x",
                            "99999999999999999999999"})
        CHECK_FALSE(rx::parseWholeNumber(bad, 1, 1000).has_value());
}

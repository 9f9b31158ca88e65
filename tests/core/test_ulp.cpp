// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>
#include <cstdint>
#include <limits>

#include <catch2/catch.hpp>

#include "ulp.h"

TEMPLATE_TEST_CASE("ulpDistance counts representable values between two numbers", "[ulp]", float, double)
{
    using T = TestType;
    using Limits = std::numeric_limits<T>;
    const std::uint64_t never = std::numeric_limits<std::uint64_t>::max();
    const T one = 1;
    CHECK(rxtest::ulpDistance(one, one) == 0);
    CHECK(rxtest::ulpDistance(one, std::nextafter(one, T(2))) == 1);
    CHECK(rxtest::ulpDistance(std::nextafter(one, T(0)), std::nextafter(one, T(2))) == 2);
    CHECK(rxtest::ulpDistance(-one, std::nextafter(-one, T(0))) == 1);
    CHECK(rxtest::ulpDistance(T(0), T(-0.0)) == 0);
    CHECK(rxtest::ulpDistance(Limits::denorm_min(), -Limits::denorm_min()) == 2);
    CHECK(rxtest::ulpDistance(T(0), Limits::denorm_min()) == 1);
    CHECK(rxtest::ulpDistance(Limits::min(), std::nextafter(Limits::min(), T(0))) == 1);
    CHECK(rxtest::ulpDistance(Limits::infinity(), Limits::infinity()) == 0);
    CHECK(rxtest::ulpDistance(-Limits::infinity(), -Limits::infinity()) == 0);
    CHECK(rxtest::ulpDistance(Limits::infinity(), Limits::max()) == 1);
    CHECK(rxtest::ulpDistance(Limits::infinity(), -Limits::infinity()) > 1000);
    CHECK(rxtest::ulpDistance(Limits::quiet_NaN(), -Limits::quiet_NaN()) == 0);
    CHECK(rxtest::ulpDistance(Limits::quiet_NaN(), one) == never);
    CHECK(rxtest::ulpDistance(Limits::infinity(), Limits::quiet_NaN()) == never);
}

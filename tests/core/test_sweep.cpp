// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>
#include <limits>

#include <catch2/catch.hpp>

#include "reluexplorer/sweep.h"

using rx::SweepMode;

TEST_CASE("a sweep maps phase to a value in each mode", "[sweep]")
{
    const auto [mode, phase, expected] = GENERATE(table<SweepMode, double, double>({
        {SweepMode::Loop, 0, 0},
        {SweepMode::Loop, 0.25, 0.5},
        {SweepMode::Loop, 0.999, 1.998},
        {SweepMode::Loop, 1, 0},
        {SweepMode::Loop, 2.5, 1},
        {SweepMode::BackAndForth, 0, 0},
        {SweepMode::BackAndForth, 0.5, 1},
        {SweepMode::BackAndForth, 1, 2},
        {SweepMode::BackAndForth, 1.5, 1},
        {SweepMode::BackAndForth, 2, 0},
        {SweepMode::BackAndForth, 3.25, 1.5},
        {SweepMode::Once, 0.5, 1},
        {SweepMode::Once, 1, 2},
        {SweepMode::Once, 7, 2},
        {SweepMode::Once, -1, 0},
    }));
    INFO("phase " << phase);
    CHECK(rx::sweepValue(0, 2, phase, mode) == Approx(expected).margin(1e-12));
}

TEST_CASE("a sweep may run downwards, NaN phase stays at the start", "[sweep]")
{
    CHECK(rx::sweepValue(1, -1, 0.25, SweepMode::Loop) == 0.5);
    CHECK(rx::sweepValue(1, -1, 1, SweepMode::Once) == -1);
    CHECK(rx::sweepValue(1, -1, std::numeric_limits<double>::quiet_NaN(), SweepMode::BackAndForth) == 1);
}

TEST_CASE("only a single sweep finishes", "[sweep]")
{
    CHECK_FALSE(rx::sweepFinished(0.99, SweepMode::Once));
    CHECK(rx::sweepFinished(1, SweepMode::Once));
    CHECK_FALSE(rx::sweepFinished(100, SweepMode::Loop));
    CHECK_FALSE(rx::sweepFinished(100, SweepMode::BackAndForth));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

namespace rx {

/// How an animated parameter moves between its two values.
enum class SweepMode
{
    Loop,         ///< from -> to, then jumps back to from and again.
    BackAndForth, ///< from -> to -> from -> ..., a triangle wave.
    Once          ///< from -> to, then stays at to (finished).
};

/// Value of a sweep after phase sweeps (phase = elapsed time / time per sweep, >= 0):
/// Loop: from + (to - from)·frac(phase), back at from at each whole phase;
/// BackAndForth: from + (to - from)·u with u = 1 - |(phase mod 2) - 1|;
/// Once: from + (to - from)·min(phase, 1). Negative or NaN phase gives from.
double sweepValue(double from, double to, double phase, SweepMode mode);

/// True when a sweep has ended: only Once, at phase >= 1.
bool sweepFinished(double phase, SweepMode mode);

} // namespace rx

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/sweep.h"

#include <cmath>

namespace rx {

double sweepValue(double from, double to, double phase, SweepMode mode)
{
    if (!(phase > 0))
        return from;
    double u = 0;
    switch (mode) {
    case SweepMode::Loop:
        u = phase - std::floor(phase);
        break;
    case SweepMode::BackAndForth:
        u = 1 - std::abs(std::fmod(phase, 2.0) - 1);
        break;
    case SweepMode::Once:
        if (phase >= 1)
            return to;
        u = phase;
        break;
    }
    if (u <= 0)
        return from;
    if (u >= 1)
        return to;
    return from + (to - from) * u;
}

bool sweepFinished(double phase, SweepMode mode)
{
    return mode == SweepMode::Once && phase >= 1;
}

} // namespace rx

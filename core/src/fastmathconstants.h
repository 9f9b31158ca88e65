// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// Written by tools/golden/smooth_constants.py (mpmath 1.2.1). Do not edit.

#include <array>

// clang-format off
namespace rx::fastmath::constants {

/// expm1(r) = r + r² q(r) for |r| <= 0.3467: q to degree 5, error 5.33e-10 relative
/// (of expm1, in doubles), lowest power first.
inline constexpr std::array<double, 6> expm1FloatCoefficients{
    0x1.0000000b95df5p-1,
    0x1.5555555a7b04dp-3,
    0x1.5554e8e8cf598p-5,
    0x1.1110e0e528fc9p-7,
    0x1.6d434d32cc595p-10,
    0x1.a12515da60daep-13,
};

} // namespace rx::fastmath::constants
// clang-format on

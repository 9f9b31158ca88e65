// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rx {

/// Shortest text that reads back to the same bits (std::to_chars); "nan", "inf", "-inf".
std::string formatNumber(float value);
std::string formatNumber(double value);

/// A whole token as T, rounded once (decimal, hex "0x1.8p3", "nan", "inf", "-inf", a leading '+').
/// Overflow rounds to ±inf and underflow to a denormal or 0, as IEEE rounding does.
/// nullopt if the token is empty or not entirely a number.
template <class T> std::optional<T> parseNumber(std::string_view text);

/// count points evenly spaced from start to stop, both included (numpy.linspace).
std::vector<double> linspace(double start, double stop, std::size_t count);
/// Points first .. first + n - 1 of linspace(start, stop, count), for a range too long to hold at once.
std::vector<double> linspace(double start, double stop, std::size_t count, std::size_t first, std::size_t n);

} // namespace rx

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rx {

/// Shortest text that reads back to the same bits (std::to_chars); "nan", "-nan" (sign bit set),
/// "inf", "-inf", "-0".
std::string formatNumber(float value);
std::string formatNumber(double value);
/// formatNumber(value) appended to out, without a string of its own (the command line's CSV).
void appendNumber(std::string &out, float value);
void appendNumber(std::string &out, double value);

/// A whole token as T, rounded once: an optional sign, then a decimal ("1.5", ".5", "1e-3"), a C hex
/// float ("0x1.8p3", "0X.8", digits and exponent unsigned after "0x"), or "nan", "inf", "infinity"
/// in any case. The sign is kept, also on 0 and NaN. Overflow rounds to ±inf and underflow to a
/// denormal or 0, as IEEE rounding does. nullopt for anything else ("0x-1", "0xnan", " 1", "nan(1)").
/// Every number the program reads goes through here.
template <class T> std::optional<T> parseNumber(std::string_view text);

/// A whole number from low to high read by parseNumber ("300", "3e2", "+300"; not "300.5", "0x", " 3"):
/// counts, pixels, columns and layers follow the same rule as every other number.
std::optional<std::size_t> parseWholeNumber(std::string_view text, std::size_t low, std::size_t high);

/// "" when linspace(start, stop, count) has only finite points; otherwise why not (an end that is not
/// finite, or stop - start beyond the largest double, as -1e308:1e308).
std::string linspaceProblem(double start, double stop, std::size_t count);

/// count points evenly spaced from start to stop, both included (numpy.linspace, bit for bit). From
/// finite ends whose distance overflows, the points are (1 - t)·start + t·stop: never infinite.
std::vector<double> linspace(double start, double stop, std::size_t count);
/// Points first .. first + n - 1 of linspace(start, stop, count), for a range too long to hold at once.
std::vector<double> linspace(double start, double stop, std::size_t count, std::size_t first, std::size_t n);

} // namespace rx

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/numbers.h"

#include <charconv>
#include <clocale>
#include <cstdlib>
#include <locale.h>
#include <cmath>
#include <limits>
#include <type_traits>
#include <system_error>

namespace rx {
namespace {

template <class T> void append(std::string &out, T value)
{
    if (std::isnan(value)) {
        out += std::signbit(value) ? "-nan" : "nan";
        return;
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

template <class T> std::string format(T value)
{
    std::string out;
    append(out, value);
    return out;
}

} // namespace

std::string formatNumber(float value)
{
    return format(value);
}

std::string formatNumber(double value)
{
    return format(value);
}

void appendNumber(std::string &out, float value)
{
    append(out, value);
}

void appendNumber(std::string &out, double value)
{
    append(out, value);
}

namespace {

bool isDigit(char c, bool hex)
{
    return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
}

bool equalsIgnoringCase(std::string_view text, std::string_view lower)
{
    if (text.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((text[i] | 0x20) != lower[i])
            return false;
    return true;
}

// C's grammar after the sign (and after "0x" when hex): digits with at most one point, at least one
// digit, then an optional exponent ('e', or 'p' when hex) with an optional sign and decimal digits.
bool isNumeral(std::string_view text, bool hex)
{
    std::size_t i = 0;
    std::size_t digits = 0;
    for (; i < text.size() && isDigit(text[i], hex); ++i)
        ++digits;
    if (i < text.size() && text[i] == '.')
        for (++i; i < text.size() && isDigit(text[i], hex); ++i)
            ++digits;
    if (digits == 0)
        return false;
    if (i == text.size())
        return true;
    if ((text[i] | 0x20) != (hex ? 'p' : 'e'))
        return false;
    if (++i < text.size() && (text[i] == '+' || text[i] == '-'))
        ++i;
    if (i == text.size())
        return false;
    for (; i < text.size(); ++i)
        if (!isDigit(text[i], false))
            return false;
    return true;
}

} // namespace

template <class T> std::optional<T> parseNumber(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    T value{};
    if (equalsIgnoringCase(text, "nan")) {
        value = std::numeric_limits<T>::quiet_NaN();
    } else if (equalsIgnoringCase(text, "inf") || equalsIgnoringCase(text, "infinity")) {
        value = std::numeric_limits<T>::infinity();
    } else {
        const bool hex = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
        if (hex)
            text.remove_prefix(2);
        if (!isNumeral(text, hex))
            return std::nullopt;
        const auto format = hex ? std::chars_format::hex : std::chars_format::general;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, format);
        if (end != text.data() + text.size())
            return std::nullopt;
        if (error == std::errc::result_out_of_range) {
            // from_chars leaves value unchanged for overflow, underflow and denormals; strto* in the C
            // locale rounds them as IEEE does (to ±inf, a denormal or a signed zero).
            static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", nullptr);
            std::string copy(text);
            if (hex)
                copy.insert(0, "0x");
            if constexpr (std::is_same_v<T, float>)
                value = strtof_l(copy.c_str(), nullptr, cLocale);
            else
                value = strtod_l(copy.c_str(), nullptr, cLocale);
        } else if (error != std::errc()) {
            return std::nullopt;
        }
    }
    return negative ? -value : value;
}

template std::optional<float> parseNumber<float>(std::string_view);
template std::optional<double> parseNumber<double>(std::string_view);

std::optional<std::size_t> parseWholeNumber(std::string_view text, std::size_t low, std::size_t high)
{
    const std::optional<double> value = parseNumber<double>(text);
    if (!value || !std::isfinite(*value) || *value != std::floor(*value) || *value < double(low) ||
        *value > double(high))
        return std::nullopt;
    return static_cast<std::size_t>(*value);
}

std::string linspaceProblem(double start, double stop, std::size_t count)
{
    if (!std::isfinite(start) || !std::isfinite(stop))
        return "the ends must be finite numbers";
    if (count > 1 && !std::isfinite(stop - start))
        return "the range from " + formatNumber(start) + " to " + formatNumber(stop) +
               " is wider than the largest double (" + formatNumber(std::numeric_limits<double>::max()) + ")";
    return {};
}

std::vector<double> linspace(double start, double stop, std::size_t count)
{
    return linspace(start, stop, count, 0, count);
}

std::vector<double> linspace(double start, double stop, std::size_t count, std::size_t first, std::size_t n)
{
    std::vector<double> points(n);
    const double last = count > 1 ? static_cast<double>(count - 1) : 1.0;
    // Where the width overflows, weights instead of a step, so that no point is infinite.
    const bool wide =
        count > 1 && !std::isfinite(stop - start) && std::isfinite(start) && std::isfinite(stop);
    const double step = count > 1 ? (stop - start) / last : 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t at = first + i;
        if (count > 1 && at == count - 1) {
            points[i] = stop;
        } else if (wide) {
            const double t = static_cast<double>(at) / last;
            points[i] = start * (1 - t) + stop * t;
        } else {
            points[i] = static_cast<double>(at) * step + start;
        }
    }
    return points;
}

} // namespace rx

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/numbers.h"

#include <charconv>
#include <clocale>
#include <cstdlib>
#include <locale.h>
#include <type_traits>
#include <cmath>
#include <system_error>

namespace rx {
namespace {

template <class T> std::string format(T value)
{
    if (std::isnan(value))
        return "nan";
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
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

template <class T> std::optional<T> parseNumber(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty() || text.front() == '+' || text.front() == '-')
        return std::nullopt;
    auto format = std::chars_format::general;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        format = std::chars_format::hex;
        text.remove_prefix(2);
    }
    T value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, format);
    if (end != text.data() + text.size())
        return std::nullopt;
    if (error == std::errc::result_out_of_range) {
        // from_chars leaves value unchanged for overflow, underflow and denormals; strto* in the C
        // locale rounds them as IEEE does (to ±inf, a denormal or a signed zero).
        static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", nullptr);
        std::string copy(text);
        if (format == std::chars_format::hex)
            copy.insert(0, "0x");
        if constexpr (std::is_same_v<T, float>)
            value = strtof_l(copy.c_str(), nullptr, cLocale);
        else
            value = strtod_l(copy.c_str(), nullptr, cLocale);
    } else if (error != std::errc()) {
        return std::nullopt;
    }
    return negative ? -value : value;
}

template std::optional<float> parseNumber<float>(std::string_view);
template std::optional<double> parseNumber<double>(std::string_view);

std::vector<double> linspace(double start, double stop, std::size_t count)
{
    return linspace(start, stop, count, 0, count);
}

std::vector<double> linspace(double start, double stop, std::size_t count, std::size_t first, std::size_t n)
{
    std::vector<double> points(n);
    const double step = count > 1 ? (stop - start) / static_cast<double>(count - 1) : 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t at = first + i;
        points[i] = count > 1 && at == count - 1 ? stop : static_cast<double>(at) * step + start;
    }
    return points;
}

} // namespace rx

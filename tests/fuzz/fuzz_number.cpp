// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// The number reader on any bytes: what it accepts, C's strtod/strtof accept whole, and with the same
// bits as theirs (decimal) or as the exact value rounded once (hex, where glibc 2.36 misrounds some
// denormals: 0x23456734567889p-1078 ends in ...789, glibc gives ...788); formatting reads back to the
// same bits (signs of 0 and NaN included); linspace from finite ends has only finite points.
#include <algorithm>
#include <bit>
#include <clocale>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <locale.h>
#include <string>
#include <string_view>

#include "reluexplorer/numbers.h"

namespace {

void fail(const char *what, std::string_view text)
{
    std::fprintf(stderr, "fuzz_number: %s: '%.*s'\n", what, static_cast<int>(text.size()), text.data());
    std::abort();
}

template <class T> bool sameBits(T a, T b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b) && std::signbit(a) == std::signbit(b);
    return std::memcmp(&a, &b, sizeof a) == 0;
}

int hexDigit(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

// A C hex float (already accepted by the reader) rounded once to T: its first 64 significant bits
// with every later bit ORed into the last (a sticky bit below any rounding position of T), scaled
// exactly in long double, whose exponent range holds every T result, then one rounding cast.
template <class T> T exactHex(std::string_view text)
{
    const bool negative = text.front() == '-';
    if (text.front() == '-' || text.front() == '+')
        text.remove_prefix(1);
    text.remove_prefix(2);
    std::uint64_t bits = 0;
    long exponent = 0;
    bool point = false;
    std::size_t i = 0;
    for (; i < text.size() && (text[i] | 0x20) != 'p'; ++i) {
        if (text[i] == '.') {
            point = true;
            continue;
        }
        const int digit = hexDigit(text[i]);
        if (bits >> 60 == 0) {
            bits = bits << 4 | digit;
            exponent -= point ? 4 : 0;
        } else {
            bits |= digit != 0;
            exponent += point ? 0 : 4;
        }
    }
    if (i < text.size()) {
        ++i;
        const bool down = text[i] == '-';
        if (text[i] == '-' || text[i] == '+')
            ++i;
        long written = 0;
        for (; i < text.size(); ++i)
            written = std::min(written * 10 + (text[i] - '0'), 100000L); // far past any T's range
        exponent += down ? -written : written;
    }
    exponent = std::clamp(exponent, -20000L, 20000L);
    const T value = static_cast<T>(std::ldexp(static_cast<long double>(bits), static_cast<int>(exponent)));
    return negative ? -value : value;
}

template <class T> void check(std::string_view text)
{
    const std::optional<T> value = rx::parseNumber<T>(text);
    if (!value)
        return;
    static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", nullptr);
    const std::string copy(text);
    char *end = nullptr;
    T c;
    if constexpr (sizeof(T) == 4)
        c = strtof_l(copy.c_str(), &end, cLocale);
    else
        c = strtod_l(copy.c_str(), &end, cLocale);
    if (end != copy.c_str() + copy.size())
        fail("accepted what C does not read whole", text);
    const std::size_t digits = text.find_first_not_of("+-");
    const bool hex = text.size() > digits + 1 && text[digits] == '0' && (text[digits + 1] | 0x20) == 'x';
    if (hex) {
        if (!sameBits(*value, exactHex<T>(text)))
            fail("a hex float not rounded once from its exact value", text);
    } else if (!sameBits(*value, c)) {
        fail("a different value from C", text);
    }
    const std::string printed = rx::formatNumber(*value);
    const std::optional<T> back = rx::parseNumber<T>(printed);
    if (!back || !sameBits(*back, *value))
        fail("printed text does not read back to the same bits", text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    check<float>(text);
    check<double>(text);
    if (size >= 18) {
        double ends[2];
        std::memcpy(ends, data, sizeof ends);
        const std::size_t count = 1 + (data[16] | (data[17] & 0x0F) << 8); // up to 4096 points
        if (std::isfinite(ends[0]) && std::isfinite(ends[1])) {
            for (const double x : rx::linspace(ends[0], ends[1], count))
                if (!std::isfinite(x))
                    fail("linspace gave a non-finite point from finite ends", text.substr(0, 18));
            const bool problem = !rx::linspaceProblem(ends[0], ends[1], count).empty();
            if (problem != (count > 1 && !std::isfinite(ends[1] - ends[0])))
                fail("linspaceProblem is wrong about the width", text.substr(0, 18));
        }
    }
    return 0;
}

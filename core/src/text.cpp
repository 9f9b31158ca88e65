// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/text.h"

#include <cstddef>
#include <cstdint>

namespace rx {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD"; // U+FFFD

// Length of the well-formed UTF-8 sequence at text[i] (Unicode 15, table 3-7) and its code point,
// or 0 when it is malformed.
std::size_t decode(std::string_view text, std::size_t i, char32_t &code)
{
    const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[i + k]); };
    const std::uint8_t b0 = byte(0);
    if (b0 < 0x80) {
        code = b0;
        return 1;
    }
    std::size_t length = 0;
    std::uint8_t low = 0x80, high = 0xBF; // the allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        code = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        code = b0 & 0x0F;
        low = b0 == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
        high = b0 == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        code = b0 & 0x07;
        low = b0 == 0xF0 ? 0x90 : 0x80;
        high = b0 == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        const std::uint8_t b = byte(k);
        if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF))
            return 0;
        code = (code << 6) | (b & 0x3F);
    }
    return length;
}

} // namespace

std::string metadataText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t code = 0;
        const std::size_t length = decode(text, i, code);
        if (length == 0) {
            out += replacement;
            ++i;
            continue;
        }
        if (code < 0x20 || (code >= 0x7F && code <= 0x9F))
            out += ' ';
        else if (code == 0xFFFE || code == 0xFFFF)
            out += replacement;
        else
            out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

} // namespace rx

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace rx::detail {

/// Text taken from input, quoted for a one-line message: control characters escaped (\n, \t,
/// \x01), the quote and backslash escaped, and cut (at a character boundary) once it is 80 bytes and marked
/// with "...". Messages stay one short line whatever a file holds.
inline std::string quotedText(std::string_view text, char quote = '"')
{
    constexpr std::size_t limit = 80; // bytes of the quoted form, escapes included
    std::string out(1, quote);
    std::size_t i = 0;
    for (; i < text.size() && out.size() <= limit; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c == static_cast<unsigned char>(quote) || c == '\\')
            out += std::string("\\") + static_cast<char>(c);
        else if (c < 0x20 || c == 0x7F) {
            char code[8];
            std::snprintf(code, sizeof code, "\\x%02x", static_cast<unsigned>(c));
            out += code;
        } else
            out += static_cast<char>(c);
    }
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
        out += text[i++]; // never split a UTF-8 sequence
    if (i < text.size())
        out += "...";
    return out + quote;
}

} // namespace rx::detail

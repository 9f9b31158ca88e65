// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>
#include <string_view>

namespace rx {

/// text as one line of valid UTF-8 that XML 1.0 allows, for SVG <title>/<desc>, PDF metadata (XMP)
/// and PNG text chunks: each control character (U+0000-U+001F, U+007F-U+009F, tab and newlines
/// included) becomes a space, and malformed UTF-8, surrogates and U+FFFE/U+FFFF become U+FFFD.
/// XML escaping (&, <, >, quotes) is left to the writer.
std::string metadataText(std::string_view text);

} // namespace rx

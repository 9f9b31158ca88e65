// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <string>

#include <catch2/catch.hpp>

#include "reluexplorer/text.h"

using namespace std::string_literals;

TEST_CASE("metadataText turns control characters into spaces", "[text]")
{
    CHECK(rx::metadataText("a\x01"
                           "b\tc\nd\re\x1b[0m\x7f"s) == "a b c d e [0m ");
    CHECK(rx::metadataText("nul\0here"s) == "nul here");
    CHECK(rx::metadataText("next\xC2\x85line\xC2\x9F"s) == "next line "); // C1 controls: NEL, APC
}

TEST_CASE("metadataText keeps valid UTF-8 and replaces what is not", "[text]")
{
    CHECK(rx::metadataText("ReLU α = 0.1, 激活函数 🙂 & <b>") ==
          "ReLU α = 0.1, 激活函数 🙂 & <b>");
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(rx::metadataText("\xFF") == fffd);
    CHECK(rx::metadataText("a\xC3") == "a" + fffd);                            // truncated
    CHECK(rx::metadataText("\xC0\xAF") == fffd + fffd);                        // overlong '/'
    CHECK(rx::metadataText("\xED\xA0\x80") == fffd + fffd + fffd);             // a surrogate
    CHECK(rx::metadataText("\xF4\x90\x80\x80") == fffd + fffd + fffd + fffd);  // above U+10FFFF
    CHECK(rx::metadataText("\xEF\xBF\xBE|\xEF\xBF\xBF") == fffd + "|" + fffd); // U+FFFE, U+FFFF
    CHECK(rx::metadataText("").empty());
}

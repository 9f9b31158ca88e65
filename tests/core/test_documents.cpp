// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "reluexplorer/activation.h"

namespace {

std::string sourceFile(const std::string &path)
{
    std::ifstream in(std::string(RX_SOURCE_DIR) + "/" + path, std::ios::binary);
    INFO(path);
    REQUIRE(in.good());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The README's first paragraph: from the title to the first blank line after it.
std::string readmeIntroduction()
{
    const std::string readme = sourceFile("README.md");
    const std::size_t start = readme.find("\n\n");
    REQUIRE(start != std::string::npos);
    return readme.substr(start + 2, readme.find("\n\n", start + 2) - start - 2);
}

bool namesWord(const std::string &text, const std::string &word)
{
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const auto boundary = [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); };
        const bool before = at == 0 || boundary(text[at - 1]);
        const bool after = at + word.size() == text.size() || boundary(text[at + word.size()]);
        if (before && after)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("the README names every function of the catalogue in its first paragraph", "[documents]")
{
    const std::string introduction = readmeIntroduction();
    for (const rx::Activation &f : rx::catalogue()) {
        INFO(f.displayName);
        CHECK(namesWord(introduction, f.displayName));
    }
}

TEST_CASE("docs/NUMERICS.md has a section for every function of the catalogue", "[documents]")
{
    const std::string numerics = sourceFile("docs/NUMERICS.md");
    for (const rx::Activation &f : rx::catalogue()) {
        INFO(f.id);
        CHECK(numerics.find("\n### " + f.displayName + " (`" + f.id + "`") != std::string::npos);
    }
}

TEST_CASE("docs/NUMERICS.md states each rule for every function in one paragraph", "[documents]")
{
    const std::string numerics = sourceFile("docs/NUMERICS.md");
    const std::size_t start = numerics.find("\n## Rules for every function\n");
    REQUIRE(start != std::string::npos);
    const std::string rules = numerics.substr(start, numerics.find("\n## ", start + 1) - start);
    std::vector<std::string> names; // each paragraph's bold lead: "**NaN.**" or "**Parameters** are"
    for (std::size_t at = rules.find("\n\n**"); at != std::string::npos; at = rules.find("\n\n**", at + 1)) {
        const std::size_t from = at + 4;
        const std::size_t end = rules.find("**", from);
        REQUIRE(end != std::string::npos);
        std::string name = rules.substr(from, end - from);
        if (!name.empty() && name.back() == '.')
            name.pop_back();
        names.push_back(name);
    }
    CHECK(names.size() >= 6);
    for (const std::string &name : names) {
        INFO(name);
        CHECK(std::count(names.begin(), names.end(), name) == 1);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <catch2/catch.hpp>

#include "listcommand.h"

TEST_CASE("list takes no arguments", "[list]")
{
    CHECK(cli::parseListRequest({"relu-explorer"}).request);
    const auto extra = cli::parseListRequest({"relu-explorer", "relu"});
    CHECK(!extra.request);
    CHECK(extra.error.contains("'relu'"));
    const auto option = cli::parseListRequest({"relu-explorer", "--all"});
    CHECK(!option.request);
    CHECK(option.error.contains("--help, --version"));
    const auto help = cli::parseListRequest({"relu-explorer", "--help"});
    CHECK(!help.request);
    CHECK(help.error.isEmpty());
    CHECK(help.text.startsWith("Usage: relu-explorer list"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "reluexplorer/json.h"
#include "reluexplorer/state.h"

namespace rx {

/// Session files: versioned JSON with this format name, version and file suffix. Version 2 added
/// "layout" ("overlay" or "grid"), "columns" and the optional "signal" object; version 1 files
/// (without them) still read. The optional "ranges" object holds the slider ranges the user chose
/// ({"prelu": {"weight": [0, 3]}}); it is left out when there are none.
inline constexpr std::string_view sessionFormatName = "relu-explorer-session";
inline constexpr int sessionFormatVersion = 2;
inline constexpr int oldestSessionFormatVersion = 1;
inline constexpr std::string_view sessionFileSuffix = "reluexp";
/// Share tokens start with this prefix, followed by base64url of the compact JSON.
inline constexpr std::string_view stateTokenPrefix = "relu1:";
/// A session document larger than this (1 MiB, the JSON reader's limit) is refused.
inline constexpr std::size_t maxSessionBytes = json::Limits{}.maxBytes;

/// A state read from a file or token, or why it was refused (the state is then the default).
struct StateReadResult
{
    ExplorerState state;
    std::string error;
    bool ok() const { return error.empty(); }
};

/// The state as a pretty-printed session document.
std::string sessionToJson(const ExplorerState &state);

/// Reads a session document strictly: known version, known keys, right types, finite values within
/// the catalogue's limits, valid view, at most 1 MiB and 32 levels deep. A UTF-8 byte order mark at
/// the start is skipped; UTF-16 is refused as such.
StateReadResult sessionFromJson(std::string_view text);

/// "" when state is one the explorer can be in: a session file of it reads back to the same state
/// (known functions, valid parameters, view, sample count and family). Otherwise why not.
std::string stateProblem(const ExplorerState &state);

/// A compact token for chat and slides: stateTokenPrefix + base64url(compact JSON).
std::string stateToToken(const ExplorerState &state);

/// Reads a token as sessionFromJson reads a file. Surrounding white space is ignored, and so is '='
/// padding at the end (as standard base64 tools write it).
StateReadResult stateFromToken(std::string_view token);

/// RFC 4648 base64url without padding; decoding refuses any other character or a bad length.
std::string base64UrlEncode(std::string_view bytes);
std::optional<std::string> base64UrlDecode(std::string_view text);
/// "" when base64UrlDecode accepts text; otherwise what is wrong, naming the character and position.
std::string base64UrlProblem(std::string_view text);

} // namespace rx

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// The share-token decoder on any bytes: no crash, a one-line error, an accepted token is a valid
// state whose own token reads back as itself, and base64url decoding is the inverse of encoding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "reluexplorer/session.h"

namespace {

void fail(const char *what, const std::string &detail)
{
    std::fprintf(stderr, "fuzz_token: %s: %s\n", what, detail.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    // Half the inputs get the prefix, so that the decoder behind it is reached.
    const std::string token = size > 0 && data[0] % 2 == 0
                                  ? std::string(rx::stateTokenPrefix) + std::string(bytes.substr(1))
                                  : std::string(bytes);
    const rx::StateReadResult r = rx::stateFromToken(token);
    if (!r.ok()) {
        if (r.error.find('\n') != std::string::npos || r.error.size() > 400)
            fail("error message not one short line", r.error);
    } else {
        if (const std::string problem = rx::stateProblem(r.state); !problem.empty())
            fail("accepted an invalid state", problem);
        const rx::StateReadResult again = rx::stateFromToken(rx::stateToToken(r.state));
        if (!again.ok() || !(again.state == r.state))
            fail("the state's own token does not read back", again.error);
    }
    const std::optional<std::string> decoded = rx::base64UrlDecode(bytes);
    if (decoded.has_value() != rx::base64UrlProblem(bytes).empty())
        fail("base64UrlProblem and base64UrlDecode disagree", std::string(bytes));
    if (decoded && rx::base64UrlEncode(*decoded) != bytes)
        fail("decoding is not the inverse of encoding", std::string(bytes));
    if (rx::base64UrlDecode(rx::base64UrlEncode(bytes)) != std::string(bytes))
        fail("encoding does not decode back", std::string(bytes));
    return 0;
}

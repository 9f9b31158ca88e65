// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// The session reader on any bytes: no crash, a one-line error, and an accepted file is a valid
// state that writes and reads back as itself.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "reluexplorer/session.h"

namespace {

void fail(const char *what, const std::string &detail)
{
    std::fprintf(stderr, "fuzz_session: %s: %s\n", what, detail.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const rx::StateReadResult r = rx::sessionFromJson(text);
    if (!r.ok()) {
        if (r.error.find('\n') != std::string::npos || r.error.size() > 400)
            fail("error message not one short line", r.error);
        if (!(r.state == rx::defaultState()))
            fail("a refused file changed the state", r.error);
        return 0;
    }
    if (const std::string problem = rx::stateProblem(r.state); !problem.empty())
        fail("accepted an invalid state", problem);
    const rx::StateReadResult token = rx::stateFromToken(rx::stateToToken(r.state));
    if (!token.ok() || !(token.state == r.state))
        fail("the state's token does not read back", token.error);
    return 0;
}

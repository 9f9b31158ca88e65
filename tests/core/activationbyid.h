// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>

#include <catch2/catch.hpp>

#include "reluexplorer/activation.h"

/// The catalogue's function id; the test fails when there is none.
inline const rx::Activation &activation(const std::string &id)
{
    const rx::Activation *f = rx::findActivation(id);
    if (!f)
        FAIL("no function " << id << " in the catalogue");
    return *f;
}

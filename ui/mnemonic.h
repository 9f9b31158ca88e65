// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QString>

/// text as a label without its accelerator: "&Derivatives" gives "Derivatives", "导数(&D)" gives
/// "导数" (the bracketed letter a translation appends goes with its brackets), "&&" gives "&".
QString withoutMnemonic(const QString &text);

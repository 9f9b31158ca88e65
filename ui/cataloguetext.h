// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <span>
#include <string_view>

#include <QString>

/// The core's English text (a catalogue explanation, parameter meaning, formula, kink note, group or
/// figure preset name) in the current language: its translation in the "catalogue" context, or the
/// English itself when it has none (a function added since the last update_translations).
QString catalogueText(std::string_view english);

/// Every string of the core that lupdate knows about, from the generated ui/cataloguestrings.cpp.
std::span<const char *const> catalogueSourceStrings();

/// The translation context of the core's strings.
inline constexpr char catalogueContext[] = "catalogue";

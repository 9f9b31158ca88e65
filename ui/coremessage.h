// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>

#include <QString>
#include <QStringList>

/// A message the core built (std::string, English, no Qt) in the window's language: the core's
/// fixed sentences (a refused view range, figure size or options, a damaged session file or state
/// token) are matched with their variable parts, which are kept as they are; any other text comes
/// back unchanged.
QString coreMessage(const QString &text);
QString coreMessage(const std::string &text);

/// The English source of every message coreMessage knows, with %1, %2... for the variable parts.
QStringList coreMessageSources();

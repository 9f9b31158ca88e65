// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <span>

#include <QString>
#include <QStringList>

namespace cli {

/// A subcommand of relu-explorer ("relu-explorer NAME ..."). run takes the arguments with the
/// program name first and NAME removed, and returns the exit code (0 done, 1 an I/O or display
/// failure, 2 bad input). It parses before it creates any application object, and gives that
/// object the program name only.
struct Subcommand
{
    const char *name;
    const char *summary; ///< One line for the top-level --help.
    int (*run)(const QStringList &arguments);
};

/// Every subcommand, in the order the top-level --help lists them. Adding one is one entry here.
std::span<const Subcommand> subcommands();

/// "eval, list, export".
QString subcommandNames();

/// The commands for the top-level --help: "  NAME  SUMMARY" lines, the summaries in one column.
QString subcommandHelp();

/// Runs the command line (program name first): a subcommand, or the window.
int runCommandLine(const QStringList &arguments);

} // namespace cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "subcommand.h"

#include <array>

#include "evalcommand.h"
#include "exportcommand.h"
#include "fileio.h"
#include "listcommand.h"
#include "windowcommand.h"

namespace cli {

namespace {

constexpr std::array table{
    Subcommand{"eval", "evaluate a function and its derivatives as CSV", runEvalCommand},
    Subcommand{"list", "list the functions and their parameters", runListCommand},
    Subcommand{"export", "render the plot to PNG, JPEG, PDF, SVG or CSV", runExportCommand},
};

} // namespace

std::span<const Subcommand> subcommands()
{
    return table;
}

QString subcommandNames()
{
    QStringList names;
    for (const Subcommand &s : subcommands())
        names << QLatin1String(s.name);
    return names.join(QStringLiteral(", "));
}

int runCommandLine(const QStringList &arguments)
{
    if (arguments.size() > 1) {
        for (const Subcommand &s : subcommands()) {
            if (arguments[1] != QLatin1String(s.name))
                continue;
            QStringList rest = arguments;
            rest.removeAt(1);
            return finishOut(QLatin1String(s.name), s.run(rest));
        }
    }
    return finishOut({}, runWindowCommand(arguments));
}

} // namespace cli

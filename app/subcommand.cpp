// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "subcommand.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "evalcommand.h"
#include "exportcommand.h"
#include "fileio.h"
#include "listcommand.h"
#include "signalcommands.h"
#include "windowcommand.h"

namespace cli {

namespace {

constexpr std::array table{
    Subcommand{"eval", "evaluate a function and its derivatives as CSV", runEvalCommand},
    Subcommand{"list", "list the functions and their parameters", runListCommand},
    Subcommand{"export", "render the plot to PNG, JPEG, PDF, SVG or CSV", runExportCommand},
    Subcommand{"moments", "moments of a function of a Gaussian input and of its gradient, as CSV",
               runMomentsCommand},
    Subcommand{"propagate", "signal variance and gradient gain through many layers, as CSV",
               runPropagateCommand},
    Subcommand{"selu-constants", "SELU's alpha and scale, solved from its fixed point, as CSV",
               runSeluConstantsCommand},
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

QString subcommandHelp()
{
    std::size_t width = 0;
    for (const Subcommand &s : subcommands())
        width = std::max(width, std::strlen(s.name));
    QString lines;
    // Two spaces at least after the longest name, as QCommandLineParser sets its options apart.
    for (const Subcommand &s : subcommands())
        lines += QStringLiteral("  %1  %2\n")
                     .arg(QLatin1String(s.name), -static_cast<int>(width))
                     .arg(QLatin1String(s.summary));
    return lines;
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

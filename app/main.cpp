// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QCoreApplication>

#include "cliutil.h"
#include "subcommand.h"

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Explorer"));
    QCoreApplication::setApplicationName(QStringLiteral("relu-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELU_EXPLORER_VERSION));
    return cli::runCommandLine(cli::argumentsFrom(argc, argv));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList lines() const;
};

/// Runs relu-explorer with arguments, feeding input on stdin, without a display.
CliResult runCli(const QStringList &arguments, const QByteArray &input = {},
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

/// The bytes of the file at path (none if it cannot be read).
QByteArray readAll(const QString &path);

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    // Without a platform, test discovery would fail to create the application and register nothing.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Each process has a settings folder of its own, so tests running side by side never share one.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true); // QSettings of the window go to a test location
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReLU Explorer tests"));
    QApplication::setApplicationName(QStringLiteral("relu-explorer-tests"));
    QSettings().clear(); // no state or theme left over from an earlier run
    return Catch::Session().run(argc, argv);
}

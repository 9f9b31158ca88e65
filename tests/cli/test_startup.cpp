// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "runcli.h"

TEST_CASE("without a display the window says so in one line and points to export", "[startup]")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("QT_QPA_PLATFORM");
    const CliResult r = runCli({}, {}, env);
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.contains("display"));
    CHECK(r.err.contains("export"));
}

TEST_CASE("top-level --help lists the commands, --version prints the version", "[startup]")
{
    const CliResult help = runCli({"--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith("Usage: relu-explorer"));
    CHECK(help.out.contains("eval"));
    CHECK(help.out.contains("list"));
    const CliResult version = runCli({"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == "relu-explorer " RX_VERSION);
}

TEST_CASE("an unknown command or option is refused with exit code 2", "[startup][errors]")
{
    const QStringList args = GENERATE(QStringList{"evaluate"}, QStringList{"--no-such-option"});
    const CliResult r = runCli(args);
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.count('\n') == 1);
}

TEST_CASE("the window's --lang takes en or zh_CN, anything else is one line naming them and exit 2",
          "[startup][errors]")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("QT_QPA_PLATFORM");
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    const QString bad = GENERATE(QStringLiteral("xx"), QStringLiteral("zh"), QStringLiteral(""));
    const CliResult r = runCli({"--lang", bad}, {}, env);
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.contains("--lang"));
    CHECK(r.err.contains("en, zh_CN"));
    // A good value gets as far as the display check.
    const CliResult good = runCli({"--lang", "zh_CN"}, {}, env);
    CHECK(good.exitCode == 1);
    CHECK(good.err.contains("display"));
}

TEST_CASE("the hidden --report-first-paint prints once the window is drawn, then quits", "[startup]")
{
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_CONFIG_HOME", config.path());
    const CliResult r = runCli({"--report-first-paint"}, {}, env);
    CHECK(r.exitCode == 0);
    CHECK(r.out == "first-paint\n");
}

TEST_CASE("the window's first frame loads no image plugin", "[startup]")
{
    // Qt asks every image plugin before its own PNG reader: the first image read loads them all.
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_CONFIG_HOME", config.path());
    env.insert("QT_DEBUG_PLUGINS", "1");
    const CliResult r = runCli({"--report-first-paint"}, {}, env);
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.out == "first-paint\n");
    REQUIRE(r.err.contains("loaded library")); // the platform plugin at least: the log is on
    QStringList imagePlugins;
    for (const QString &line : r.err.split('\n'))
        if (line.contains("imageformats") && line.contains("loaded library") && !line.contains("unloaded"))
            imagePlugins << line;
    INFO(imagePlugins.join('\n').toStdString());
    CHECK(imagePlugins.isEmpty());
}

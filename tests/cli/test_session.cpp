// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "reluexplorer/session.h"
#include "runcli.h"

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

rx::ExplorerState familyState()
{
    rx::ExplorerState s = rx::defaultState();
    s.shown = {"relu", "leaky_relu"};
    s.selected = "leaky_relu";
    s.family = {true, "leaky_relu", "negative_slope", 0, 0.5, 6};
    return s;
}

// Without a display: the window cannot open, so a good file or token gets as far as exit code 1.
QProcessEnvironment noDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

} // namespace

TEST_CASE("a malformed or missing session file is refused in one line, exit 2, before any window",
          "[session][errors]")
{
    QTemporaryDir dir;
    const std::string good = rx::sessionToJson(familyState());
    const auto [name, bytes, mention] = GENERATE_COPY(table<QString, QByteArray, QString>({
        {"empty.reluexp", QByteArray(), "JSON"},
        {"cut.reluexp", QByteArray::fromStdString(good.substr(0, 40)), "JSON"},
        {"future.reluexp", QByteArray("{\"format\": \"relu-explorer-session\", \"version\": 3}"),
         "version 3"},
        {"big.reluexp", QByteArray((1 << 20) + 1, ' '), "too large for a session file (over 1 MiB)"},
    }));
    const QString path = writeFile(dir, name, bytes);
    const CliResult r = runCli({path}, {}, noDisplay());
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.contains(mention));

    const CliResult missing = runCli({dir.filePath(QStringLiteral("nope.reluexp"))}, {}, noDisplay());
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.count('\n') == 1);
    CHECK(missing.err.contains("does not exist"));
}

TEST_CASE("a malformed --state token is refused in one line, exit 2, a good one passes", "[session][errors]")
{
    for (const QString &token :
         {QStringLiteral("garbage"), QStringLiteral("relu1:***"),
          QStringLiteral("relu1:") + QString::fromStdString(rx::base64UrlEncode("{\"x\": 1}"))}) {
        const CliResult r = runCli({QStringLiteral("--state"), token}, {}, noDisplay());
        INFO(token.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.count('\n') == 1);
        CHECK(r.err.startsWith("relu-explorer: --state"));
    }
    const CliResult good =
        runCli({QStringLiteral("--state"), QString::fromStdString(rx::stateToToken(familyState()))}, {},
               noDisplay());
    CHECK(good.exitCode == 1); // read fine; then: no display
}

TEST_CASE("a good session file is read before the display is needed, with --param on top", "[session]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("good.reluexp"),
                                   QByteArray::fromStdString(rx::sessionToJson(familyState())));
    CHECK(runCli({path}, {}, noDisplay()).exitCode == 1);
    const CliResult bad =
        runCli({path, QStringLiteral("--param"), QStringLiteral("prelu.weight=x")}, {}, noDisplay());
    CHECK(bad.exitCode == 2);
    const CliResult both =
        runCli({path, QStringLiteral("--state"), QString::fromStdString(rx::stateToToken(familyState()))}, {},
               noDisplay());
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains("not both"));
}

TEST_CASE("export --session and --state render a saved family without a display", "[session][export]")
{
    QTemporaryDir dir;
    const QString session = writeFile(dir, QStringLiteral("family.reluexp"),
                                      QByteArray::fromStdString(rx::sessionToJson(familyState())));
    const QString fromFile = dir.filePath(QStringLiteral("file.png"));
    const CliResult r = runCli({QStringLiteral("export"), QStringLiteral("--session"), session,
                                QStringLiteral("--output"), fromFile, QStringLiteral("--width"),
                                QStringLiteral("600"), QStringLiteral("--height"), QStringLiteral("400")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString fromToken = dir.filePath(QStringLiteral("token.png"));
    const CliResult t = runCli({QStringLiteral("export"), QStringLiteral("--state"),
                                QString::fromStdString(rx::stateToToken(familyState())),
                                QStringLiteral("--output"), fromToken, QStringLiteral("--width"),
                                QStringLiteral("600"), QStringLiteral("--height"), QStringLiteral("400")});
    REQUIRE(t.exitCode == 0);
    const QImage a(fromFile);
    const QImage b(fromToken);
    REQUIRE(!a.isNull());
    CHECK(a == b);
    // The family's ramp: a dark violet curve (s = 0) and a teal-green one (s = 0.5; viridis stops
    // there on white, where its lighter greens lose 3:1) are both drawn.
    int violet = 0;
    int green = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QColor c = a.pixelColor(x, y);
            violet += c.red() > 50 && c.red() < 90 && c.green() < 30 && c.blue() > 70;
            green += c.green() > 140 && c.red() < 80 && c.blue() < c.green();
        }
    }
    CHECK(violet > 50);
    CHECK(green > 50);
}

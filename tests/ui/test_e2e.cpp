// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>
#include <optional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include "plotpixels.h"

using plotpixels::nearColour;
using plotpixels::parseGeometry;
using plotpixels::PlotGeometry;

namespace {

const QString binary = QStringLiteral(RX_EXPLORER_BINARY);

// A private X server for one test, on a display number nobody uses.
class Xvfb
{
public:
    Xvfb()
    {
        for (int n = 90 + static_cast<int>(QCoreApplication::applicationPid() % 300); n < 1000; ++n) {
            if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)) ||
                QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
                continue;
            m_display = QStringLiteral(":%1").arg(n);
            m_process.start(QStringLiteral("Xvfb"), {m_display, QStringLiteral("-screen"),
                                                     QStringLiteral("0"), QStringLiteral("1600x1000x24"),
                                                     QStringLiteral("-nolisten"), QStringLiteral("tcp")});
            if (!m_process.waitForStarted(5000))
                break;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 5000 && m_process.state() == QProcess::Running &&
                   !QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
                QThread::msleep(50);
            if (m_process.state() == QProcess::Running)
                return;
            m_process.waitForFinished(1000);
        }
        m_display.clear();
    }
    ~Xvfb()
    {
        m_process.terminate();
        m_process.waitForFinished(3000);
    }
    QString display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
};

} // namespace

TEST_CASE("bad start-up values exit 2 with a message before any window opens", "[e2e][startup]")
{
    for (const QString &bad : {QStringLiteral("prelu.weight=abc"), QStringLiteral("prelu.weight=1e999"),
                               QStringLiteral("nope.weight=1")}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // no display: the option check must come first
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(binary, {QStringLiteral("--param"), bad});
        REQUIRE(process.waitForFinished(10000));
        const QString error = QString::fromUtf8(process.readAllStandardError());
        INFO(error.toStdString());
        CHECK(process.exitCode() == 2);
        CHECK(error.startsWith(QStringLiteral("relu-explorer: --param")));
        CHECK(error.count(QLatin1Char('\n')) == 1);
    }
}

TEST_CASE("the real window under Xvfb draws ReLU where the axes put it", "[e2e][screenshot]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("import")).isEmpty())
        FAIL("Xvfb and ImageMagick's import are needed (Debian: xvfb, imagemagick)");
    Xvfb xvfb;
    REQUIRE(!xvfb.display().isEmpty());
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), xvfb.display());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path()); // no saved window geometry
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the real xcb platform
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));

    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(binary, {QStringLiteral("--functions"), QStringLiteral("relu"),
                       QStringLiteral("--report-plot-geometry")});
    REQUIRE(app.waitForStarted(5000));
    std::optional<PlotGeometry> geometry;
    QElapsedTimer timer;
    timer.start();
    qint64 lastLine = 0;
    while (timer.elapsed() < 20000 && app.state() == QProcess::Running) {
        app.waitForReadyRead(200);
        while (app.canReadLine()) {
            if (const auto g = parseGeometry(QString::fromUtf8(app.readLine()).trimmed())) {
                geometry = g;
                lastLine = timer.elapsed();
            }
        }
        if (geometry && timer.elapsed() - lastLine > 1500)
            break; // drawn and settled
    }
    REQUIRE(geometry);

    const QString shot = home.filePath(QStringLiteral("shot.png"));
    QProcess import;
    import.setProcessEnvironment(env);
    import.start(QStringLiteral("import"), {QStringLiteral("-display"), xvfb.display(),
                                            QStringLiteral("-window"), QStringLiteral("root"), shot});
    REQUIRE(import.waitForFinished(20000));
    app.terminate();
    app.waitForFinished(5000);
    const QImage image(shot);
    REQUIRE(!image.isNull());

    const QColor relu(0x00, 0x72, 0xB2);
    const PlotGeometry &g = *geometry;
    INFO("(2, 2) at " << g.pixel(2, 2).x() << "," << g.pixel(2, 2).y());
    CHECK(nearColour(image, g.pixel(2, 2), relu, 2, 60));
    CHECK(nearColour(image, g.pixel(4, 4), relu, 2, 60));
    CHECK(nearColour(image, g.pixel(-2, 0), relu, 2, 60));
    CHECK_FALSE(nearColour(image, g.pixel(2, 0), relu, 3, 60));
    CHECK_FALSE(nearColour(image, g.pixel(-2, 2), relu, 3, 60));
    CHECK_FALSE(nearColour(image, g.pixel(2, 4), relu, 3, 60));
}

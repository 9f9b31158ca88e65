// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "display.h"

#include <cstring>

#include <QByteArray>
#include <QDir>
#include <QLibraryInfo>
#include <QStringList>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <xcb/xcb.h>

#include "cliutil.h"

namespace cli {

namespace {

// "" when the X display opens, else why not.
QString xProblem(const QByteArray &display)
{
    int screen = 0;
    xcb_connection_t *connection = xcb_connect(display.constData(), &screen);
    const int error = xcb_connection_has_error(connection);
    xcb_disconnect(connection);
    switch (error) {
    case 0:
        return {};
    case XCB_CONN_CLOSED_PARSE_ERR:
        return QStringLiteral("DISPLAY %1 is not a display name")
            .arg(quoted(QString::fromLocal8Bit(display)));
    case XCB_CONN_CLOSED_EXT_NOTSUPPORTED:
    case XCB_CONN_CLOSED_REQ_LEN_EXCEED:
    case XCB_CONN_CLOSED_MEM_INSUFFICIENT:
    case XCB_CONN_CLOSED_INVALID_SCREEN:
        return QStringLiteral("the display %1 cannot be used").arg(quoted(QString::fromLocal8Bit(display)));
    default:
        return QStringLiteral("the display %1 does not answer").arg(quoted(QString::fromLocal8Bit(display)));
    }
}

// "" when a Wayland compositor accepts a connection on the socket WAYLAND_DISPLAY names, else why not.
QString waylandProblem(const QByteArray &name)
{
    const QString shown = quoted(QString::fromLocal8Bit(name));
    QByteArray path = name;
    if (!name.startsWith('/')) {
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        if (runtime.isEmpty())
            return QStringLiteral("WAYLAND_DISPLAY %1 needs XDG_RUNTIME_DIR, which is not set").arg(shown);
        path = runtime + '/' + name;
    }
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (static_cast<std::size_t>(path.size()) >= sizeof address.sun_path)
        return QStringLiteral("WAYLAND_DISPLAY %1 is too long").arg(shown);
    std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const bool answers =
        fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!answers)
        return QStringLiteral("the Wayland display %1 does not answer").arg(shown);
    const QDir platforms(QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/platforms"));
    if (platforms.entryList({QStringLiteral("libqwayland*")}, QDir::Files).isEmpty())
        return QStringLiteral("Qt has no Wayland platform here (install qt6-wayland)");
    return {};
}

} // namespace

QString displayProblem()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return {};
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    const QByteArray x11 = qgetenv("DISPLAY");
    if (wayland.isEmpty() && x11.isEmpty())
        return QStringLiteral("no display found (DISPLAY is not set)");
    const QString x = x11.isEmpty() ? QStringLiteral("DISPLAY is not set") : xProblem(x11);
    const QString w = wayland.isEmpty() ? QString() : waylandProblem(wayland);
    if (x.isEmpty() && (wayland.isEmpty() || w.isEmpty()))
        return {};
    if (x.isEmpty()) {
        qputenv("QT_QPA_PLATFORM", "xcb");
        return {};
    }
    if (!wayland.isEmpty() && w.isEmpty()) {
        qputenv("QT_QPA_PLATFORM", "wayland");
        return {};
    }
    return wayland.isEmpty() ? x : w + QStringLiteral("; ") + x;
}

} // namespace cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "display.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <cstring>

namespace {

// A local X display ":N" answers when its socket accepts a connection.
bool localXDisplayAnswers(const QByteArray &display)
{
    if (!display.startsWith(':'))
        return true; // remote or unusual: let Qt try
    bool ok = false;
    const int number = display.mid(1).split('.').constFirst().toInt(&ok);
    if (!ok)
        return true;
    const QByteArray path = "/tmp/.X11-unix/X" + QByteArray::number(number);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return true;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, path.constData(), sizeof address.sun_path - 1);
    bool answers = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    if (!answers) {
        // Linux also listens on the abstract socket of the same name.
        sockaddr_un abstractAddress{};
        abstractAddress.sun_family = AF_UNIX;
        std::memcpy(abstractAddress.sun_path + 1, path.constData(),
                    std::min<std::size_t>(static_cast<std::size_t>(path.size()),
                                          sizeof abstractAddress.sun_path - 2));
        const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + path.size());
        const int fd2 = ::socket(AF_UNIX, SOCK_STREAM, 0);
        answers = fd2 >= 0 && ::connect(fd2, reinterpret_cast<sockaddr *>(&abstractAddress), length) == 0;
        if (fd2 >= 0)
            ::close(fd2);
    }
    ::close(fd);
    return answers;
}

} // namespace

namespace cli {

QString displayProblem()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return {};
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    const QByteArray x11 = qgetenv("DISPLAY");
    if (!wayland.isEmpty())
        return {};
    if (x11.isEmpty())
        return QStringLiteral("no display found (DISPLAY is not set)");
    if (!localXDisplayAnswers(x11))
        return QStringLiteral("the display %1 does not answer").arg(QString::fromLocal8Bit(x11));
    return {};
}

} // namespace cli
#else
namespace cli {

QString displayProblem()
{
    return {};
}

} // namespace cli
#endif

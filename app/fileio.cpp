// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "fileio.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QLocale>

#include "cliutil.h"

namespace cli {

namespace {

int outError = 0; // errno of the first failed write to stdout

QString why(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("a directory");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    if (S_ISCHR(mode))
        return QStringLiteral("a character device");
    if (S_ISBLK(mode))
        return QStringLiteral("a block device");
    return QStringLiteral("not a regular file");
}

QString tooLarge(const QString &path, qint64 maxBytes)
{
    return QStringLiteral("%1 is too large for a session file (over %2)")
        .arg(quoted(path), QLocale::c().formattedDataSize(maxBytes, 0));
}

QByteArray folderOf(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    if (slash < 0)
        return ".";
    return slash == 0 ? QByteArray("/") : path.left(slash);
}

bool writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

QByteArray pathBytes(const QString &path)
{
    QByteArray out;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char16_t c = path[i].unicode();
        if (c >= 0xDC80 && c <= 0xDCFF) {
            out += static_cast<char>(c - 0xDC00);
        } else if (QChar::isHighSurrogate(c) && i + 1 < path.size() && path[i + 1].isLowSurrogate()) {
            out += path.mid(i, 2).toUtf8();
            ++i;
        } else {
            out += QString(QChar(c)).toUtf8();
        }
    }
    return out;
}

bool isRegularFile(const QString &path)
{
    struct stat info;
    return ::stat(pathBytes(path).constData(), &info) == 0 && S_ISREG(info.st_mode);
}

QString outputProblem(const QString &path)
{
    const QByteArray bytes = pathBytes(path);
    if (bytes.isEmpty())
        return QStringLiteral("no output file given");
    struct stat target;
    if (::stat(bytes.constData(), &target) == 0) {
        if (!S_ISREG(target.st_mode))
            return QStringLiteral("%1 is %2; give a file name (or - for stdout)")
                .arg(quoted(path), kindOf(target.st_mode));
        if (::access(bytes.constData(), W_OK) != 0)
            return QStringLiteral("%1 is not writable: %2").arg(quoted(path), why(errno));
        return {};
    }
    const int statError = errno;
    struct stat link;
    if (::lstat(bytes.constData(), &link) == 0 && S_ISLNK(link.st_mode))
        return QStringLiteral("%1 is a symbolic link to nothing (%2)").arg(quoted(path), why(statError));
    if (statError != ENOENT)
        return QStringLiteral("cannot write %1: %2").arg(quoted(path), why(statError));
    const QByteArray folder = folderOf(bytes);
    struct stat dir;
    if (::stat(folder.constData(), &dir) != 0)
        return QStringLiteral("the folder %1 does not exist").arg(quoted(argumentFrom(folder)));
    if (!S_ISDIR(dir.st_mode))
        return QStringLiteral("%1 is not a folder").arg(quoted(argumentFrom(folder)));
    // Root passes access() even where no one may write (/proc); the mode's write bits decide then.
    if (::access(folder.constData(), W_OK) != 0 || (dir.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        return QStringLiteral("cannot write %1: the folder is not writable").arg(quoted(path));
    return {};
}

QString replaceFileAtomically(const QString &path, const QByteArray &bytes)
{
    QByteArray target = pathBytes(path);
    const auto failed = [&](int error) {
        return QStringLiteral("cannot write %1: %2").arg(quoted(path), why(error));
    };
    struct stat existing;
    const bool exists = ::stat(target.constData(), &existing) == 0;
    if (exists) {
        // Through a symbolic link, the file it names is replaced and the link kept.
        char resolved[PATH_MAX];
        if (!::realpath(target.constData(), resolved))
            return failed(errno);
        target = resolved;
    }
    const qsizetype slash = target.lastIndexOf('/');
    QByteArray temporary = target.left(slash + 1) + '.' + target.mid(slash + 1).left(200) + ".XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0)
        return failed(errno);
    mode_t mode = 0666;
    if (exists) {
        mode = existing.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode &= ~mask;
    }
    int error = 0;
    if (::fchmod(fd, mode) != 0 || !writeAll(fd, bytes.constData(), static_cast<std::size_t>(bytes.size())) ||
        ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error == 0 && ::rename(temporary.constData(), target.constData()) != 0)
        error = errno;
    if (error != 0) {
        ::unlink(temporary.constData());
        return failed(error);
    }
    return {};
}

std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString &error)
{
    const QByteArray bytes = pathBytes(path);
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just after.
    const int fd = ::open(bytes.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int e = errno;
        error = e == ENOENT ? QStringLiteral("%1 does not exist").arg(quoted(path))
                            : QStringLiteral("cannot read %1: %2").arg(quoted(path), why(e));
        return std::nullopt;
    }
    struct stat info;
    QByteArray text;
    if (::fstat(fd, &info) != 0) {
        error = QStringLiteral("cannot read %1: %2").arg(quoted(path), why(errno));
    } else if (!S_ISREG(info.st_mode)) {
        error = QStringLiteral("%1 is %2, not a session file").arg(quoted(path), kindOf(info.st_mode));
    } else if (info.st_size > maxBytes) {
        error = tooLarge(path, maxBytes);
    } else {
        text.resize(maxBytes + 1);
        qint64 size = 0;
        while (size <= maxBytes) {
            const ssize_t n = ::read(fd, text.data() + size, static_cast<std::size_t>(maxBytes + 1 - size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                error = QStringLiteral("cannot read %1: %2").arg(quoted(path), why(errno));
                break;
            }
            if (n == 0)
                break;
            size += n;
        }
        text.resize(size);
        if (error.isEmpty() && size > maxBytes) // it grew since fstat
            error = tooLarge(path, maxBytes);
    }
    ::close(fd);
    if (!error.isEmpty())
        return std::nullopt;
    return text;
}

void writeOut(std::string_view bytes)
{
    if (outError == 0 && !writeAll(STDOUT_FILENO, bytes.data(), bytes.size()))
        outError = errno == 0 ? EIO : errno;
}

bool outFailed()
{
    return outError != 0;
}

int finishOut(const QString &command, int code)
{
    if (outError == 0 && ::close(STDOUT_FILENO) != 0 && errno != EBADF)
        outError = errno;
    if (outError == 0)
        return code;
    if (outError != EPIPE)
        fail(command, QStringLiteral("cannot write to stdout: %1").arg(why(outError)));
    return exitIoError;
}

} // namespace cli

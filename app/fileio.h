// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <optional>
#include <string_view>

#include <QByteArray>
#include <QString>

namespace cli {

/// The file name of a path given on the command line, byte for byte as it was given (see
/// argumentsFrom: bytes that are not UTF-8 travel as U+DC80..U+DCFF).
QByteArray pathBytes(const QString &path);

/// Whether path names a regular file (or a symbolic link to one).
bool isRegularFile(const QString &path);

/// Why no file can be written at path (exit 2), or "": it exists and is not a regular file (a
/// directory, device, FIFO or socket, or a symbolic link to one or to nothing), or is not writable,
/// or its folder is missing or not writable. Nothing is created or changed.
QString outputProblem(const QString &path);

/// Writes bytes to path atomically: a temporary file in the same folder, flushed to disk, then
/// renamed over path (a symbolic link to a file writes that file). On failure no file is left and an
/// existing one is untouched; the message names the cause (strerror), for exit 1.
QString replaceFileAtomically(const QString &path, const QByteArray &bytes);

/// The bytes of a regular file of at most maxBytes, read without blocking (a FIFO or device is
/// refused, not opened for reading); otherwise nullopt and the one-line reason (exit 2).
std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString &error);

/// Writes bytes to stdout; after the first failure, writes nothing more.
void writeOut(std::string_view bytes);

/// Whether a write to stdout has failed.
bool outFailed();

/// code, once stdout is closed, if every write to it and closing it worked; otherwise exit 1 after a
/// line naming the cause (strerror), or without one when the reader has gone (EPIPE).
int finishOut(const QString &command, int code);

} // namespace cli

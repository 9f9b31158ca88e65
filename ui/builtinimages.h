// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QIcon>
#include <QPixmap>
#include <QString>
#include <QStyle>

// The style's own images before the first frame, without image plugins. QImageReader asks every image
// plugin whether it reads a file before it tries its built-in PNG reader, so the first image read
// loads them all (GIF, ICO, JPEG with libjpeg, SVG): about 3 ms of start-up here. The window's first
// frame reads two: Fusion's group-box frame and the tool bars' extension arrow.

/// The PNG at path (a resource or a file) read by Qt's built-in PNG reader; null if it is not one.
QPixmap readBuiltinPng(const QString &path);

/// base's standard icon, asked of base only when first drawn or measured; if base is gone by then,
/// the application's style's. For icons of controls that are usually hidden: the tool bars' extension
/// button shows only when a tool bar overflows.
QIcon deferredStandardIcon(const QStyle *base, QStyle::StandardPixmap which);

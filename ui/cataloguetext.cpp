// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "cataloguetext.h"

#include <string>

#include <QCoreApplication>

QString catalogueText(std::string_view english)
{
    if (english.empty())
        return {};
    const std::string text(english);
    return QCoreApplication::translate(catalogueContext, text.c_str());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "mnemonic.h"

#include <QRegularExpression>

QString withoutMnemonic(const QString &text)
{
    // "(&D)" or "（&D）" as Chinese and Japanese translations write it, with any space before it.
    static const QRegularExpression appended(QStringLiteral("\\s*[(（]&[^&][)）]"));
    QString plain = text;
    plain.remove(appended);
    QString result;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain[i] == QLatin1Char('&') && i + 1 < plain.size())
            ++i; // "&x" gives "x", "&&" gives "&"
        result += plain[i];
    }
    return result;
}

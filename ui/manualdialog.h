// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

/// Help > User manual: the short manual built into the program (HTML under :/manual), in the
/// window's language, in a browser with its contents as links.
class ManualDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ManualDialog(QWidget *parent = nullptr);

    /// The manual in language ("en", "zh_CN"; English for any other).
    static QUrl manualUrl(const QString &language);
    /// Shows the section with the anchor ("mouse", "keys", ...; "" for the top).
    void showSection(const QString &anchor);

private:
    QTextBrowser *m_browser = nullptr;
};

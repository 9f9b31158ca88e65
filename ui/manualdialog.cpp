// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "manualdialog.h"

#include <QDialogButtonBox>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "language.h"

ManualDialog::ManualDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("manualDialog"));
    setWindowTitle(tr("ReLU Explorer manual"));
    auto *column = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("manual.browser"));
    m_browser->setAccessibleName(tr("Manual"));
    m_browser->setOpenExternalLinks(true);
    column->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(buttons);
    resize(760, 640);
    showSection({});
}

QUrl ManualDialog::manualUrl(const QString &language)
{
    return QUrl(language == QLatin1String(language::chinese) ? QStringLiteral("qrc:/manual/manual.zh_CN.html")
                                                             : QStringLiteral("qrc:/manual/manual.en.html"));
}

void ManualDialog::showSection(const QString &anchor)
{
    QUrl url = manualUrl(language::installed());
    if (m_browser->source().adjusted(QUrl::RemoveFragment) != url)
        m_browser->setSource(url);
    if (anchor.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
    else
        m_browser->scrollToAnchor(anchor);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "infopanel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "reluexplorer/activation.h"
#include "cataloguetext.h"
#include "wrappedlabel.h"

namespace {

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new WrappedLabel(parent);
    label->setObjectName(objectName);
    return label;
}

} // namespace

InfoPanel::InfoPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("infoPanel"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_title = wrappedLabel(QStringLiteral("info.title"), this);
    m_title->setTextFormat(Qt::PlainText); // bold by its font: no rich-text document to lay out
    m_formula = wrappedLabel(QStringLiteral("info.formula"), this);
    m_formula->setTextFormat(Qt::RichText);
    QFont formulaFont = m_formula->font();
    formulaFont.setPointSizeF(formulaFont.pointSizeF() * 1.1);
    m_formula->setFont(formulaFont);
    m_explanation = wrappedLabel(QStringLiteral("info.explanation"), this);
    m_kinkNote = wrappedLabel(QStringLiteral("info.kinkNote"), this);
    column->addWidget(m_title);
    column->addWidget(m_formula);
    column->addWidget(m_explanation);
    column->addWidget(m_kinkNote);

    auto *codeRow = new QHBoxLayout;
    auto *codeLabel = new QLabel(tr("PyTorch:"), this);
    codeRow->addWidget(codeLabel, 1);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("info.copy"));
    m_copy->setAccessibleName(tr("Copy the PyTorch code"));
    m_copy->setToolTip(tr("Copy the PyTorch code for the current settings"));
    codeRow->addWidget(m_copy);
    column->addLayout(codeRow);

    m_code = new QPlainTextEdit(this);
    m_code->setObjectName(QStringLiteral("info.code"));
    m_code->setAccessibleName(tr("PyTorch code for the current settings"));
    m_code->setAccessibleDescription(
        tr("Read only: the torch.nn module and the functional call that compute the selected function."));
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_code->setTabChangesFocus(true);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setFixedHeight(QFontMetrics(m_code->font()).lineSpacing() * 4 + 12);
    codeLabel->setBuddy(m_code);
    column->addWidget(m_code);
    connect(m_copy, &QPushButton::clicked, this, &InfoPanel::copyCode);
}

void InfoPanel::setTitle(const QString &text, bool bold)
{
    QFont weight; // only the weight is set: the rest follows the panel's font
    weight.setBold(bold);
    m_title->setFont(weight);
    m_title->setText(text);
}

void InfoPanel::setState(const rx::ExplorerState &state)
{
    const rx::Activation *f = rx::findActivation(state.selected);
    setEnabled(f != nullptr);
    if (!f) {
        setTitle(tr("Select a function in the list to read about it."), false);
        for (QLabel *label : {m_formula, m_explanation, m_kinkNote})
            label->clear();
        m_formula->setAccessibleName({});
        m_formula->setAccessibleDescription({});
        m_code->clear();
        return;
    }
    const std::vector<double> params = rx::parametersOf(state, *f);
    setTitle(QString::fromStdString(f->displayName), true);
    m_formula->setText(catalogueText(f->formulaHtml));
    // Screen readers read the rich text without its superscripts ("e x − 1"); give them words.
    m_formula->setAccessibleName(catalogueText(f->formulaSpoken));
    m_formula->setAccessibleDescription(tr("Formula of %1").arg(QString::fromStdString(f->displayName)));
    m_explanation->setText(catalogueText(f->explanation));
    m_kinkNote->setText(catalogueText(f->kinkNote));
    m_kinkNote->setVisible(!f->kinkNote.empty());
    const QString code = QString::fromStdString(rx::pytorchCode(*f, params, true)) + QLatin1Char('\n') +
                         QString::fromStdString(rx::pytorchCode(*f, params, false));
    if (m_code->toPlainText() != code)
        m_code->setPlainText(code);
}

QString InfoPanel::code() const
{
    return m_code->toPlainText();
}

void InfoPanel::copyCode()
{
    QGuiApplication::clipboard()->setText(code());
    emit codeCopied(code());
}

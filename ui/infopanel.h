// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QWidget>

#include "reluexplorer/state.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

/// The selected function: formula, the catalogue's explanation, the kink convention, and the PyTorch
/// code for its current parameters with a Copy button.
class InfoPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InfoPanel(QWidget *parent = nullptr);

    /// Describes state.selected with its parameters in state.
    void setState(const rx::ExplorerState &state);

    QString code() const;
    /// Puts the code on the clipboard.
    void copyCode();

signals:
    /// The code went to the clipboard.
    void codeCopied(const QString &code);

private:
    void setTitle(const QString &text, bool bold);

    QLabel *m_title = nullptr;
    QLabel *m_formula = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_kinkNote = nullptr;
    QPlainTextEdit *m_code = nullptr;
    QPushButton *m_copy = nullptr;
};
